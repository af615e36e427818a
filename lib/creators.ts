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

interface CreatorGroup<E extends ShortlistEntry = ShortlistEntry> {
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

type SuggestionReason = 'handle' | 'name';
export interface LinkSuggestion {
  keys: [string, string];
  reason: SuggestionReason;
}

const plainHandle = (h: string) => h.replace(/^@/, '').toLowerCase().replace(/[._-]/g, '');
/** A display name compared without case, accents, emoji or spacing ("Mía Cocina ✨" = "mia cocina"). */
function plainName(n: string | undefined): string {
  return (n ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Accounts on different platforms that look like one person: the same handle (ignoring dots,
 * dashes and underscores) or the same display name (at least 4 letters, so "Ana" alone does not
 * match). Pairs already linked, or on the same platform, are not suggested.
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
        plainHandle(a.handle) === plainHandle(b.handle) ? 'handle' : nameA.length >= 4 && nameA === plainName(b.name ?? b.summary?.name) ? 'name' : null;
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
const VIEWS_SHARE_MIN = 0.01;
/** One platform's following this many times another's is noted (it is common; it is context). */
const FOLLOWERS_GAP_MIN = 50;

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
