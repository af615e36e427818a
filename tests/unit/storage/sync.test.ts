/**
 * The shortlist in storage.sync: within Chrome's quotas (checked by a sync area that enforces them
 * as Chrome does), one item per account, merged across browsers without losing anything, removals
 * followed, and what does not fit kept locally and reported.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM } from '../../../lib/storage/limits';
import type { Shortlist, ShortlistEntry } from '../../../lib/storage/schema';
import { addRemovals, emptyRemovals, itemBytes, planSync, pushToSync, readRemote, reconcile, type SyncArea } from '../../../lib/storage/sync';
import { clock, makeStore, seed } from './support';
import { silence } from './quiet';

silence();

/** A sync area that refuses writes beyond Chrome's quotas, with Chrome's error messages. */
class QuotaSync implements SyncArea {
  data: Record<string, unknown> = {};
  writes = 0;
  async get(keys?: null | string | string[]) {
    if (keys == null) return structuredClone(this.data);
    const list = Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    this.writes++;
    const next = { ...this.data, ...structuredClone(items) };
    for (const [k, v] of Object.entries(items)) if (itemBytes(k, v) > SYNC_QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (Object.keys(next).length > SYNC_MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    if (Object.entries(next).reduce((n, [k, v]) => n + itemBytes(k, v), 0) > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    this.data = next;
  }
  async remove(keys: string | string[]) {
    this.writes++;
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
  bytes() {
    return Object.entries(this.data).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
  }
}

function entry(handle: string, o: Partial<ShortlistEntry> = {}): ShortlistEntry {
  return { platform: 'instagram', handle, note: '', tags: [], addedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...o };
}
const list = (...entries: ShortlistEntry[]): Shortlist => ({ entries });
/** The largest valid entry in CJK script (3 bytes a character): 2,000-character note, 300-character name, 12 tags of 40. */
const hugeEntry = (handle: string) =>
  entry(handle, { note: '界'.repeat(2000), name: '界'.repeat(300), tags: Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(65 + i)}${'界'.repeat(39)}`) });
const minute = (n: number) => new Date(Date.parse('2025-01-01T00:00:00.000Z') + n * 60_000).toISOString();

describe('planning what fits', () => {
  it('one item per account, the user\'s words only (no analysis)', () => {
    const e = entry('a', { note: 'hi', tags: ['t'], summary: { checkedAt: minute(1), engagement: [], signals: [], risk: 0, postsUsed: 0 } });
    const plan = planSync([e], emptyRemovals());
    expect([...plan.items.keys()]).toEqual(['sl:instagram:a']);
    expect(plan.items.get('sl:instagram:a')).not.toHaveProperty('summary');
    expect(plan.state.get('instagram:a')).toBe('synced');
  });

  it('an entry over 8 kB stays local ("too-large"); the others still sync', () => {
    const big = hugeEntry('big'); // valid, yet over 8 kB in UTF-8
    const plan = planSync([big, entry('small')], emptyRemovals());
    expect(plan.state.get('instagram:big')).toBe('too-large');
    expect(plan.state.get('instagram:small')).toBe('synced');
  });

  it('past the total quota, the most recently added stay local ("no-room"); the oldest keep their place', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => entry(`acct${String(i).padStart(2, '0')}`, { note: 'n'.repeat(2900), addedAt: minute(i), updatedAt: minute(i) }));
    const plan = planSync(entries, emptyRemovals());
    const synced = entries.filter((e) => plan.state.get(`instagram:${e.handle}`) === 'synced');
    expect(synced.length).toBeGreaterThan(25);
    expect(synced.length).toBeLessThan(40);
    expect(synced).toEqual(entries.slice(0, synced.length));
    const area = new QuotaSync();
    await pushToSync(area, list(...entries), emptyRemovals());
    expect(area.bytes()).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
  });

  it('never more items than the quota allows', async () => {
    const entries = Array.from({ length: 600 }, (_, i) => entry(`a${i}`, { addedAt: minute(i) }));
    const area = new QuotaSync();
    const plan = await pushToSync(area, list(...entries), emptyRemovals());
    expect(Object.keys(area.data).length).toBeLessThanOrEqual(SYNC_MAX_ITEMS);
    expect([...plan.state.values()].filter((s) => s === 'no-room').length).toBeGreaterThan(0);
  });

  it('pushes only what changed, in at most two writes', async () => {
    const area = new QuotaSync();
    await pushToSync(area, list(entry('a'), entry('b')), emptyRemovals());
    area.writes = 0;
    await pushToSync(area, list(entry('a'), entry('b')), emptyRemovals());
    expect(area.writes).toBe(0);
    await pushToSync(area, list(entry('a', { note: 'new' })), emptyRemovals());
    expect(area.writes).toBe(2);
    expect(Object.keys(area.data)).toEqual(['sl:instagram:a']);
  });
});

describe('merging what sync holds', () => {
  it('adds accounts from other browsers, takes newer words, keeps local-only accounts', async () => {
    const area = new QuotaSync();
    await pushToSync(area, list(entry('remote', { note: 'from laptop' }), entry('shared', { note: 'new words', updatedAt: minute(5) })), emptyRemovals());
    const local = list(entry('shared', { note: 'old words', updatedAt: minute(1), tags: ['mine'] }), entry('local-only'));
    const r = reconcile(local, await readRemote(area));
    expect(r.list.entries.map((e) => [e.handle, e.note])).toEqual([
      ['shared', 'new words'],
      ['local-only', ''],
      ['remote', 'from laptop'],
    ]);
    expect(r).toMatchObject({ added: 1, updated: 1, removed: 0 });
  });

  it('an item merely missing from sync removes nothing', async () => {
    const r = reconcile(list(entry('a'), entry('b')), await readRemote(new QuotaSync()));
    expect(r.changed).toBe(false);
  });

  it('an account removed in another browser after its last change here goes; one changed here since stays', async () => {
    const area = new QuotaSync();
    const removals = addRemovals(emptyRemovals(), ['instagram:gone', 'instagram:readded'], new Date(minute(10)));
    await pushToSync(area, list(), removals);
    const local = list(entry('gone', { updatedAt: minute(3) }), entry('readded', { updatedAt: minute(20) }));
    const r = reconcile(local, await readRemote(area));
    expect(r.list.entries.map((e) => e.handle)).toEqual(['readded']);
  });

  it('the removals list stays within one item', () => {
    let removals = emptyRemovals();
    for (let i = 0; i < 300; i++) removals = addRemovals(removals, [`youtube:${'x'.repeat(150)}${i}`], new Date(minute(i)));
    expect(itemBytes('sl-removed', removals)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(removals.keys[removals.keys.length - 1].key).toMatch(/299$/);
  });
});

describe('two browsers sharing one sync area (through the store)', () => {
  let time: ReturnType<typeof clock>;
  beforeEach(async () => {
    await seed();
    time = clock();
  });

  /** Runs `fn` as another browser: its own storage.local, the same sync area. */
  async function asBrowser(local: Record<string, unknown>, fn: (store: ReturnType<typeof makeStore>) => Promise<void>): Promise<Record<string, unknown>> {
    const sync = await fakeBrowser.storage.sync.get(null);
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(local);
    await fakeBrowser.storage.sync.set(sync);
    const store = makeStore({ now: time.now });
    await fn(store);
    return fakeBrowser.storage.local.get(null);
  }

  it('an account added in A appears in B with its note; removed in B, it goes from A', async () => {
    const a = await asBrowser({}, async (s) => {
      await s.shortlistAdd({ platform: 'x', handle: 'nadia_codes', note: 'from A', tags: ['tech'] });
    });
    time.days(1);
    const b = await asBrowser({}, async (s) => {
      await s.syncNow({ push: true });
      const v = await s.shortlistView();
      expect(v.entries.map((e) => [e.key, e.note, e.tags])).toEqual([['x:nadia_codes', 'from A', ['tech']]]);
      expect(v.entries[0].summary).toBeUndefined();
      await s.shortlistRemove(['x:nadia_codes']);
    });
    void b;
    time.days(1);
    await asBrowser(a, async (s) => {
      await s.syncNow({ push: true });
      expect((await s.shortlistView()).entries).toEqual([]);
    });
  });

  it('adding an account again in the same instant as its removal (or after a removal stamped by a clock ahead) keeps it', async () => {
    await asBrowser({}, async (s) => {
      await s.shortlistAdd({ platform: 'x', handle: 'again' });
      await s.shortlistRemove(['x:again']);
      await s.shortlistAdd({ platform: 'x', handle: 'again', note: 'back' });
      await s.syncNow({ push: true });
      expect((await s.shortlistView()).entries.map((e) => e.note)).toEqual(['back']);
      expect((await fakeBrowser.storage.sync.get('sl-removed'))['sl-removed']).toBeUndefined(); // its removal mark is gone
    });
  });

  it('the view says which accounts are kept in this browser only', async () => {
    await asBrowser({ shortlist: { entries: [hugeEntry('big')] }, 'shortlist$': { v: 1 } }, async (s) => {
      await s.shortlistAdd({ platform: 'instagram', handle: 'small', note: 'ok' });
      const v = await s.shortlistView();
      expect(v.entries.map((e) => [e.handle, e.sync])).toEqual([
        ['big', 'too-large'],
        ['small', 'synced'],
      ]);
      expect(v.sync).toMatchObject({ available: true, synced: 1, tooLarge: 1, noRoom: 0 });
    });
  });

  it('without sync storage everything still works, and says so', async () => {
    const store = makeStore({ now: time.now, sync: null });
    const r = await store.shortlistAdd({ platform: 'x', handle: 'a' });
    expect(r.ok && r.entry.sync).toBe('off');
    expect((await store.shortlistView()).sync.available).toBe(false);
  });

  it('a failing sync area (quota, network) loses nothing locally and reports the error', async () => {
    const failing: SyncArea = {
      get: async () => ({}),
      set: async () => {
        throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
      },
      remove: async () => undefined,
    };
    const store = makeStore({ now: time.now, sync: failing });
    const r = await store.shortlistAdd({ platform: 'x', handle: 'a', note: 'keep me' });
    expect(r.ok).toBe(true);
    const v = await store.shortlistView();
    expect(v.entries[0].note).toBe('keep me');
    expect(v.sync.error).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
  });

  it('"delete all" clears the shortlist in the other browsers too', async () => {
    const a = await asBrowser({}, async (s) => {
      await s.shortlistAdd({ platform: 'x', handle: 'one' });
      await s.shortlistAdd({ platform: 'x', handle: 'two' });
    });
    time.days(1);
    await asBrowser({}, async (s) => {
      await s.syncNow({ push: true });
      expect((await s.shortlistView()).entries).toHaveLength(2);
      await s.deleteAll();
    });
    time.days(1);
    await asBrowser(a, async (s) => {
      await s.syncNow({ push: true });
      expect((await s.shortlistView()).entries).toEqual([]);
      // Added again afterwards: it stays.
      await s.shortlistAdd({ platform: 'x', handle: 'three' });
      await s.syncNow({ push: true });
      expect((await s.shortlistView()).entries.map((e) => e.handle)).toEqual(['three']);
    });
  });
});
