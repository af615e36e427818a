/**
 * Bluesky (bsky.app): profiles (/profile/HANDLE) and posts (/profile/HANDLE/post/ID), HANDLE
 * possibly a DID ("did:plc:..."), read as the browser rendered them, in any UI language.
 *
 * Sources, best first:
 * 1. The metas and JSON-LD bskyweb renders into the first HTML response. The app navigates in-site
 *    and leaves them in place, so they are used only when they name the account (handle or DID) /
 *    the post (the `at://` alternate link) in the URL.
 * 2. The rendered app (./selectors.ts): `data-testid` hooks and accessibility labels, which carry
 *    exact numbers ("1101177 followers", "Like (3,817 likes)") where the text is abbreviated.
 *    Bluesky keeps earlier screens mounted (hidden): only shown screens tied to HANDLE are read.
 *
 * Names: replies -> comments, reposts -> shares (quotes are not added), bookmarks -> saves.
 */
import { parseUrl, type SiteAdapter } from '../common';
import { authorNameLink, focalPost, readPost } from './post';
import { profileScreen, readProfile } from './profile';
import { HOSTS, route } from './route';
import { S } from './selectors';
import { readExtras } from './extras';

export const bluesky: SiteAdapter = {
  extras: readExtras,
  platform: 'bluesky',
  hosts: HOSTS,
  route,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && HOSTS.includes(u.hostname as (typeof HOSTS)[number]) ? route(u) : null;
    if (!u || !r?.handle) return null;
    return r.page === 'profile' ? readProfile(doc, u.href, r.handle) : readPost(doc, u.href, r.handle, r.postId!);
  },
  badgeAnchor(doc, snap) {
    const handle = snap.profile.handle;
    if (snap.page === 'profile') {
      // Profile header: <div data-testid="profileHeaderDisplayName">Stephen King<div><button …verifications></div></div>
      return profileScreen(doc, handle)?.querySelector(S.displayName.css) ?? null;
    }
    const id = snap.posts[0]?.id;
    const item = id ? focalPost(doc, handle, id) : null;
    // Focal post header: the avatar link, then a link labelled with the display name.
    return (item && authorNameLink(item)) ?? null;
  },
};

// Tested on: https://bsky.app/profile/stephenking.bsky.social (saved 2026, ../shared/real-pages), and
// the fixtures in tests/fixtures/bluesky (see ./selectors.ts).
