/**
 * A LinkedIn company page or member profile: followers, then each visible update of its own
 * (reposts of others left out) with its reactions, comments and reposts. Connections ("500+") are
 * not followers and are not read.
 */
import type { Count, Post, Snapshot } from '../../snapshot';
import { bestCount, CAPPED_NOTE, compact, countFromNumber, interactionCount, jsonLdObjects, MAX_POSTS, metaContent, pageLocale, snapshot, textOf } from '../common';
import { countBesideWord, shownText } from '../dom';
import { isShown } from '../common';
import { cardAuthor, cardCounts, cardId } from './card';
import { accountOf } from './route';
import { SELECTORS, WORDS } from './words';
import { bioLinkFrom } from '../links';

export function readProfile(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const key = handle.toLowerCase();
  const ld = personLd(doc, key);
  const meta = ownDescription(doc, key, notes);
  const header = headerFollowers(doc, locale);
  const posts = ownPosts(doc, key, locale, notes);
  const profile = compact({
    handle,
    name: textOf(nameHeading(doc)) || ld?.name,
    followers: bestCount(ld?.followers, countBesideWord(meta, WORDS.followers, 'meta', locale), header),
    bioLink: websiteLink(doc),
  });
  if (!profile.followers && !posts.length) return null;
  if (!profile.followers) notes.push('Could not read the followers count.');
  return snapshot('linkedin', url, 'profile', profile, posts, notes);
}

/** A member's JSON-LD Person, when it is this member: its FollowAction counter is the followers. */
function personLd(doc: Document, key: string): { name?: string; followers?: Count } | undefined {
  for (const obj of jsonLdObjects(doc)) {
    if (obj['@type'] !== 'Person' || accountOf(typeof obj.url === 'string' ? obj.url : '') !== key) continue;
    return { name: typeof obj.name === 'string' ? obj.name.slice(0, 300) : undefined, followers: countFromNumber(interactionCount(obj, 'FollowAction'), 'json-ld') };
  }
  return undefined;
}

/** "Audiense | 5,750 followers on LinkedIn. ...", when the page's address names this account. */
function ownDescription(doc: Document, key: string, notes: string[]): string | undefined {
  const address = metaContent(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!address) return undefined;
  if (accountOf(address) !== key) {
    notes.push('The page description names another account (in-site navigation); counts were read from the page itself.');
    return undefined;
  }
  return metaContent(doc, 'description') ?? metaContent(doc, 'og:description');
}

/** "London · 5,750 followers" in the top card: a short shown line outside the updates. */
function headerFollowers(doc: Document, locale: string | undefined): Count | undefined {
  let seen = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('h2, h3, h4, p, li, span, div') ?? [])) {
    if (++seen > 4000) break;
    if (el.children.length > 3 || el.closest(SELECTORS.card.css)) continue;
    const text = shownText(el);
    if (!text || text.length > 160) continue;
    const count = countBesideWord(text, WORDS.followers, 'text', locale);
    if (count) return count;
  }
  return undefined;
}

function ownPosts(doc: Document, key: string, locale: string | undefined, notes: string[]): Post[] {
  const posts: Post[] = [];
  let others = 0;
  for (const card of Array.from(doc.querySelectorAll(SELECTORS.card.css))) {
    if (card.parentElement?.closest(SELECTORS.card.css) || !isShown(card)) continue;
    if (accountOf(cardAuthor(card)?.getAttribute('href')) !== key) {
      others++;
      continue;
    }
    if (posts.length === MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const id = cardId(card);
    // A card without its activity id cannot be told from another account's or an old screen's.
    if (!id) continue;
    posts.push(compact({ id, url: id ? `https://www.linkedin.com/feed/update/urn:li:activity:${id}/` : undefined, ...cardCounts(card, locale) }));
  }
  if (others) notes.push(`${others} update${others === 1 ? '' : 's'} by other accounts (reposts) left out.`);
  return posts;
}

export function nameHeading(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll('h1')).find((h) => isShown(h) && textOf(h));
}


/** The website the page's About block or top card links to (LinkedIn's redirector unwrapped). */
function websiteLink(doc: Document): string | undefined {
  for (const a of Array.from(doc.querySelectorAll(SELECTORS.bioLink.css))) {
    if (a.closest(SELECTORS.card.css) || !isShown(a)) continue;
    const link = bioLinkFrom(a.getAttribute('href'), ['www.linkedin.com', 'linkedin.com']);
    if (link) return link;
  }
  return undefined;
}
