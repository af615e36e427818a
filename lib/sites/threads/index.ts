/**
 * Threads (www.threads.com, www.threads.net): profiles (/@HANDLE: followers; each visible own
 * thread's likes, replies, reposts) and post pages (/@HANDLE/post/CODE). Replies -> comments,
 * reposts -> shares, quotes left out (GUIDE section 3). Embedded app data first (only for the
 * account and posts in the URL), then the page description, then the rendered page.
 */
import type { Post, Snapshot } from '../../snapshot';
import { bestCount, CAPPED_NOTE, compact, decodePathPart, MAX_POSTS, metaContent, pageLocale, parseUrl, snapshot, textOf, type PageRoute, type SiteAdapter } from '../common';
import { countBesideWord } from '../dom';
import { isShown } from '../common';
import { threadsSite } from '../list';
import { embeddedData } from './embedded';
import { actionCounts, headerFollowers, renderedPosts } from './rendered';
import { SELECTORS, WORDS } from './words';
import { readExtras } from './extras';
import { bioLinkFrom } from '../links';

export const threads: SiteAdapter = {
  platform: 'threads',
  hosts: threadsSite.hosts,
  route,
  extras: readExtras,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && threads.hosts.includes(u.hostname) ? route(u) : null;
    return u && r ? read(doc, u, r) : null;
  },
  badgeAnchor(doc, snap) {
    if (snap.page === 'profile') return Array.from(doc.querySelectorAll('h1')).find((h) => isShown(h) && textOf(h)) ?? null;
    const post = renderedPosts(doc).find((p) => p.code === snap.posts[0]?.id);
    const author = post && Array.from(post.root.querySelectorAll(`a[href$="/@${snap.profile.handle}"], a[href$="/@${snap.profile.handle}/"]`)).find((a) => textOf(a));
    return author ?? null;
  },
};

function route(url: URL): PageRoute | null {
  const m = /^\/@([A-Za-z0-9._]{1,40})(?:\/post\/([A-Za-z0-9_-]{5,40}))?\/?$/.exec(decodePathPart(url.pathname));
  if (!m) return null;
  return m[2] ? { page: 'post', handle: m[1], postId: m[2] } : { page: 'profile', handle: m[1] };
}

function read(doc: Document, u: URL, r: PageRoute): Snapshot | null {
  const handle = r.handle!;
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const data = embeddedData(doc, handle);
  const metaFollowers = ownMetaFollowers(doc, handle, locale, notes);
  const shown = renderedPosts(doc).filter((p) => p.username.toLowerCase() === handle.toLowerCase());
  const codes = r.page === 'post' ? [r.postId!] : [...new Set([...shown.map((p) => p.code), ...[...data.posts.values()].filter((p) => p.username?.toLowerCase() === handle.toLowerCase()).map((p) => p.code)])];
  const posts: Post[] = [];
  let quotesLeftOut = false;
  for (const code of codes) {
    if (posts.length === MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const embedded = data.posts.get(code);
    const dom = shown.find((p) => p.code === code);
    const counts = dom ? actionCounts(dom.root, locale) : {};
    if (!embedded?.shares) quotesLeftOut = true;
    const post = compact({
      id: code,
      url: `https://${u.hostname}/@${handle}/post/${code}`,
      likes: bestCount(embedded?.likes, counts.likes),
      comments: bestCount(embedded?.comments, counts.comments),
      shares: embedded?.shares,
      views: embedded?.views,
    });
    if (post.likes || post.comments || post.shares) posts.push(post);
  }
  if (quotesLeftOut && posts.length) notes.push('Reposts were read only from the app data: the repost button Threads shows also counts quotes.');
  const followers = bestCount(data.followers, metaFollowers, r.page === 'profile' ? headerFollowers(doc, locale) : undefined);
  const name = data.name ?? (r.page === 'profile' ? textOf(Array.from(doc.querySelectorAll('h1')).find((h) => isShown(h))) || undefined : undefined);
  if (r.page === 'post' && !posts.length) return null;
  if (r.page === 'profile' && !followers && !posts.length) return null;
  const bioLink = r.page === 'profile' ? bioLinkFrom(data.bioLink) ?? shownBioLink(doc) : undefined;
  return snapshot('threads', u.href, r.page, compact({ handle, name, followers, bioLink }), posts, notes);
}

/** The header's website link: Threads sends outgoing links through l.threads.com (older pages l.instagram.com). */
function shownBioLink(doc: Document): string | undefined {
  for (const a of Array.from(doc.querySelectorAll(SELECTORS.bioLink.css))) {
    if (a.closest(SELECTORS.postContainer.css) || !isShown(a)) continue;
    const link = bioLinkFrom(a.getAttribute('href'));
    if (link) return link;
  }
  return undefined;
}

/** "2.5M Followers • 1,234 Threads • bio", when og:url names this account. */
function ownMetaFollowers(doc: Document, handle: string, locale: string | undefined, notes: string[]) {
  const address = metaContent(doc, 'og:url');
  const description = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  if (!address || !description) return undefined;
  const named = /\/@([A-Za-z0-9._]{1,40})/.exec(address)?.[1];
  if (named?.toLowerCase() !== handle.toLowerCase()) {
    notes.push('The page description names another account (in-site navigation); it was not used.');
    return undefined;
  }
  return countBesideWord(description.split(/[•·]/)[0], WORDS.followers, 'meta', locale);
}
