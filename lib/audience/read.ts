/**
 * Shared by the followers-list readers (lib/sites/<site>/followers.ts): what "shown" means, how a
 * list becomes an Audience, and a tracker that follows a growing list without re-reading the rows
 * it has read. Runs in content scripts: no zod, no Intl, nothing heavy.
 */
import { isShown } from '../sites/common';
import type { Audience, AudienceEntry, Platform } from '../snapshot';

/** The most entries an Audience carries (lib/snapshot.ts AudienceSchema). */
export const AUDIENCE_ENTRIES_MAX = 2000;

export interface FollowersList {
  /** The account whose followers these are, as the URL names it. */
  owner: string;
  /** The rows on screen, in page order. */
  rows: Element[];
}

export interface FollowersSite {
  platform: Platform;
  /** The account whose followers list this URL can show, or null: a cheap check before any DOM work. */
  ownerOf(url: URL): string | null;
  /** Whether the list is on the page at all (one cheap selector), once the URL matched; default yes. */
  listOpen?(doc: Document): boolean;
  /** The followers list the page shows now, or null (not a followers list, or not recognised). */
  list(doc: Document, url: URL): FollowersList | null;
  /** A cheap key for a row (its profile link): a row element the app reuses for someone else gets read again. */
  rowKey(row: Element): string | null;
  readRow(row: Element): AudienceEntry | null;
}

/** False for elements an app keeps mounted but hidden (earlier screens): lib/sites/common.ts's test. */
export const shown = (el: Element): boolean => isShown(el);

const handleKey = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** Entries deduplicated by handle (first seen wins), bounded; `seen` counts the distinct followers read. */
export function toAudience(entries: readonly (AudienceEntry | null)[]): Audience {
  const byHandle = new Map<string, AudienceEntry>();
  for (const e of entries) if (e && !byHandle.has(handleKey(e.handle))) byHandle.set(handleKey(e.handle), e);
  const all = [...byHandle.values()];
  return { source: 'followers-list', seen: all.length, entries: all.slice(0, AUDIENCE_ENTRIES_MAX) };
}

export function readAll(site: FollowersSite, doc: Document, url: URL): Audience | null {
  const list = site.list(doc, url);
  return list ? toAudience(list.rows.map((r) => site.readRow(r))) : null;
}

/** Text with whitespace folded and bounded (page text can be anything). */
export function clean(text: string | null | undefined, max: number): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

interface TrackedReading {
  owner: string;
  /** Followers not reported before for this owner, in page order. */
  added: AudienceEntry[];
  /** Rows on screen now, and how many of them had to be read. */
  rows: number;
  read: number;
}

/**
 * Follows one followers list as the user scrolls it: each call reads only rows it has not read
 * (a WeakMap from row to the key it had), and reports only followers it has not reported. A new
 * owner (another account's list) starts afresh. The content script calls it on each batch of
 * mutations; it never scrolls or opens anything.
 */
export function createFollowersTracker(site: FollowersSite) {
  let owner: string | undefined;
  let readRows = new WeakMap<Element, string>();
  let reported = new Set<string>();
  return {
    read(doc: Document, url: URL): TrackedReading | null {
      const list = site.list(doc, url);
      if (!list) return null;
      if (handleKey(list.owner) !== owner) {
        owner = handleKey(list.owner);
        readRows = new WeakMap();
        reported = new Set();
      }
      const added: AudienceEntry[] = [];
      let read = 0;
      for (const row of list.rows) {
        const key = site.rowKey(row);
        if (key === null || readRows.get(row) === key) continue;
        read++;
        const entry = site.readRow(row);
        if (!entry) continue;
        readRows.set(row, key);
        const k = handleKey(entry.handle);
        if (reported.has(k) || reported.size >= 100_000) continue;
        reported.add(k);
        added.push(entry);
      }
      return { owner: list.owner, added, rows: list.rows.length, read };
    },
    /** Followers reported so far for the current owner. */
    get reportedCount() {
      return reported.size;
    },
  };
}

/**
 * The texts a row shows, in page order: the text of each element without element children, outside
 * buttons and svg (a button's "Follow", an icon's title are not the follower's words).
 */
export function rowTexts(row: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(row.querySelectorAll('*'))) {
    if (el.children.length || insideControl(el, row, 'button, [role="button"], svg')) continue;
    const text = clean(el.textContent, 500);
    if (text && text !== '·' && text !== '•') out.push(text);
  }
  return out;
}

/** Whether `el` sits in a control (matching `selector`) inside `row`; the row itself may be one (X's cells are buttons). */
export function insideControl(el: Element, row: Element, selector: string): boolean {
  const control = el.closest(selector);
  return !!control && control !== row && row.contains(control);
}

/** A "verified" badge: an icon labelled in any language ("Verified", "Verificado", "Vérifié", "Verifiziert"). */
export function hasVerifiedBadge(row: Element): boolean {
  for (const el of Array.from(row.querySelectorAll('[aria-label], svg title'))) {
    const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
    if (/verif|認証|인증/i.test(label)) return true;
  }
  return false;
}
