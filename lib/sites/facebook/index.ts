/**
 * Facebook (www.facebook.com today, m.facebook.com as in the 2021 real pages): pages and profiles
 * (followers, page likes, each visible own post's reactions, comments, shares, views) and post
 * pages. Reactions of every kind are `likes` (GUIDE section 3). Selectors and words: ./words.ts.
 */
import type { SiteAdapter } from '../common';
import { parseUrl } from '../common';
import { facebookSite } from '../list';
import { authorLink } from './article';
import { postArticle, readPost } from './post';
import { readProfile, shownHeading } from './profile';
import { route } from './route';
import { SELECTORS } from './words';
import { readExtras } from './extras';
import { linkNames } from './route';
import { isShown } from '../common';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hosts: facebookSite.hosts,
  route,
  extras: readExtras,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && facebook.hosts.includes(u.hostname) ? route(u) : null;
    if (!u || !r) return null;
    return r.page === 'profile' ? readProfile(doc, u.href, r.handle!) : readPost(doc, u.href, r);
  },
  badgeAnchor(doc, snap) {
    const handle = snap.profile.handle;
    if (snap.page === 'post') {
      const article = snap.posts[0]?.id ? postArticle(doc, snap.posts[0].id) : undefined;
      return (article && authorLink(article)) ?? null;
    }
    const heading = shownHeading(doc);
    if (heading) return heading;
    // The 2021 mobile page has no heading: the name on the account's first own post.
    for (const article of Array.from(doc.querySelectorAll(SELECTORS.post.css))) {
      const link = authorLink(article);
      if (link && isShown(article) && linkNames(link.getAttribute('href'), handle)) return link;
    }
    return null;
  },
};
