/**
 * Facebook, LinkedIn, Threads and Twitch account pages built from numbers, in the structure of the
 * hand-written fixtures in tests/fixtures/<site>/ (which say where it comes from). The e2e tests
 * serve them at the real URLs; the expected badge is computed in Node from the same HTML.
 */
import { abbreviate, type PostNumbers, type ProfileNumbers } from './pages';

const en = (n: number) => n.toLocaleString('en-US');
const doc = (lang: string, title: string, head: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

export function facebookPage(p: ProfileNumbers): string {
  const posts = p.items
    .map(
      (it) => `<div role="article" aria-posinset="1">
      <h2><span><strong><a href="https://www.facebook.com/${p.handle}?__cft__[0]=AZ" role="link">${p.name}</a></strong></span></h2>
      <span><a href="https://www.facebook.com/${p.handle}/posts/${it.id}" role="link">3d</a></span>
      <div><div><span aria-hidden="true">All reactions:</span><span><span>${abbreviate(it.likes)}</span></span></div></div>
      <div><div role="button"><span>${en(it.comments)} comments</span></div>${it.shares ? `<div role="button"><span>${en(it.shares)} shares</span></div>` : ''}</div>
    </div>`,
    )
    .join('');
  return doc(
    'en',
    `${p.name} | Facebook`,
    `<meta property="og:title" content="${p.name}"><meta property="og:url" content="https://www.facebook.com/${p.handle}/">
     <meta name="description" content="${p.name}. ${en(p.following)} likes · 12 talking about this.">`,
    `<div role="main"><div><h1>${p.name}</h1>
      <div><a href="https://www.facebook.com/${p.handle}/followers/">${abbreviate(p.followers)} followers</a></div></div>
      <div role="feed">${posts}</div></div>`,
  );
}

export function linkedinCompany(p: ProfileNumbers): string {
  const cards = p.items
    .map(
      (it) => `<li><article data-activity-urn="urn:li:activity:${it.id}" data-id="main-feed-card">
      <div data-test-id="main-feed-activity-card__entity-lockup"><a href="https://www.linkedin.com/company/${p.handle}?trk=organization_guest_main-feed-card_feed-actor-name">${p.name}</a></div>
      <a data-test-id="social-actions__reactions" data-num-reactions="${it.likes}" aria-label="${en(it.likes)} Reactions"><span>${en(it.likes)}</span></a>
      <a data-test-id="social-actions__comments" data-num-comments="${it.comments}">${en(it.comments)} Comments</a></article></li>`,
    )
    .join('');
  return doc(
    'en',
    `${p.name} | LinkedIn`,
    `<meta property="og:url" content="https://www.linkedin.com/company/${p.handle}"><meta name="description" content="${p.name} | ${en(p.followers)} followers on LinkedIn.">`,
    `<main><section><h1>${p.name}</h1><h3>London <span></span> ${en(p.followers)} followers</h3></section><ul>${cards}</ul></main>`,
  );
}

export function threadsProfile(p: ProfileNumbers): string {
  const posts = p.items
    .map(
      (it: PostNumbers) => `<div data-pressable-container="true">
      <div><a href="/@${p.handle}" role="link"><span>${p.handle}</span></a> <a href="/@${p.handle}/post/${it.id}" role="link"><time>2d</time></a></div>
      <div><div role="button"><svg aria-label="Like" role="img"></svg><span>${abbreviate(it.likes)}</span></div>
        <div role="button"><svg aria-label="Reply" role="img"></svg><span>${en(it.comments)}</span></div></div></div>`,
    )
    .join('');
  return doc(
    'en',
    `${p.name} (@${p.handle}) • Threads`,
    '',
    `<div role="main"><div><h1 dir="auto">${p.name}</h1><div><span><span title="${en(p.followers)}">${abbreviate(p.followers)}</span> followers</span></div></div>${posts}</div>`,
  );
}

export function twitchChannel(p: ProfileNumbers & { liveViewers: number }): string {
  const cards = p.items
    .map(
      (it) => `<article><a data-a-target="preview-card-image-link" href="/videos/${it.id}"><div><div>${en(it.views ?? 0)} views</div></div></a>
      <a data-a-target="preview-card-channel-link" href="/${p.handle}/videos">${p.handle}</a></article>`,
    )
    .join('');
  return doc(
    'en-US',
    `${p.handle} - Twitch`,
    '',
    `<main><div><a href="/${p.handle}"><h1>${p.handle}</h1></a><div><p>${abbreviate(p.followers)} followers</p></div>
      <p><span data-a-target="animated-channel-viewers-count">${en(p.liveViewers)}</span></p></div><div>${cards}</div></main>`,
  );
}
