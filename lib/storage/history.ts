/**
 * History: one compact record per account per day (the latest visit of the day wins), bounded
 * per account and in total (oldest out first) and by age. Pure functions over the stored value;
 * lib/storage/store.ts reads and writes it.
 *
 * A record keeps the counts growth needs (followers, following, posts, likes, each with the
 * interval a rounded display leaves open) and the day's scores, not whole pages: the growth-spike
 * signal gets them back as minimal Snapshots (profile counts, no posts) via `toSnapshot`.
 */
import type { Count, Snapshot } from '../snapshot';
import { isSaneTime } from './dates';
import type { Analysis } from '../score/types';
import { accountKey, dayOf } from './account';
import { convertV1Record } from './migrations/history-v1-to-v2';
import { HistoryRecordSchema, type History, type HistoryRecord, type Retention, type StoredCount } from './schema';

export function emptyHistory(): History {
  return { records: [] };
}

/** A count as kept: the value, the interval when rounded, and (for the shortlist, not history) where it was read. */
export function storedCount(count: Count | undefined, withSource = false): StoredCount | undefined {
  if (!count) return undefined;
  const stored: StoredCount = { value: count.value };
  if (withSource) stored.source = count.source;
  if (!count.exact) {
    stored.min = count.min;
    stored.max = count.max;
  }
  return stored;
}

function countFromStored(stored: StoredCount): Count {
  const exact = stored.min === undefined && stored.max === undefined;
  return {
    value: stored.value,
    exact,
    source: stored.source ?? 'text',
    raw: String(stored.value),
    min: stored.min ?? stored.value,
    max: stored.max ?? stored.value,
  };
}

/** The record a visit leaves, or null when it showed nothing worth keeping (no counts, no rate). */
export function recordFrom(snapshot: Snapshot, analysis: Analysis, at: Date): HistoryRecord | null {
  const p = snapshot.profile;
  const record: HistoryRecord = {
    platform: snapshot.platform,
    handle: p.handle,
    day: dayOf(at),
    at: at.toISOString(),
  };
  // A profile page is the usual case and the default: only other kinds are written (history stays compact).
  if (snapshot.page !== 'profile') record.page = snapshot.page;
  const counts = { followers: storedCount(p.followers), following: storedCount(p.following), posts: storedCount(p.posts), likes: storedCount(p.likes) };
  for (const [k, v] of Object.entries(counts) as [keyof typeof counts, StoredCount | undefined][]) if (v) record[k] = v;
  const perFollower = analysis.engagement.find((e) => e.basis === 'followers');
  const perView = analysis.engagement.find((e) => e.basis === 'views');
  if (perFollower && Number.isFinite(perFollower.value)) record.engagement = perFollower.value;
  if (perView && Number.isFinite(perView.value)) record.engagementPerView = perView.value;
  if (analysis.grade) {
    record.grade = analysis.grade.letter;
    record.score = Math.max(0, Math.min(100, analysis.grade.score));
  }
  if (Number.isFinite(analysis.risk)) record.risk = Math.max(0, Math.min(1, analysis.risk));
  if (!record.followers && !record.following && !record.posts && !record.likes && record.engagement === undefined && record.engagementPerView === undefined) return null;
  const checked = HistoryRecordSchema.safeParse(record);
  return checked.success ? checked.data : null;
}

const PAGE_RANK = { profile: 2, post: 1, other: 0 } as const;
const rank = (r: HistoryRecord) => PAGE_RANK[r.page ?? 'profile'];
const slotOf = (r: HistoryRecord) => `${accountKey(r.platform, r.handle)}|${r.day}`;
const time = (r: HistoryRecord) => Date.parse(r.at);

/**
 * Whether `next` replaces `held` for the same account and day: the later visit wins, except that
 * a post page (one post's engagement) does not replace a profile page's (many posts') that day.
 */
function supersedes(next: HistoryRecord, held: HistoryRecord): boolean {
  if (rank(next) !== rank(held)) return rank(next) > rank(held);
  return time(next) >= time(held);
}

/** One record per account per day, oldest first. */
export function normalise(records: readonly HistoryRecord[]): HistoryRecord[] {
  const bySlot = new Map<string, HistoryRecord>();
  for (const r of records) {
    const slot = slotOf(r);
    const held = bySlot.get(slot);
    if (!held || supersedes(r, held)) bySlot.set(slot, r);
  }
  return [...bySlot.values()].sort((a, b) => time(a) - time(b));
}

export function upsert(history: History, record: HistoryRecord): History {
  const slot = slotOf(record);
  const held = history.records.find((r) => slotOf(r) === slot);
  if (held && !supersedes(record, held)) return history;
  const records = history.records.filter((r) => slotOf(r) !== slot);
  // Records are kept oldest first; a new visit almost always goes at the end.
  let i = records.length;
  while (i > 0 && time(records[i - 1]) > time(record)) i--;
  records.splice(i, 0, record);
  return { records };
}

/**
 * Applies the retention bounds, oldest out first: records older than `days`, then the oldest of an
 * account beyond `perAccount`, then the oldest overall beyond `total`.
 */
export function prune(history: History, retention: Retention, now: Date): { history: History; removed: number } {
  const cutoff = now.getTime() - retention.days * 86_400_000;
  const newestFirst = [...history.records].sort((a, b) => time(b) - time(a));
  const perAccount = new Map<string, number>();
  const kept: HistoryRecord[] = [];
  for (const r of newestFirst) {
    // A record dated in the future (another clock, an edited file) would outlive every retention.
    if (time(r) < cutoff || !isSaneTime(r.at, now)) continue;
    const key = accountKey(r.platform, r.handle);
    const n = perAccount.get(key) ?? 0;
    if (n >= retention.perAccount) continue;
    if (kept.length >= retention.total) continue;
    perAccount.set(key, n + 1);
    kept.push(r);
  }
  const removed = history.records.length - kept.length;
  return { history: removed ? { records: kept.reverse() } : history, removed };
}

/** An account's records, oldest first. */
export function recordsFor(history: History, platform: HistoryRecord['platform'], handle: string): HistoryRecord[] {
  const key = accountKey(platform, handle);
  return history.records.filter((r) => accountKey(r.platform, r.handle) === key);
}

/** A record as the minimal Snapshot the scoring engine's growth signal reads (profile counts, no posts). */
export function toSnapshot(record: HistoryRecord): Snapshot {
  const profile: Snapshot['profile'] = { handle: record.handle };
  if (record.followers) profile.followers = countFromStored(record.followers);
  if (record.following) profile.following = countFromStored(record.following);
  if (record.posts) profile.posts = countFromStored(record.posts);
  if (record.likes) profile.likes = countFromStored(record.likes);
  // The day's engagement rate goes back too, so the growth-spike signal can tell whether engagement followed a jump.
  return {
    platform: record.platform, url: '', page: record.page ?? 'profile', capturedAt: record.at, profile, posts: [],
    ...(record.engagement !== undefined ? { recordedEngagement: record.engagement } : {}),
  } as Snapshot;
}

/** The account's snapshots from days before `at` (today's record is about to be replaced), oldest first. */
export function earlierSnapshots(history: History, snapshot: Snapshot, at: Date): Snapshot[] {
  const today = dayOf(at);
  return recordsFor(history, snapshot.platform, snapshot.profile.handle)
    .filter((r) => r.day < today)
    .map(toSnapshot);
}

/**
 * What can be kept from a history value that failed validation: every element that is a valid
 * format-2 record, or converts from format 1. Never throws.
 */
export function salvageHistory(raw: unknown): History {
  const list: unknown[] = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object' && Array.isArray((raw as { records?: unknown }).records)
      ? ((raw as { records: unknown[] }).records)
      : [];
  const kept: HistoryRecord[] = [];
  for (const item of list) {
    const current = HistoryRecordSchema.safeParse(item);
    if (current.success) kept.push(current.data);
    else {
      const old = convertV1Record(item);
      if (old) kept.push(old);
    }
  }
  return { records: normalise(kept) };
}

interface HistoryMergeResult {
  history: History;
  added: number;
  /** Imported records for a day already stored: what is stored wins. */
  alreadyStored: number;
  /** Imported records beyond the retention bounds (older than `days`, or no room per account / in total). */
  overLimits: number;
  /** Records in the file for a day the file already had (the later one is taken). */
  duplicates: number;
}

/**
 * Adds imported records without touching a stored one: a day already stored keeps its record, and
 * the retention bounds are applied to imported records only (existing ones count first), newest
 * imported first.
 */
export function mergeHistory(existing: History, imported: readonly HistoryRecord[], retention: Retention, now: Date): HistoryMergeResult {
  const slots = new Set(existing.records.map(slotOf));
  const perAccount = new Map<string, number>();
  for (const r of existing.records) {
    const k = accountKey(r.platform, r.handle);
    perAccount.set(k, (perAccount.get(k) ?? 0) + 1);
  }
  const cutoff = now.getTime() - retention.days * 86_400_000;
  const candidates = normalise(imported).reverse(); // newest first
  let total = existing.records.length;
  let alreadyStored = 0;
  let overLimits = 0;
  const added: HistoryRecord[] = [];
  for (const r of candidates) {
    if (slots.has(slotOf(r))) {
      alreadyStored++;
      continue;
    }
    const k = accountKey(r.platform, r.handle);
    const n = perAccount.get(k) ?? 0;
    if (time(r) < cutoff || !isSaneTime(r.at, now) || n >= retention.perAccount || total >= retention.total) {
      overLimits++;
      continue;
    }
    perAccount.set(k, n + 1);
    total++;
    added.push(r);
  }
  const duplicates = imported.length - candidates.length;
  const history = added.length ? { records: [...existing.records, ...added].sort((a, b) => time(a) - time(b)) } : existing;
  return { history, added: added.length, alreadyStored, overLimits, duplicates };
}
