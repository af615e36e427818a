/**
 * Sorting and filtering of the shortlist page, pure (tested in tests/unit/ui/shortlist-view.test.ts).
 * An entry with no value for the sort column (not checked in this browser yet) always goes last.
 */
import type { Platform } from '../../lib/snapshot';
import type { Letter } from '../../lib/score/types';
import type { EntryView } from '../../lib/storage/store';
import { campaignOf } from '../../lib/storage/campaign';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../../lib/storage/schema';

export type SortKey = 'account' | 'platform' | 'grade' | 'engagement' | 'followers' | 'flags' | 'checked' | 'added' | 'status' | 'rate' | 'start';
type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

export interface Filters {
  text: string;
  platform: Platform | '';
  tag: string;
  grade: Letter | 'ungraded' | '';
  flaggedOnly: boolean;
  status?: CampaignStatus | '';
}

export const NO_FILTERS: Filters = { text: '', platform: '', tag: '', grade: '', flaggedOnly: false, status: '' };

/** Warning and alert signals (info notes are not flags). */
export function flagsOf(e: EntryView) {
  return e.summary?.signals.filter((s) => s.severity !== 'info') ?? [];
}

/** Engagement per follower, else per view. */
export function engagementOf(e: EntryView): { value: number; basis: 'followers' | 'views' } | undefined {
  const list = e.summary?.engagement ?? [];
  const r = list.find((x) => x.basis === 'followers') ?? list.find((x) => x.basis === 'views');
  return r ? { value: r.value, basis: r.basis } : undefined;
}

function sortValue(e: EntryView, key: SortKey): string | number | undefined {
  switch (key) {
    case 'account':
      return (e.name || e.handle).toLocaleLowerCase();
    case 'platform':
      return e.platform;
    case 'grade':
      return e.summary?.grade?.score;
    case 'engagement':
      return engagementOf(e)?.value;
    case 'followers':
      return e.summary?.followers?.value;
    case 'flags':
      return e.summary ? flagsOf(e).length : undefined;
    case 'checked':
      return e.summary ? Date.parse(e.summary.checkedAt) : undefined;
    case 'added':
      return Date.parse(e.addedAt);
    case 'status':
      return CAMPAIGN_STATUSES.indexOf(campaignOf(e).status);
    case 'rate':
      // Rates in different currencies are not converted: sorted by currency, then amount.
      return campaignOf(e).rate ? `${campaignOf(e).rate!.currency} ${campaignOf(e).rate!.amount.toFixed(2).padStart(16, '0')}` : undefined;
    case 'start':
      return campaignOf(e).start;
  }
}

export function sortEntries(entries: readonly EntryView[], sort: Sort): EntryView[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return entries
    .map((e, i) => ({ e, i, v: sortValue(e, sort.key) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      return c ? c * sign : a.i - b.i;
    })
    .map((x) => x.e);
}

export function filterEntries(entries: readonly EntryView[], f: Filters): EntryView[] {
  const words = f.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (f.platform && e.platform !== f.platform) return false;
    if (f.tag && !e.tags.includes(f.tag)) return false;
    if (f.grade === 'ungraded' && e.summary?.grade) return false;
    if (f.grade && f.grade !== 'ungraded' && e.summary?.grade?.letter !== f.grade) return false;
    if (f.flaggedOnly && flagsOf(e).length === 0) return false;
    if (f.status && campaignOf(e).status !== f.status) return false;
    if (words.length) {
      const hay = [e.handle, e.name ?? '', e.note, campaignOf(e).deliverables, ...e.tags].join('\n').toLocaleLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export function tagsIn(entries: readonly EntryView[]): string[] {
  return [...new Set(entries.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b));
}

export function platformsIn(entries: readonly EntryView[]): Platform[] {
  return [...new Set(entries.map((e) => e.platform))].sort();
}

/** `#compare=instagram:a,x:b` <-> keys (only keys that exist, at most `max`). */
export function compareKeysFromHash(hash: string, known: ReadonlySet<string>, max: number): string[] {
  const m = /^#compare=(.*)$/.exec(hash);
  if (!m) return [];
  let keys: string[];
  try {
    keys = decodeURIComponent(m[1]).split(',');
  } catch {
    return [];
  }
  return [...new Set(keys)].filter((k) => known.has(k)).slice(0, max);
}

export function compareHash(keys: readonly string[]): string {
  return `#compare=${encodeURIComponent(keys.join(','))}`;
}

/**
 * Whether a comparison may name a "best" in a row: only among accounts of one platform (engagement
 * norms differ between platforms) and only when every one of them was graded with more than low
 * confidence.
 */
export function mayCrownBest(entries: readonly EntryView[]): boolean {
  if (entries.length < 2) return false;
  const onePlatform = entries.every((e) => e.platform === entries[0].platform);
  const confident = entries.every((e) => e.summary?.grade && e.summary.grade.confidence !== 'low');
  return onePlatform && confident;
}

