/**
 * Instagram's post pages (/p/ID/, /reel/ID/, /HANDLE/p/ID/, a post dialog over a profile or feed):
 * the reader the content script leaves out (lib/parts.ts `post-reader`:
 * content-scripts/instagram-post-reader.js, injected when a post page is read), with the post's
 * evidence (caption, paid partnership, comments); bundled in Node's adapter (./index.ts).
 */
import { isShown, textOf } from '../common';
import type { PageKindReader } from '../page-kinds';
import { readExtras } from './extras';
import { readPost } from './post';
import { handleFromPath, igRoute, linkPath } from './route';
import { css } from './selectors';

export const postReader: PageKindReader = {
  read(doc, url) {
    const route = igRoute(url);
    return route?.page === 'post' ? readPost(doc, url.href, route) : null;
  },
  // Post page or dialog header: <header>... <a href="/willyrex/">willyrex</a></header>
  badgeAnchor(doc, snap) {
    const handle = snap.profile.handle.toLowerCase();
    return Array.from(doc.querySelectorAll(css('postHeaderLink'))).find((a) => handleFromPath(linkPath(a)) === handle && textOf(a) && isShown(a)) ?? null;
  },
  extras: readExtras,
};
