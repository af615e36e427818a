/**
 * History: one compact record per account per day (the latest wins), bounded per account, in
 * total and by age (oldest out first), and fed back to scoring as earlier snapshots, oldest first.
 */
import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../lib/snapshot';
import { analyzeSnapshot } from '../../../lib/score';
import { dayOf } from '../../../lib/storage/account';
import {
  earlierSnapshots, emptyHistory, mergeHistory, normalise, prune, recordFrom, recordsFor, toSnapshot, upsert,
} from '../../../lib/storage/history';
import { HistoryRecordSchema, type History, type HistoryRecord } from '../../../lib/storage/schema';
import { count, profile } from './support';

const at = (iso: string) => new Date(iso);
function rec(handle: string, iso: string, followers: number, page: HistoryRecord['page'] = 'profile'): HistoryRecord {
  return { platform: 'instagram', handle, day: dayOf(iso), at: new Date(iso).toISOString(), page, followers: { value: followers } };
}

describe('a visit as a history record', () => {
  it('keeps the counts growth needs and the day\'s scores, not the page', () => {
    const snap = profile('instagram', 'cafe.ritual', 48_213, { posts: 12 });
    snap.profile.followers = count(48_200, '48.2K', [48_150, 48_299]);
    const analysis = analyzeSnapshot(snap);
    const r = recordFrom(snap, analysis, at('2025-03-10T12:00:00Z'))!;
    expect(HistoryRecordSchema.safeParse(r).success).toBe(true);
    expect(r.followers).toEqual({ value: 48_200, min: 48_150, max: 48_299 });
    expect(r.following).toEqual({ value: 300 });
    expect(r).not.toHaveProperty('page'); // a profile page, the default
    expect(r.engagement).toBe(analysis.engagement.find((e) => e.basis === 'followers')?.value);
    expect(r).not.toHaveProperty('posts.length');
    expect(JSON.stringify(r).length).toBeLessThan(300);
  });

  it('is not made when the page showed nothing to keep', () => {
    const snap = profile('instagram', 'empty', 0, { posts: 0 });
    snap.profile = { handle: 'empty' };
    expect(recordFrom(snap, analyzeSnapshot(snap), at('2025-03-10T12:00:00Z'))).toBeNull();
  });

  it('comes back as a valid minimal Snapshot (profile counts, no posts) with its interval', () => {
    const r: HistoryRecord = { ...rec('a', '2025-03-01T10:00:00Z', 100), followers: { value: 48_200, min: 48_150, max: 48_299, source: 'text' } };
    const s = toSnapshot(r);
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
    expect(s.profile.followers).toMatchObject({ value: 48_200, exact: false, min: 48_150, max: 48_299 });
    expect(s.posts).toEqual([]);
    expect(s.capturedAt).toBe(r.at);
  });
});

describe('one record per account per day', () => {
  it('the latest visit of the day replaces the earlier one; other days and accounts stay', () => {
    let h: History = emptyHistory();
    h = upsert(h, rec('a', '2025-03-01T09:00:00', 100));
    h = upsert(h, rec('b', '2025-03-01T09:30:00', 5));
    h = upsert(h, rec('a', '2025-03-01T18:00:00', 110));
    h = upsert(h, rec('a', '2025-03-02T08:00:00', 120));
    expect(h.records.map((r) => [r.handle, r.followers?.value])).toEqual([['b', 5], ['a', 110], ['a', 120]]);
  });

  it('handles differ only in case: the same account', () => {
    let h = upsert(emptyHistory(), rec('Cafe.Ritual', '2025-03-01T09:00:00', 100));
    h = upsert(h, rec('cafe.ritual', '2025-03-01T10:00:00', 101));
    expect(h.records).toHaveLength(1);
  });

  it('a post page (one post) does not replace that day\'s profile page (many posts)', () => {
    let h = upsert(emptyHistory(), rec('a', '2025-03-01T09:00:00', 100, 'profile'));
    h = upsert(h, rec('a', '2025-03-01T10:00:00', 100, 'post'));
    expect(h.records[0].page).toBe('profile');
    h = upsert(h, rec('a', '2025-03-01T11:00:00', 101, 'profile'));
    expect(h.records[0].followers?.value).toBe(101);
  });

  it('normalise keeps one per day, oldest first', () => {
    const list = [rec('a', '2025-03-02T08:00:00', 3), rec('a', '2025-03-01T08:00:00', 1), rec('a', '2025-03-01T20:00:00', 2)];
    expect(normalise(list).map((r) => r.followers?.value)).toEqual([2, 3]);
  });
});

describe('bounds (oldest out first)', () => {
  const days = (handle: string, n: number, start = Date.parse('2025-01-01T12:00:00Z')) =>
    Array.from({ length: n }, (_, i) => rec(handle, new Date(start + i * 86_400_000).toISOString(), 1000 + i));

  it('per account', () => {
    const h = { records: normalise([...days('a', 10), ...days('b', 3)]) };
    const { history, removed } = prune(h, { days: 3650, perAccount: 4, total: 1000 }, at('2025-02-01T00:00:00Z'));
    expect(removed).toBe(6);
    expect(recordsFor(history, 'instagram', 'a').map((r) => r.followers?.value)).toEqual([1006, 1007, 1008, 1009]);
    expect(recordsFor(history, 'instagram', 'b')).toHaveLength(3);
  });

  it('in total', () => {
    const h = { records: normalise([...days('a', 10), ...days('b', 10, Date.parse('2025-01-05T13:00:00Z'))]) };
    const { history } = prune(h, { days: 3650, perAccount: 100, total: 5 }, at('2025-02-01T00:00:00Z'));
    expect(history.records).toHaveLength(5);
    expect(history.records.every((r, i, all) => i === 0 || r.at >= all[i - 1].at)).toBe(true);
    expect(history.records[0].at >= h.records[h.records.length - 5].at).toBe(true);
  });

  it('by age', () => {
    const h = { records: days('a', 10) };
    const { history } = prune(h, { days: 7, perAccount: 100, total: 100 }, at('2025-01-14T00:00:00Z'));
    expect(history.records.map((r) => r.day)).toEqual(['2025-01-07', '2025-01-08', '2025-01-09', '2025-01-10']);
  });

  it('returns the same object when nothing goes (so nothing is rewritten)', () => {
    const h = { records: days('a', 3) };
    expect(prune(h, { days: 3650, perAccount: 100, total: 100 }, at('2025-01-05T00:00:00Z')).history).toBe(h);
  });
});

describe('earlier snapshots for the growth signal', () => {
  it('are the account\'s records from earlier days, oldest first; today\'s and other accounts\' are left out', () => {
    const h = { records: normalise([rec('a', '2025-03-03T10:00:00', 3), rec('a', '2025-03-01T10:00:00', 1), rec('b', '2025-03-02T10:00:00', 9), rec('a', '2025-03-05T08:00:00', 5)]) };
    const snap = profile('instagram', 'A', 6);
    const earlier = earlierSnapshots(h, snap, new Date('2025-03-05T20:00:00'));
    expect(earlier.map((s) => s.profile.followers?.value)).toEqual([1, 3]);
    expect(earlier.every((s) => SnapshotSchema.safeParse(s).success)).toBe(true);
  });
});

describe('merging imported history', () => {
  const existing = { records: [rec('a', '2025-03-01T10:00:00', 1), rec('a', '2025-03-02T10:00:00', 2)] };

  it('never replaces or drops a stored record; fills the other days', () => {
    const incoming = [rec('a', '2025-03-02T23:00:00', 999), rec('a', '2025-03-03T10:00:00', 3), rec('b', '2025-03-03T10:00:00', 7)];
    const r = mergeHistory(existing, incoming, { days: 3650, perAccount: 100, total: 100 }, at('2025-03-10T00:00:00Z'));
    expect(r).toMatchObject({ added: 2, alreadyStored: 1, overLimits: 0 });
    expect(recordsFor(r.history, 'instagram', 'a').map((x) => x.followers?.value)).toEqual([1, 2, 3]);
  });

  it('applies the bounds to imported records only, existing ones counted first', () => {
    const incoming = Array.from({ length: 50 }, (_, i) => rec('a', new Date(Date.parse('2025-02-01T10:00:00Z') + i * 86_400_000).toISOString(), 100 + i));
    const r = mergeHistory(existing, incoming, { days: 3650, perAccount: 5, total: 100 }, at('2025-04-01T00:00:00Z'));
    const kept = recordsFor(r.history, 'instagram', 'a');
    expect(kept).toHaveLength(5);
    expect(kept.filter((x) => x.followers!.value < 100)).toHaveLength(2); // both stored records survive
    expect(r).toMatchObject({ added: 3, alreadyStored: 2, overLimits: 45 });
  });
});
