/**
 * Helpers shared by the site adapters. Everything here is pure: it takes a Document (a real one
 * in the content script, a linkedom one in Node) and never touches globals.
 */
import { normalise, parseCount, unitWordAt, unitWordBefore } from '../count';
import type { Count, CountSource, Platform, Post, Profile, Snapshot } from '../snapshot';
import { oncePerRead } from './read-scope';

export * from './json';

type PageKind = 'profile' | 'post';

/** What a URL names on a site: the kind of page and, when the URL says, the account's handle. */
export interface PageRoute {
  page: PageKind;
  handle?: string;
  postId?: string;
}

export interface SiteAdapter {
  platform: Platform;
  /** Hosts this adapter reads (exact host names). */
  hosts: readonly string[];
  /** The kind of page a URL is, or null for pages without one account (home feed, search, settings). */
  route(url: URL): PageRoute | null;
  /** Reads the page; null when it does not show what the route promised. */
  read(doc: Document, url: string): Snapshot | null;
  /** The element the in-page badge goes after: the account's name in the page header. */
  badgeAnchor(doc: Document, snapshot: Snapshot): Element | null;
  /**
   * Captions, disclosure labels and visible comments of the posts read (lib/sites/<site>/extras.ts),
   * folded into the Snapshot by readWith (lib/sites/read.ts), bounded there.
   */
  extras?(doc: Document, snapshot: Snapshot): import('./extras').PageExtras;
}

/** A Count from displayed text ("1.2M", "1,234"), or undefined when it cannot be read with certainty. */
export function countFromText(raw: string | null | undefined, source: CountSource, locale?: string): Count | undefined {
  if (raw == null) return undefined;
  const parsed = parseCount(raw, { locale });
  if (!parsed) return undefined;
  return { ...parsed, source, raw: raw.trim().slice(0, 200) };
}

/** A Count from a number in structured data (JSON-LD, embedded app state). */
export function countFromNumber(n: unknown, source: CountSource): Count | undefined {
  const value = typeof n === 'string' && /^\d{1,15}$/.test(n) ? Number(n) : n;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return undefined;
  return { value, exact: true, min: value, max: value, source, raw: String(n) };
}

/** The page's language, used to resolve ambiguous count suffixes. */
export function pageLocale(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang || undefined;
}

export function metaContent(doc: Document, key: string): string | undefined {
  // Searched in <head>, where pages put them: a miss in the whole document would walk every node
  // of a long feed on every read (npm run bench: 5 ms a read on a 1,000-tile grid).
  const head = doc.documentElement ? doc.head : null; // (linkedom's `head` throws on an empty document)
  const el = (head ?? doc).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = el?.getAttribute('content');
  return content ?? undefined;
}

/** The visible text of an element with whitespace folded. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * False when el or an ancestor below `within` is hidden by the page: the `hidden` attribute, an
 * inline `display: none` or `visibility: hidden`. Single-page apps hide the renderers of pages
 * visited before this way (GUIDE section 4: YouTube, X and Bluesky keep earlier screens mounted).
 * In a browser, `checkVisibility` also catches screens hidden by a style sheet; computed styles are
 * not read otherwise (they force a layout, and Node has none).
 */
export function isShown(el: Element | null | undefined, within?: Element | null): boolean {
  if (!el) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && el.isConnected && !check.call(el)) {
    // An element with display:contents has no box of its own, so checkVisibility says false: its parent's box shows it.
    if (el.ownerDocument?.defaultView?.getComputedStyle(el).display !== 'contents' || !isShown(el.parentElement, within)) return false;
  }
  // Elements already found shown up to the root in this read (the rows and grid above every tile):
  // the walk stops there instead of climbing the same ancestors for each of a page's posts.
  const known = el.ownerDocument ? oncePerRead(el.ownerDocument, 'shown', () => new Set<Element>()) : undefined;
  const walked: Element[] = [];
  let node: Element | null = el;
  for (; node && node !== within; node = node.parentElement) {
    if (known?.has(node)) break;
    if (node.hasAttribute('hidden')) return false;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
    walked.push(node);
  }
  // Checked up to the root (or up to an element that was): remembered for the rest of the read.
  if (known && (node === null || known.has(node))) for (const n of walked) known.add(n);
  return true;
}

/**
 * The elements under root for which `match` holds, in page order, without looking inside them: for
 * containers that never nest (X's main columns), the scan skips their content, which on a long
 * timeline is nearly the whole page (querySelectorAll visits every element: 2 ms at 2,000 posts).
 */
export function outermost(root: ParentNode, match: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (match(el)) found.push(el);
      else visit(el);
    }
  };
  visit(root);
  return found;
}

/**
 * The first element matching selector under root that is shown (see isShown) and passes `accept`.
 * The usual answer, the first match, comes from querySelector, which stops there; only when it
 * fails are the matches listed, which scans the whole of a long page (milliseconds on a timeline
 * of 2,000 posts: `npm run bench:hot`).
 */
export function firstShown(root: ParentNode, selector: string, within?: Element | null, accept?: (el: Element) => boolean): Element | undefined {
  const ok = (el: Element) => isShown(el, within) && (!accept || accept(el));
  const first = root.querySelector(selector);
  if (!first || ok(first)) return first ?? undefined;
  for (const el of Array.from(root.querySelectorAll(selector))) if (el !== first && ok(el)) return el;
  return undefined;
}

/** Builds a Snapshot with the fields every adapter sets the same way. */
export function snapshot(
  platform: Platform,
  url: string,
  page: PageKind,
  profile: Profile,
  posts: Post[],
  notes: string[] = [],
): Snapshot {
  const snap: Snapshot = { platform, url, page, capturedAt: new Date().toISOString(), profile, posts };
  if (notes.length) snap.notes = notes;
  return snap;
}

/** Drops undefined fields so that JSON output and equality checks stay clean. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) if (obj[key] === undefined) delete obj[key];
  return obj;
}

// ---- Counts inside labelled text (appended for the Instagram and X adapters) ----

// A run of digits with group separators: "2,362", "1.077.715", "1 234", "2,2".
const NUMBER_RUN = /\d(?:\d|[.,' ](?=\d))*/;
// The word after a number, up to punctuation ("2.2M Followers, ...", "2362人、...").
const WORD_AFTER = /^ ?([^\s\d,.:;()\-–—·•|、，。]+)(\.?)/u;

/** Text that starts with an abbreviation ("xyz.", up to four letters and a dot): it could be a unit. */
function unknownAbbreviation(rest: string): boolean {
  const word = WORD_AFTER.exec(rest);
  return !!word?.[2] && [...word[1]].length <= 4;
}

/**
 * The first count in text that also holds words: "2,362 Followers" -> 2362, "2.2M followers" ->
 * 2.2M, "2,2 M seguidores" -> 2.2M, "フォロワー2.2万人" -> 22000, "elfu 12" (Swahili) -> 12000.
 * A number next to a unit word of any language's compact numbers is read with that unit or not at
 * all, never as the bare number: "412 tūkst." on a page whose language does not resolve it is no
 * count, not 412. So is a number before an unknown abbreviation ("12 xyz."), which could be a unit.
 * "224 Beiträge" reads as 224. `raw` is the whole text.
 */
export function leadingCount(text: string | null | undefined, source: CountSource, locale?: string): Count | undefined {
  if (!text) return undefined;
  const clean = normalise(text);
  const m = NUMBER_RUN.exec(clean);
  if (!m) return undefined;
  const number = m[0];
  const rest = clean.slice(m.index + number.length);
  const before = unitWordBefore(clean.slice(0, m.index));
  const unit = unitWordAt(rest);
  let candidate = number;
  if (before) candidate = before.prefix && !unit ? `${before.word} ${number}` : ''; // a unit on both sides: no reading
  else if (unit) candidate = `${number} ${unit}`;
  else if (unknownAbbreviation(rest)) return undefined;
  const count = candidate ? countFromText(candidate, source, locale) : undefined;
  // raw keeps the words: "12.4K posts" says more in the popup than "12.4K"
  return count && { ...count, raw: text.replace(/\s+/g, ' ').trim().slice(0, 200) };
}

/**
 * The count an element displays: an exact number in its own or a descendant's `title` (Instagram
 * puts "2,230,586" there behind "2.2M"), else the first leaf element whose whole text is a count,
 * else the first count in its text.
 */
export function countInElement(el: Element | null | undefined, source: CountSource, locale?: string): Count | undefined {
  if (!el) return undefined;
  // A leaf (a count's own <span>, the commonest case) has no descendants to look through: on a
  // growing grid that is two lookups fewer for every count read (npm run bench, per 100 posts).
  const isLeaf = !el.firstElementChild;
  for (const titled of isLeaf ? [el] : [el, ...Array.from(el.querySelectorAll('[title]'))]) {
    const count = countFromText(titled.getAttribute('title'), source, locale);
    if (count?.exact) return count;
  }
  const whole = textOf(el);
  for (const leaf of isLeaf ? [] : Array.from(el.querySelectorAll('*'))) {
    if (leaf.firstElementChild) continue;
    const text = textOf(leaf);
    const count = countFromText(text, source, locale);
    if (!count) continue;
    // "412" in one span and "tūkst." in the next: the number belongs to the unit after it.
    const after = whole.indexOf(text);
    const rest = after >= 0 ? normalise(whole.slice(after + text.length)) : '';
    if (count.exact && (unitWordAt(rest) || unknownAbbreviation(rest))) break;
    return count;
  }
  return leadingCount(whole, source, locale);
}

/** The first count given, preferring an exact one: sources are passed best first. */
export function bestCount(...counts: (Count | undefined)[]): Count | undefined {
  return counts.find((c) => c?.exact) ?? counts.find((c) => c !== undefined);
}

/** bestCount of sources read only as far as needed: the ones after the first exact count are not read. */
export function bestCountOf(...sources: (() => Count | undefined)[]): Count | undefined {
  const read: (Count | undefined)[] = [];
  for (const source of sources) {
    const count = source();
    if (count?.exact) return count;
    read.push(count);
  }
  return bestCount(...read);
}

/** A URL, or null for a malformed one (adapters never throw). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A percent-encoded path segment decoded, or as it is when malformed ("%E0%A4%A"). */
export function decodePathPart(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---- Bounded work on long pages ----

/**
 * The elements of a live collection (getElementsByTagName) in document order, lazily, through
 * `item(i)` until the first missing one. Not `length`, which after any change to the page walks
 * the whole document, and not `list[i]`, which is ten times slower than `item(i)` in Chromium
 * (measured: 2.0 vs 0.2 ms for the first 100 of 3,470 posts on a timeline just changed).
 */
export function* inOrder(list: HTMLCollectionOf<Element>): Generator<Element> {
  for (let i = 0, el = list.item(i); el; el = list.item(++i)) yield el;
}

/** The first element of a live collection that passes `pred` (see inOrder). */
export function firstMatch(list: HTMLCollectionOf<Element>, pred: (el: Element) => boolean): Element | undefined {
  for (const el of inOrder(list)) if (pred(el)) return el;
  return undefined;
}

/**
 * Most posts an adapter reads from one page, in page order (most recent first on every supported
 * site). Scoring uses the 12 most recent posts (30 on TikTok, lib/score/engagement.ts POST_WINDOW);
 * twice the largest window leaves room for pinned posts and reposts. A timeline scrolled to 2,000
 * posts would otherwise cost every read tens of milliseconds (npm run bench, bench/results.md).
 */
export const MAX_POSTS = 60;

/** The note a Snapshot carries when the page held more posts than were read. */
export const CAPPED_NOTE = `Only the ${MAX_POSTS} most recent posts on the page were read: the score uses the most recent ones.`;

// ---- Handles (Instagram and TikTok adapters) ----

/** Two handles name the same account: case-insensitive, with or without a leading "@". */
export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}
