/**
 * LinkedIn (www.linkedin.com): company pages and member profiles (followers; each visible own
 * update's reactions, comments, reposts) and post pages. Reactions of every kind are `likes`,
 * reposts `shares` (GUIDE section 3). Selectors and words: ./words.ts.
 */
import type { SiteAdapter } from '../common';
import { parseUrl } from '../common';
import { linkedinSite } from '../list';
import { cardAuthor } from './card';
import { postCard, readPost } from './post';
import { nameHeading, readProfile } from './profile';
import { route } from './route';
import { readExtras } from './extras';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hosts: linkedinSite.hosts,
  route,
  extras: readExtras,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && linkedin.hosts.includes(u.hostname) ? route(u) : null;
    if (!u || !r) return null;
    return r.page === 'profile' ? readProfile(doc, u.href, r.handle!) : readPost(doc, u.href, r);
  },
  badgeAnchor(doc, snap) {
    if (snap.page === 'profile') return nameHeading(doc) ?? null;
    const card = snap.posts[0]?.id ? postCard(doc, snap.posts[0].id) : undefined;
    return (card && cardAuthor(card)) ?? null;
  },
};
