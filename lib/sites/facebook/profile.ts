/**
 * A Facebook page or profile: its followers and page likes (-> profile.likes), then each visible
 * post of its own (shared posts of others and ads left out) with its reactions, comments, shares
 * and video views.
 */
import type { Count, Post, Profile, Snapshot } from '../../snapshot';
import { bestCount, CAPPED_NOTE, compact, MAX_POSTS, metaContent, pageLocale, snapshot, textOf } from '../common';
import { countBesideWord, countLabel, shownText } from '../dom';
import { isShown } from '../common';
import { articleCounts, articleId, authorLink } from './article';
import { linkNames } from './route';
import { SELECTORS, WORDS } from './words';
import { bioLinkFrom } from '../links';

export function readProfile(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const meta = ownMeta(doc, handle, locale, notes);
  const header = headerCounts(doc, handle, locale);
  const posts = ownPosts(doc, handle, locale, notes);
  const profile: Profile = compact({
    handle,
    name: meta.name ?? (textOf(shownHeading(doc)) || undefined),
    followers: bestCount(meta.followers, header.followers),
    likes: bestCount(meta.likes, header.likes),
    bioLink: introLink(doc),
  });
  if (!profile.followers && !profile.likes && !posts.length) return null;
  if (!profile.followers) notes.push('Could not read the followers count.');
  return snapshot('facebook', url, 'profile', profile, posts, notes);
}

interface Counts {
  name?: string;
  followers?: Count;
  likes?: Count;
}

/**
 * The page description ("Nintendo. 5,410,921 likes · 25,177 talking about this."), when the page's
 * canonical address names this account: after in-site navigation it describes the first page opened.
 */
function ownMeta(doc: Document, handle: string, locale: string | undefined, notes: string[]): Counts {
  const address = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url');
  const description = metaContent(doc, 'description') ?? metaContent(doc, 'og:description');
  if (!address || !description) return {};
  if (!linkNames(address, handle)) {
    notes.push('The page description names another account (in-site navigation); counts were read from the page itself.');
    return {};
  }
  // Only the part before the page's own text: "NAME. 5,410,921 likes · 25,177 talking about this. Bio..."
  const stats = description.split(/[·•]/).slice(0, 3).join(' · ');
  return {
    name: metaContent(doc, 'og:title')?.trim().slice(0, 300) || undefined,
    likes: countBesideWord(stats, WORDS.pageLikes, 'meta', locale),
    followers: countBesideWord(stats, WORDS.followers, 'meta', locale),
  };
}

/** Header links ("5.5M followers" -> /followers/) and lines ("5,410,921 people like this") outside posts. */
function headerCounts(doc: Document, handle: string, locale: string | undefined): Counts {
  const out: Counts = {};
  for (const a of Array.from(doc.querySelectorAll(`${SELECTORS.followersLink.css}, ${SELECTORS.likesLink.css}`))) {
    if (a.closest(SELECTORS.post.css) || !linkNames(a.getAttribute('href'), handle)) continue;
    out.followers ??= countBesideWord(shownText(a), WORDS.followers, 'text', locale);
    out.likes ??= countBesideWord(shownText(a), WORDS.pageLikes, 'text', locale);
  }
  if (out.followers && out.likes) return out;
  let seen = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('div, span') ?? [])) {
    if (++seen > 5000) break; // the header comes first; a long feed is not walked
    if (el.children.length || el.closest(SELECTORS.post.css)) continue;
    const text = shownText(el);
    out.followers ??= countLabel(text, WORDS.followers, 'text', locale);
    out.likes ??= countLabel(text, WORDS.pageLikes, 'text', locale);
  }
  return out;
}

function ownPosts(doc: Document, handle: string, locale: string | undefined, notes: string[]): Post[] {
  const posts: Post[] = [];
  let others = 0;
  for (const article of Array.from(doc.querySelectorAll(SELECTORS.post.css))) {
    if (article.parentElement?.closest(SELECTORS.post.css) || !isShown(article)) continue;
    if (!linkNames(authorLink(article)?.getAttribute('href') ?? null, handle)) {
      others++;
      continue;
    }
    if (posts.length === MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const id = articleId(article);
    // A post without its id cannot be told apart from another one on the page; it is left out.
    if (!id) continue;
    posts.push(compact({ id, url: id ? `https://www.facebook.com/${handle}/posts/${id}` : undefined, ...articleCounts(doc, article, id, locale, notes) }));
  }
  if (others) notes.push(`${others} post${others === 1 ? '' : 's'} by other accounts (shared, suggested or sponsored) left out.`);
  return posts;
}

/** The page's name heading: a shown <h1> other than the site's own hidden "Facebook" title. */
export function shownHeading(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll('h1')).find((h) => isShown(h) && !/height:\s*0/.test(h.getAttribute('style') ?? '') && textOf(h) !== 'Facebook');
}

/** The website the page's intro links to (through Facebook's redirector), outside any post. */
function introLink(doc: Document): string | undefined {
  for (const a of Array.from(doc.querySelectorAll(SELECTORS.bioLink.css))) {
    if (a.closest(SELECTORS.post.css) || !isShown(a)) continue;
    const link = bioLinkFrom(a.getAttribute('href'), ['www.facebook.com', 'm.facebook.com', 'facebook.com']);
    if (link) return link;
  }
  return undefined;
}
