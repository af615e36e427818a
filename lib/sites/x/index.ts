/**
 * X (Twitter) adapter: profile pages (/handle, /handle/with_replies, /handle/media) and post
 * pages (/handle/status/ID), read from the page as the browser rendered it, in any UI language.
 *
 * Sources, best first (GUIDE section 4):
 * 1. JSON-LD (server-rendered pages): ProfilePage.mainEntity.interactionStatistic (FollowAction =
 *    followers, SubscribeAction = following, WriteAction = posts), SocialMediaPosting counts,
 *    used only when they name the URL's account or post;
 * 2. data-testid and ARIA hooks (./selectors.ts): the follower/following links, each post's action
 *    group (aria-label "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views": exact numbers);
 * 3. visible text: the "23.9K posts" line under the name in the top bar.
 * An exact count beats an abbreviated one whatever its source. Only shown elements tied to the
 * URL's handle or post id are read: X leaves the previous page's renderers behind.
 */
import { bioLinkFrom } from '../links';
import { firstShown } from '../common';
import type { Count, Post, PostMetric, Profile } from '../../snapshot';
import {
  bestCount,
  CAPPED_NOTE,
  compact,
  countFromNumber,
  interactionCount,
  jsonLdObjects,
  MAX_POSTS,
  pageLocale,
  parseUrl,
  snapshot,
  textOf,
  type SiteAdapter,
} from '../common';
import { authorLink, isPromoted, readArticle, socialContext, statusOf, timelineArticles } from './article';
import { headerCounts, headerHandle, jsonLdProfile, nameLine, userNameBlock } from './header';
import { same, xRoute, type XRoute } from './route';
import { S } from './selectors';
import { readExtras } from './extras';

/** SocialMediaPosting JSON-LD of a server-rendered post, when it is the URL's post. */
function jsonLdPost(doc: Document, postId: string): Partial<Record<PostMetric, Count>> {
  for (const obj of jsonLdObjects(doc)) {
    const url = typeof obj.url === 'string' ? obj.url : '';
    if (String(obj.identifier ?? '') !== postId && !new RegExp(`/status/${postId}(?:\\D|$)`).test(url)) continue;
    const count = (action: string) => countFromNumber(interactionCount(obj, action), 'json-ld');
    return compact({ likes: count('LikeAction'), comments: count('CommentAction'), shares: count('ShareAction') });
  }
  return {};
}

/**
 * The header's website line (`data-testid="UserUrl"`): its text is the address as X shows it (the
 * link itself is a t.co redirect). A long address is cut with "…" on screen: not read then.
 */
function shownUserUrl(doc: Document, handle: string): string | undefined {
  // The line sits beside the name block, under their shared parent (the real page's header): looked
  // for there, so a profile without a website does not cost a scan of the whole timeline.
  const text = textOf(firstShown(userNameBlock(doc, handle)?.parentElement ?? doc, S.userUrl.css));
  return text && !text.includes('…') ? bioLinkFrom(text, ['x.com', 'twitter.com']) : undefined;
}

const UNREAD_NOTE = 'A reply, repost or like button showed a number without labelling it; that count was left out.';

function readProfile(doc: Document, url: string, route: XRoute): ReturnType<SiteAdapter['read']> {
  const locale = pageLocale(doc);
  const block = userNameBlock(doc, route.handle!);
  // The header spells the handle as the account does ("Kikobeats"); URLs are case-insensitive.
  const handle = (block && headerHandle(block)) || route.handle!;
  const json = jsonLdProfile(doc, handle);
  const header = headerCounts(doc, handle, route.tab, locale);
  const profile: Profile = compact({
    handle,
    name: textOf(nameLine(block)) || json.name,
    // <svg data-testid="icon-verified"> beside the name
    verified: block?.querySelector(S.verified.css) ? true : undefined,
    followers: bestCount(json.followers, header.followers),
    following: bestCount(json.following, header.following),
    posts: bestCount(json.posts, header.posts),
    bioLink: bioLinkFrom(json.bioLink) ?? shownUserUrl(doc, route.handle!),
  });
  const notes: string[] = [];
  for (const key of ['followers', 'following', 'posts'] as const) {
    if (!profile[key]) notes.push(`The ${key === 'posts' ? 'post' : key} count was not shown on the page.`);
  }

  const posts: Post[] = [];
  const seen = new Set<string>();
  let left = 0;
  let unread = 0;
  for (const article of timelineArticles(doc)) {
    if (posts.length >= MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const read = readArticle(article, locale);
    // Only the account's own posts: reposts show the original author, ads another advertiser.
    if (!read || !same(read.author, handle) || isPromoted(article)) {
      left++;
      continue;
    }
    if (seen.has(read.post.id!)) continue;
    seen.add(read.post.id!);
    if (socialContext(article, locale) === 'pinned') read.post.pinned = true;
    if (read.unread.length) unread++;
    posts.push(read.post);
  }
  if (!posts.length && left) notes.push('No posts by this account were visible (only reposts or ads).');
  if (unread) notes.push(UNREAD_NOTE);
  if (!profile.followers && !profile.following && !profile.posts && !posts.length) return null;
  return snapshot('x', url, 'profile', profile, posts, notes);
}

/**
 * The post the URL names: the one shown article whose own status link is the URL's post (by the
 * URL's author when the URL has one). Two articles claiming it cannot be told apart: none is taken.
 */
function focalArticle(doc: Document, postId: string, handle?: string): Element | undefined {
  const matches = [...timelineArticles(doc)].filter((a) => statusOf(a)?.id === postId);
  const byAuthor = handle ? matches.filter((a) => same(statusOf(a)?.handle, handle)) : [];
  const pool = byAuthor.length ? byAuthor : matches;
  return pool.length === 1 ? pool[0] : undefined;
}

function readPost(doc: Document, url: string, route: XRoute): ReturnType<SiteAdapter['read']> {
  const locale = pageLocale(doc);
  const postId = route.postId!;
  const article = focalArticle(doc, postId, route.handle);
  const read = article && readArticle(article, locale);
  if (!read?.author) return null;
  const json = jsonLdPost(doc, postId);
  for (const metric of ['likes', 'comments', 'shares'] as const) {
    const best = bestCount(json[metric], read.post[metric]);
    if (best) read.post[metric] = best;
  }
  const notes: string[] = [];
  if (read.unread.some((m) => !read.post[m])) notes.push(UNREAD_NOTE);
  if (!read.post.views) notes.push('The view count was not shown (posts from before December 2022 have none).');
  notes.push('Follower count is not shown on a post page: open the profile to read it.');
  const profile: Profile = compact({ handle: read.author, name: read.name });
  return snapshot('x', url, 'post', profile, [read.post], notes);
}

export const x: SiteAdapter = {
  extras: readExtras,
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  route: (url) => {
    const r = xRoute(url);
    return r ? compact({ page: r.page, handle: r.handle, postId: r.postId }) : null;
  },
  read(doc, url) {
    const u = parseUrl(url);
    const route = u && xRoute(u);
    if (!route) return null;
    return route.page === 'profile' ? readProfile(doc, url, route) : readPost(doc, url, route);
  },
  badgeAnchor(doc, snap) {
    // Profile header: the name line, the first <div dir="ltr"> of <div data-testid="UserName">
    if (snap.page === 'profile') return nameLine(userNameBlock(doc, snap.profile.handle)) ?? null;
    // Post page: the author's name link in the focal post, <div data-testid="User-Name"><a href="/handle">
    const id = snap.posts[0]?.id;
    const article = id ? focalArticle(doc, id, snap.profile.handle) : undefined;
    return (article && authorLink(article)) ?? null;
  },
};

// Tested on: https://x.com/Kikobeats and https://x.com/realDonaldTrump/status/1222907250383245320
// (saved 2024, ../shared/real-pages), and the fixtures in tests/fixtures/x (see ./selectors.ts).
