/**
 * Profile pages built from numbers, in the structure today's sites render (the same structure as
 * the hand-written fixtures in tests/fixtures/<site>/). The e2e tests serve them at the real URLs;
 * the expected badge is computed in Node from the same HTML with the same adapters and scoring.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** A hand-written fixture page (tests/fixtures/<site>/<name>.html), served as it is. */
export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

export interface PostNumbers {
  id: string;
  likes: number;
  comments: number;
  shares?: number;
  views?: number;
  pinned?: boolean;
}

export interface ProfileNumbers {
  handle: string;
  name: string;
  followers: number;
  following: number;
  posts: number;
  items: PostNumbers[];
}

const en = (n: number) => n.toLocaleString('en-US');
/** Instagram/X style abbreviation ("48.1K", "2.2M"), truncated as those sites do. */
export function abbreviate(n: number): string {
  if (n < 10_000) return en(n);
  const [div, unit] = n >= 1e6 ? [1e6, 'M'] : [1e3, 'K'];
  const v = Math.floor((n / div) * 10) / 10;
  return `${v.toString()}${unit}`;
}

export function instagramProfile(p: ProfileNumbers): string {
  const tiles = p.items
    .map(
      (it) => `
      <div><a href="/${p.handle}/reel/${it.id}/" role="link" tabindex="0"><div>
        ${it.pinned ? '<svg aria-label="Pinned post icon" role="img"><title>Pinned post icon</title></svg>' : ''}
        <div><ul><li><span><span>${abbreviate(it.likes)}</span></span></li><li><span><span>${en(it.comments)}</span></span></li></ul></div>
        ${it.views === undefined ? '' : `<div><div><svg aria-label="View Count Icon" role="img"><title>View Count Icon</title></svg></div><div><span><span>${abbreviate(it.views)}</span></span></div></div>`}
      </div></a></div>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${p.name} (@${p.handle}) • Instagram photos and videos</title></head>
<body><div id="mount"><main role="main"><div>
  <header>
    <section><div><a href="/${p.handle}/" role="link"><h2 dir="auto" tabindex="-1"><span>${p.handle}</span></h2></a>
      <div><button type="button"><div>Follow</div></button></div></div></section>
    <section><ul>
      <li><div><span><span>${en(p.posts)}</span></span> posts</div></li>
      <li><div><a href="/${p.handle}/followers/" role="link"><span title="${en(p.followers)}"><span>${abbreviate(p.followers)}</span></span> followers</a></div></li>
      <li><div><a href="/${p.handle}/following/" role="link"><span><span>${en(p.following)}</span></span> following</a></div></li>
    </ul></section>
    <section><div><span dir="auto">${p.name}</span></div></section>
  </header>
  <div role="tablist"><a aria-selected="false" href="/${p.handle}/" role="tab"><span>Posts</span></a><a aria-selected="true" href="/${p.handle}/reels/" role="tab"><span>Reels</span></a></div>
  <div><div>${tiles}</div></div>
</div></main></div></body></html>`;
}

/** One X timeline post of the account, as its article renders. */
export function xPost(handle: string, name: string, it: PostNumbers): string {
  const parts = [
    it.comments ? `${en(it.comments)} replies` : '',
    it.shares ? `${en(it.shares)} reposts` : '',
    it.likes ? `${en(it.likes)} likes` : '',
    it.views !== undefined ? `${en(it.views)} views` : '',
  ].filter(Boolean);
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
    ${it.pinned ? '<div><div dir="ltr" data-testid="socialContext">Pinned</div></div>' : ''}
    <div data-testid="User-Name"><div><a href="/${handle}" role="link"><span>${name}</span></a></div><div><a href="/${handle}" role="link" tabindex="-1"><span>@${handle}</span></a></div>
      <div><a href="/${handle}/status/${it.id}" role="link"><time datetime="2025-01-05T09:00:00.000Z">Jan 5</time></a></div></div>
    <div data-testid="tweetText" dir="auto" lang="en"><span>Post ${it.id}</span></div>
    <div aria-label="${parts.join(', ')}" role="group"></div>
  </article></div>`;
}

export function xProfile(p: ProfileNumbers): string {
  return `<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${p.name} (@${p.handle}) / X</title></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn">
  <div><h2 role="heading"><span>${p.name}</span></h2><div dir="ltr">${abbreviate(p.posts)} posts</div></div>
  <div data-testid="UserName"><div><div dir="ltr"><span><span>${p.name}</span></span></div><div><div dir="ltr"><span>@${p.handle}</span></div></div></div></div>
  <div><a dir="ltr" href="/${p.handle}/following" role="link"><span><span>${en(p.following)}</span></span> <span><span>Following</span></span></a></div>
  <div><a dir="ltr" href="/${p.handle}/verified_followers" role="link"><span><span>${abbreviate(p.followers)}</span></span> <span><span>Followers</span></span></a></div>
  <nav aria-label="Profile timelines" role="navigation"><div role="tablist"><a aria-selected="true" href="/${p.handle}" role="tab"><span>Posts</span></a></div></nav>
  <section role="region"><div aria-label="Timeline: ${p.name}’s posts" data-testid="timeline">
    ${p.items.map((it) => xPost(p.handle, p.name, it)).join('\n')}
  </div></section>
</div></main></div></body></html>`;
}

/** A deterministic set of posts around a target engagement rate (likes+comments per follower). */
export function postsAround(prefix: string, count: number, followers: number, rate: number, withViews = false): PostNumbers[] {
  return Array.from({ length: count }, (_, i) => {
    const wobble = 1 + ((i * 37) % 11 - 5) / 25; // +-20%, fixed pattern
    const engagement = Math.round(followers * rate * wobble);
    const comments = Math.max(1, Math.round(engagement * 0.03));
    return {
      id: `${prefix}${String(i).padStart(4, '0')}`,
      likes: engagement - comments,
      comments,
      shares: Math.round(engagement * 0.05),
      views: withViews ? Math.round(followers * 0.4 * wobble) : undefined,
    };
  });
}

/** TikTok profile as rendered after in-site navigation: `data-e2e` hooks only, no embedded data. */
export function tiktokProfile(p: ProfileNumbers): string {
  const cards = p.items
    .map(
      (it) => `<div data-e2e="user-post-item"><a href="https://www.tiktok.com/@${p.handle}/video/${it.id}"><div><strong data-e2e="video-views">${abbreviate(it.views ?? 0)}</strong></div></a></div>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${p.name} (@${p.handle}) | TikTok</title></head><body>
<div id="app"><div data-e2e="user-page">
  <h1 data-e2e="user-title">${p.handle}</h1>
  <h2 data-e2e="user-subtitle">${p.name}</h2>
  <h3>
   <div><strong title="Following" data-e2e="following-count">${en(p.following)}</strong><span>Following</span></div>
   <div><strong title="Followers" data-e2e="followers-count">${abbreviate(p.followers)}</strong><span>Followers</span></div>
   <div><strong title="Likes" data-e2e="likes-count">${abbreviate(p.items.reduce((s, it) => s + it.likes, 0))}</strong><span>Likes</span></div>
  </h3>
  <div data-e2e="user-post-item-list">${cards}</div>
</div></div></body></html>`;
}

/** YouTube channel Videos tab as rendered (2024+ page header), no ytInitialData. */
export function youtubeChannel(p: ProfileNumbers): string {
  const items = p.items
    .map(
      (it) => `<ytd-rich-item-renderer><div id="content"><ytd-rich-grid-media>
   <a id="thumbnail" href="/watch?v=${it.id}"></a>
   <div id="details"><a id="video-title-link" href="/watch?v=${it.id}">Video ${it.id}</a>
   <ytd-video-meta-block><div id="metadata-line"><span>${abbreviate(it.views ?? 0)} views</span><span>2 days ago</span></div></ytd-video-meta-block></div>
  </ytd-rich-grid-media></div></ytd-rich-item-renderer>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${p.name} - YouTube</title></head><body>
<ytd-app><div id="content"><ytd-page-manager id="page-manager">
<ytd-browse page-subtype="channels" role="main">
 <div id="page-header"><yt-page-header-renderer><yt-page-header-view-model>
  <h1><yt-dynamic-text-view-model><span role="text">${p.name}</span></yt-dynamic-text-view-model></h1>
  <yt-content-metadata-view-model>
   <div><span><span>@${p.handle}</span></span></div>
   <div><span>${abbreviate(p.followers)} subscribers</span><span aria-hidden="true"> • </span><span>${en(p.posts)} videos</span></div>
  </yt-content-metadata-view-model>
 </yt-page-header-view-model></yt-page-header-renderer></div>
 <ytd-rich-grid-renderer><div id="contents">${items}</div></ytd-rich-grid-renderer>
</ytd-browse>
</ytd-page-manager></div></ytd-app></body></html>`;
}

/** Bluesky profile as the app renders it: `data-testid` hooks and labelled buttons. */
export function blueskyProfile(p: ProfileNumbers): string {
  const feed = p.items
    .map(
      (it) => `<div role="link" tabindex="0" data-testid="feedItem-by-${p.handle}">
   <div><a href="/profile/${p.handle}" aria-label="${p.name}'s avatar"><div data-testid="userAvatarImage"></div></a></div>
   <div><a href="/profile/${p.handle}" aria-label="View profile">${p.name}</a>
    <a href="/profile/${p.handle}/post/${it.id}" aria-label="March 3, 2025 at 9:00 AM"><span>· </span>1d</a></div>
   <div data-testid="postText">Post ${it.id}</div>
   <div>
    <button aria-label="Reply (${en(it.comments)} replies)" data-testid="replyBtn"><svg></svg><div dir="auto">${abbreviate(it.comments)}</div></button>
    <button aria-label="Repost or quote post"><svg></svg><div dir="auto" data-testid="repostCount">${abbreviate(it.shares ?? 0)}</div></button>
    <button aria-label="Like (${en(it.likes)} likes)" data-testid="likeBtn"><div><svg></svg></div><div dir="auto" data-testid="likeCount">${abbreviate(it.likes)}</div></button>
   </div>
  </div>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${p.name} (@${p.handle}) — Bluesky</title></head><body><div id="root"><main>
<div data-testid="profileScreen"><div data-testid="profileView">
 <div data-testid="profileHeaderDisplayName" dir="auto">${p.name}</div>
 <div><div>
  <a href="/profile/${p.handle}/followers" aria-label="${p.followers} followers" role="link" data-testid="profileHeaderFollowersButton"><span>${abbreviate(p.followers)} </span><span>followers</span></a>
  <a href="/profile/${p.handle}/follows" aria-label="${p.following} following" role="link" data-testid="profileHeaderFollowsButton"><span>${en(p.following)} </span><span>following</span></a>
  <div dir="auto">${abbreviate(p.posts)} <span>posts</span></div>
 </div></div>
 <div data-testid="postsFeed"><div data-testid="postsFeed-flatlist">${feed}</div></div>
</div></div></main></div></body></html>`;
}
