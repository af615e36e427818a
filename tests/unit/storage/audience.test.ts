/**
 * Audience samples in storage.local: deduplicated, dated, bounded per account and in total, validated
 * on read with damaged data set aside (never lost), deleted by "Delete all", exported with everything.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AUDIENCE_INDEX_KEY, AUDIENCE_PER_ACCOUNT, audienceKey, createAudienceStore, mergeFollowers, planTotal,
} from '../../../lib/storage/audience';
import { parseImport } from '../../../lib/storage/import';
import { exportJson } from '../../../lib/storage/export';
import { clock, dump, makeStore, quarantined, seed } from './support';
import { silence } from './quiet';

silence();

let time: ReturnType<typeof clock>;
beforeEach(async () => {
  await seed({});
  time = clock('2025-03-10T12:00:00.000Z');
});

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ handle: `${prefix}${i}`, hasPicture: i % 2 === 0 }));

describe('mergeFollowers', () => {
  it('keeps the first sighting of each handle (any case, with or without @), dated the day it was seen', () => {
    const at = new Date('2025-03-10T12:00:00Z');
    const first = mergeFollowers(null, 'x', 'pam', [{ handle: 'Kate', name: 'Kate' }, { handle: 'sam' }], at);
    expect(first.added).toBe(2);
    const later = new Date('2025-03-12T09:00:00Z');
    const second = mergeFollowers(first.sample, 'x', 'pam', [{ handle: '@kate', name: 'Changed' }, { handle: 'new1' }], later);
    expect(second.added).toBe(1);
    expect(second.sample.entries.map((e) => [e.handle, e.name, e.day])).toEqual([
      ['Kate', 'Kate', '2025-03-10'],
      ['sam', undefined, '2025-03-10'],
      ['new1', undefined, '2025-03-12'],
    ]);
    expect(second.sample.firstAt).toBe(at.toISOString());
    expect(second.sample.updatedAt).toBe(later.toISOString());
    // Nothing new: the same object back, nothing to write.
    expect(mergeFollowers(second.sample, 'x', 'pam', [{ handle: 'SAM' }], later)).toEqual({ sample: second.sample, added: 0 });
  });

  it('stores at most 2,000 per account and counts the rest as seen', () => {
    const r = mergeFollowers(null, 'instagram', 'pam', people('u', AUDIENCE_PER_ACCOUNT + 50), new Date());
    expect(r.sample.entries).toHaveLength(AUDIENCE_PER_ACCOUNT);
    expect(r.sample.seen).toBe(AUDIENCE_PER_ACCOUNT + 50);
  });
});

describe('planTotal', () => {
  it('removes the accounts updated longest ago until the total fits, never the one just written', () => {
    const index = { accounts: [
      { key: 'audience:x:old', entries: 600, updatedAt: '2025-01-01T00:00:00.000Z' },
      { key: 'audience:x:mid', entries: 600, updatedAt: '2025-02-01T00:00:00.000Z' },
      { key: 'audience:x:new', entries: 600, updatedAt: '2025-03-01T00:00:00.000Z' },
    ] };
    const plan = planTotal(index, 'audience:x:now', 900, new Date('2025-03-10T00:00:00Z'), 2000);
    expect(plan.remove).toEqual(['audience:x:old', 'audience:x:mid']);
    expect(plan.index.accounts.map((a) => a.key)).toEqual(['audience:x:new', 'audience:x:now']);
  });
});

describe('the audience store', () => {
  it('records, deduplicates across calls and keeps an index in the same write', async () => {
    const store = createAudienceStore({ now: time.now });
    await store.record('instagram', 'PotteryPam', [{ handle: 'a' }, { handle: 'b' }]);
    time.days(1);
    const r = await store.record('instagram', 'potterypam', [{ handle: 'B' }, { handle: 'c' }]);
    expect(r.added).toBe(1);
    const local = await dump();
    const key = audienceKey('instagram', 'potterypam');
    expect(Object.keys(local).sort()).toEqual([AUDIENCE_INDEX_KEY, key]);
    expect((await store.get('instagram', 'potterypam'))!.entries.map((e) => `${e.handle}@${e.day}`)).toEqual(['a@2025-03-10', 'b@2025-03-10', 'c@2025-03-11']);
    expect(local[AUDIENCE_INDEX_KEY]).toEqual({ accounts: [{ key, entries: 3, updatedAt: '2025-03-11T12:00:00.000Z' }] });
  });

  it('holds the total bound by dropping the least recently updated samples', async () => {
    const store = createAudienceStore({ now: time.now });
    for (let i = 0; i < 11; i++) {
      await store.record('x', `acct${i}`, people(`f${i}_`, AUDIENCE_PER_ACCOUNT));
      time.days(1);
    }
    const keys = Object.keys(await dump()).filter((k) => k.startsWith('audience:'));
    expect(keys).toHaveLength(10); // 10 x 2,000 = the 20,000 total
    expect(keys).not.toContain(audienceKey('x', 'acct0'));
  });

  it('sets a damaged sample aside and keeps its valid entries', async () => {
    const key = audienceKey('x', 'pam');
    await fakeBrowser.storage.local.set({ [key]: { platform: 'x', handle: 'pam', seen: 'many', entries: [{ handle: 'ok', day: '2025-03-01' }, { handle: 5 }, { nope: true }] } });
    const store = createAudienceStore({ now: time.now });
    const sample = await store.get('x', 'pam');
    expect(sample!.entries).toEqual([{ handle: 'ok', day: '2025-03-01' }]);
    const aside = await quarantined();
    expect(aside).toHaveLength(1);
    expect(aside[0].key).toBe(key);
    expect((aside[0].value as { seen: string }).seen).toBe('many');
    // Storage now holds the salvaged sample, and recording works on top of it.
    await store.record('x', 'pam', [{ handle: 'next' }]);
    expect((await store.get('x', 'pam'))!.entries.map((e) => e.handle)).toEqual(['ok', 'next']);
  });

  it('rebuilds a damaged index from the samples, keeping the damaged one aside', async () => {
    const store = createAudienceStore({ now: time.now });
    await store.record('x', 'pam', [{ handle: 'a' }]);
    await fakeBrowser.storage.local.set({ [AUDIENCE_INDEX_KEY]: 'garbage' });
    await store.record('x', 'sam', [{ handle: 'b' }]);
    expect(((await dump())[AUDIENCE_INDEX_KEY] as { accounts: { key: string }[] }).accounts.map((a) => a.key).sort()).toEqual([audienceKey('x', 'pam'), audienceKey('x', 'sam')]);
    expect((await quarantined()).map((q) => q.key)).toEqual([AUDIENCE_INDEX_KEY]);
  });
});

describe('with the rest of the record', () => {
  it('is exported with everything (not with the shortlist) and the export still imports', async () => {
    const store = makeStore({ now: time.now });
    await store.audience.record('bluesky', 'pam.bsky.social', [{ handle: 'kate.bsky.social', hasPicture: true }]);
    const all = await store.exportData('all');
    expect(all.audience).toEqual([expect.objectContaining({ platform: 'bluesky', handle: 'pam.bsky.social', entries: [{ handle: 'kate.bsky.social', hasPicture: true, day: '2025-03-10' }] })]);
    expect((await store.exportData('shortlist')).audience).toBeUndefined();
    expect(parseImport(exportJson(all)).ok).toBe(true);
  });

  it('is deleted by "Delete all", and other extensions\' keys stay', async () => {
    await fakeBrowser.storage.local.set({ 'someone-else': 1 });
    const store = makeStore({ now: time.now });
    await store.audience.record('x', 'pam', [{ handle: 'a' }]);
    await store.deleteAll();
    expect(Object.keys(await dump())).toEqual(['someone-else']);
    expect(await store.audience.get('x', 'pam')).toBeNull();
  });
});
