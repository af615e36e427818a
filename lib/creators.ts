/**
 * One creator across platforms, pure: accounts grouped by the link the user confirmed, suggested
 * links (never applied without the user), and a consistency check of their numbers.
 *
 * The check compares what each platform's page showed. Audiences differ between platforms for good
 * reasons (a creator may be new on one, or post there rarely), so a gap is a question to ask the
 * creator, with its numbers, never a verdict. The thresholds are rules of thumb, stated in the text.
 */
import type { Platform } from './snapshot';
import type { ShortlistEntry } from './storage/schema';
import { entryKey } from './storage/shortlist';

export interface CreatorGroup<E extends ShortlistEntry = ShortlistEntry> {
  id: string;
  entries: E[];
}

/** Linked accounts, by creator id (groups of one are left out). */
export function creatorGroups<E extends ShortlistEntry>(entries: readonly E[]): CreatorGroup<E>[] {
  const by = new Map<string, E[]>();
  for (const e of entries) if (e.creator) by.set(e.creator, [...(by.get(e.creator) ?? []), e]);
  return [...by].filter(([, list]) => list.length > 1).map(([id, list]) => ({ id, entries: list }));
}

export function linkedTo<E extends ShortlistEntry>(entries: readonly E[], entry: ShortlistEntry): E[] {
  return entry.creator ? entries.filter((e) => e.creator === entry.creator && entryKey(e) !== entryKey(entry)) : [];
}

export type SuggestionReason = 'handle' | 'name' | 'link';
export interface LinkSuggestion {
  keys: [string, string];
  reason: SuggestionReason;
}

const plainHandle = (h: string) => h.replace(/^@/, '').toLowerCase().replace(/[._-]/g, '');
/** A display name compared without case, accents, emoji or spacing ("Mía Cocina ✨" = "mia cocina"). */
export function plainName(n: string | undefined): string {
  return (n ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A web address as a comparable key: host without "www." or "m.", and the path, lower case, without
 * a trailing slash, query or fragment ("https://www.MiaCocina.com/Shop/?utm_source=ig" ->
 * "miacocina.com/shop"). Host and path both: a link page (linktr.ee/mia) or a shortener
 * (bit.ly/x) is the same site only when its path is the same too.
 */
export function linkKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    const host = u.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
    const path = decodeURIComponent(u.pathname).toLowerCase().replace(/\/+$/, '');
    return `${host}${path}`;
  } catch {
    return undefined;
  }
}

/** Each platform's profile address patterns, as link keys ("instagram.com/NAME", "tiktok.com/@NAME"). */
const PROFILE_KEYS: Record<Platform, (h: string) => string[]> = {
  instagram: (h) => [`instagram.com/${h}`],
  x: (h) => [`x.com/${h}`, `twitter.com/${h}`],
  tiktok: (h) => [`tiktok.com/@${h}`],
  youtube: (h) => [`youtube.com/@${h}`, `youtube.com/c/${h}`, `youtube.com/user/${h}`, `youtube.com/channel/${h}`],
  bluesky: (h) => [`bsky.app/profile/${h}`],
  threads: (h) => [`threads.net/@${h}`, `threads.com/@${h}`],
  facebook: (h) => [`facebook.com/${h}`],
  linkedin: (h) => [`linkedin.com/in/${h}`, `linkedin.com/company/${h}`],
  twitch: (h) => [`twitch.tv/${h}`],
};

/** Whether `entry`'s bio link points to `other`'s profile (its saved address, or the platform's usual one). */
function linksTo(entry: ShortlistEntry, other: ShortlistEntry): boolean {
  const key = linkKey(entry.summary?.bioLink);
  if (!key) return false;
  const h = other.handle.replace(/^@/, '').toLowerCase();
  const own = [linkKey(other.summary?.url ?? other.url), ...PROFILE_KEYS[other.platform](h)];
  return own.some((k) => k === key);
}

/** Same site in both bio links, or one links to the other's profile. */
function sameLink(a: ShortlistEntry, b: ShortlistEntry): boolean {
  const ka = linkKey(a.summary?.bioLink);
  return (!!ka && ka === linkKey(b.summary?.bioLink)) || linksTo(a, b) || linksTo(b, a);
}

/**
 * Accounts on different platforms that look like one person: the same handle (ignoring dots,
 * dashes and underscores), the same display name (at least 4 letters, so "Ana" alone does not
 * match), or bio links to the same address (host and path) or to each other's profile. Pairs
 * already linked, or on the same platform, are not suggested.
 */
export function suggestLinks(entries: readonly ShortlistEntry[]): LinkSuggestion[] {
  const out: LinkSuggestion[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i];
      const b = entries[j];
      if (a.platform === b.platform || (a.creator && a.creator === b.creator)) continue;
      const nameA = plainName(a.name ?? a.summary?.name);
      const reason: SuggestionReason | null =
        plainHandle(a.handle) === plainHandle(b.handle)
          ? 'handle'
          : nameA.length >= 4 && nameA === plainName(b.name ?? b.summary?.name)
            ? 'name'
            : sameLink(a, b)
              ? 'link'
              : null;
      if (reason) out.push({ keys: [entryKey(a), entryKey(b)], reason });
    }
  }
  return out;
}

/** Platforms whose profile grids show views per video (reach = median views per follower). */
const VIDEO_PLATFORMS: readonly Platform[] = ['youtube', 'tiktok', 'instagram'];

export type ConsistencyFinding =
  | { kind: 'views-vs-followers'; big: string; video: string; followers: number; medianViews: number; ratio: number }
  | { kind: 'followers-gap'; big: string; small: string; followersBig: number; followersSmall: number; ratio: number }
  | { kind: 'grades-differ'; good: string; poor: string; goodLetter: string; poorLetter: string };

/** Views per video below this share of the creator's largest audience elsewhere is worth asking about. */
export const VIEWS_SHARE_MIN = 0.01;
/** One platform's following this many times another's is noted (it is common; it is context). */
export const FOLLOWERS_GAP_MIN = 50;

/**
 * The numbers of one creator's accounts side by side: median views per video on a video platform
 * against the largest follower count elsewhere ("500k Instagram followers but 2k-view YouTube
 * videos"), follower counts 50 times apart, and a grade of A or B on one account beside D or F on
 * another. Accounts not checked yet (no summary) are left out: no number, no finding.
 */
export function consistencyCheck(entries: readonly ShortlistEntry[]): ConsistencyFinding[] {
  const checked = entries.filter((e) => e.summary?.followers);
  const findings: ConsistencyFinding[] = [];
  const biggest = [...checked].sort((a, b) => b.summary!.followers!.value - a.summary!.followers!.value)[0];
  if (!biggest) return findings;
  const bigFollowers = biggest.summary!.followers!.value;
  for (const e of checked) {
    if (e === biggest) continue;
    const s = e.summary!;
    if (VIDEO_PLATFORMS.includes(e.platform) && s.reach !== undefined) {
      const medianViews = Math.round(s.reach * s.followers!.value);
      const ratio = bigFollowers ? medianViews / bigFollowers : 0;
      if (ratio < VIEWS_SHARE_MIN) findings.push({ kind: 'views-vs-followers', big: entryKey(biggest), video: entryKey(e), followers: bigFollowers, medianViews, ratio });
    }
    const gap = s.followers!.value ? bigFollowers / s.followers!.value : Infinity;
    if (gap >= FOLLOWERS_GAP_MIN) findings.push({ kind: 'followers-gap', big: entryKey(biggest), small: entryKey(e), followersBig: bigFollowers, followersSmall: s.followers!.value, ratio: gap });
  }
  const graded = checked.filter((e) => e.summary?.grade);
  const good = graded.find((e) => e.summary!.grade!.letter === 'A' || e.summary!.grade!.letter === 'B');
  const poor = graded.find((e) => e.summary!.grade!.letter === 'D' || e.summary!.grade!.letter === 'F');
  if (good && poor) findings.push({ kind: 'grades-differ', good: entryKey(good), poor: entryKey(poor), goodLetter: good.summary!.grade!.letter, poorLetter: poor.summary!.grade!.letter });
  return findings;
}
