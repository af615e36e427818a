/**
 * The Instagram adapter, around the reader of post pages it is given: the full one in Node
 * (./index.ts), or the one a part brings (./content.ts, what the content script bundles). Profile
 * pages are read here in both: they are what marketers vet, and the page the benchmark visits.
 */
import { compact, textOf, type SiteAdapter } from '../common';
import { byPageKind, type PageKindReader } from '../page-kinds';
import { profileHeader } from './header';
import { readProfile } from './profile';
import { igRoute } from './route';
import { css } from './selectors';

const HOSTS = ['www.instagram.com', 'instagram.com'];

/** Profile pages (/HANDLE/, /HANDLE/reels/, /HANDLE/tagged/). */
export const profilePages: PageKindReader = {
  read(doc, url) {
    const route = igRoute(url);
    return route?.page === 'profile' ? readProfile(doc, url.href, route) : null;
  },
  badgeAnchor(doc, snap) {
    // Profile header: <h2><span>pluto__travel</span></h2> (older layouts: <h1>)
    const handle = snap.profile.handle.toLowerCase();
    const headings = Array.from(profileHeader(doc, handle)?.querySelectorAll(css('handleHeading')) ?? []);
    return headings.find((h) => textOf(h).toLowerCase() === handle) ?? headings[0] ?? null;
  },
};

export function instagramAdapter(postPages: PageKindReader): SiteAdapter {
  return byPageKind(
    {
      platform: 'instagram',
      hosts: HOSTS,
      route: (url) => {
        const r = igRoute(url);
        return r ? compact({ page: r.page, handle: r.handle, postId: r.postId }) : null;
      },
    },
    { profile: profilePages, post: postPages },
  );
}
