/**
 * TikTok: profile pages (/@handle) and video or photo pages (/@handle/video/ID, /@handle/photo/ID).
 *
 * Sources, best first:
 * 1. The state TikTok embeds in the HTML (state.ts), used only when its uniqueId / video id is the URL's.
 * 2. JSON-LD (the profile's ProfilePage block), checked against the URL the same way.
 * 3. `data-e2e` test hooks in the rendered page (selectors.ts; never the generated class names),
 *    read only where shown and tied to this handle or video (profile.ts, video.ts).
 */
import { decodePathPart, firstShown, parseUrl, type PageRoute, type SiteAdapter } from '../common';
import { headerFor, readProfile } from './profile';
import { css } from './selectors';
import { readPost, videoScope } from './video';
import { readExtras } from './extras';

const HOSTS = ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'] as const;

export const tiktok: SiteAdapter = {
  extras: readExtras,
  platform: 'tiktok',
  hosts: HOSTS,
  route,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && HOSTS.includes(u.hostname as (typeof HOSTS)[number]) ? route(u) : null;
    if (!u || !r?.handle) return null;
    return r.page === 'profile' ? readProfile(doc, u.href, r.handle) : readPost(doc, u.href, r.handle, r.postId!);
  },
  badgeAnchor(doc, snap) {
    if (snap.page === 'profile') {
      // Profile header: <h1 data-e2e="user-title">handle</h1> <h2 data-e2e="user-subtitle">nickname</h2>,
      // in the shown header of this account (a previous account's may linger, hidden or not).
      const header = headerFor(doc, snap.profile.handle, []);
      return header ? firstShown(header, `${css('userTitle')}, ${css('userSubtitle')}`) ?? null : null;
    }
    // Video page (2023-2025): author link in the description block; the dialog over a feed uses "browse-".
    const id = snap.posts[0]?.id;
    const scope = (id && videoScope(doc, id, [])) || doc;
    return scope.querySelector(css('videoAuthor'));
  },
};

function route(url: URL): PageRoute | null {
  const path = url.pathname;
  const profile = /^\/@([^/]+)\/?$/.exec(path);
  if (profile) return { page: 'profile', handle: decodePathPart(profile[1]) };
  const post = /^\/@([^/]+)\/(?:video|photo)\/(\d{5,25})\/?$/.exec(path);
  if (post) return { page: 'post', handle: decodePathPart(post[1]), postId: post[2] };
  return null;
}

// Tested on: https://www.tiktok.com/@illojuan (saved 2025, ../shared/real-pages), and the fixtures in
// tests/fixtures/tiktok (profile grid, video page, dialog over a feed, stale renderers; en, es, de).
