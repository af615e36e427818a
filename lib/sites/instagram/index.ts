/**
 * Instagram adapter: profile pages (/HANDLE/, /HANDLE/reels/, /HANDLE/tagged/) and post pages
 * (/p/ID/, /reel/ID/, /HANDLE/p/ID/, also a post dialog opened over a profile or feed).
 *
 * Sources, best first (GUIDE section 4):
 * 1. embedded app state (embedded.ts), objects whose own username / shortcode is the URL's;
 * 2. the meta description (meta.ts), only when it names the URL's account or post as such:
 *    Instagram does not rewrite it on in-app navigation;
 * 3. the rendered page (header.ts, grid.ts, post.ts): what is shown and tied to this URL, with
 *    the selectors of selectors.ts. An exact count beats an abbreviated one whatever its source.
 */
import { compact, isShown, parseUrl, textOf, type SiteAdapter } from '../common';
import { profileHeader } from './header';
import { readPost } from './post';
import { readProfile } from './profile';
import { handleFromPath, igRoute, linkPath } from './route';
import { css } from './selectors';
import { readExtras } from './extras';

export const instagram: SiteAdapter = {
  extras: readExtras,
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  route: (url) => {
    const r = igRoute(url);
    return r ? compact({ page: r.page, handle: r.handle, postId: r.postId }) : null;
  },
  read(doc, url) {
    const u = parseUrl(url);
    if (!u) return null;
    const route = igRoute(u);
    if (!route) return null;
    return route.page === 'profile' ? readProfile(doc, url, route) : readPost(doc, url, route);
  },
  badgeAnchor(doc, snap) {
    const handle = snap.profile.handle.toLowerCase();
    if (snap.page === 'profile') {
      // Profile header: <h2><span>pluto__travel</span></h2> (older layouts: <h1>)
      const headings = Array.from(profileHeader(doc, handle)?.querySelectorAll(css('handleHeading')) ?? []);
      return headings.find((h) => textOf(h).toLowerCase() === handle) ?? headings[0] ?? null;
    }
    // Post page or dialog header: <header>... <a href="/willyrex/">willyrex</a></header>
    return (
      Array.from(doc.querySelectorAll(css('postHeaderLink'))).find((a) => handleFromPath(linkPath(a)) === handle && textOf(a) && isShown(a)) ?? null
    );
  },
};

// Tested on: https://www.instagram.com/pluto__travel/ and https://www.instagram.com/p/CPeC-Eenc8l/ (../shared/real-pages),
// and the fixtures of tests/fixtures/instagram (rendered profiles, Reels tab, post page and dialog; en, es, de).
