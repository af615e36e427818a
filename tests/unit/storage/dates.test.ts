/**
 * Issue 17, defect 3: times from outside this browser (an imported file, a synced browser whose
 * clock is ahead) never make data immortal. A shortlist entry dated 9999 can be edited, removed and
 * deleted; history dated 9999 is refused on import and goes at the next retention pass; a removal
 * dated in the future does not remove an account for ever. Dates from far past to far future.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { isSaneTime } from '../../../lib/storage/dates';
import type { History, HistoryRecord, Shortlist, ShortlistEntry } from '../../../lib/storage/schema';
import { clock, dump, loadSample, makeStore, seed } from './support';
import { silence } from './quiet';

silence();

const v2 = loadSample('v2.json');
const sampleEntry = (v2.local.shortlist as Shortlist).entries[0];
const sampleRecord = (v2.local.history as History).records[0];
const FUTURE = '9999-12-31T00:00:00.000Z';
const file = (o: Record<string, unknown>) => JSON.stringify({ format: 'realreach-export', version: 1, ...o });

let time: ReturnType<typeof clock>;
beforeEach(async () => {
  await seed();
  time = clock('2025-03-10T12:00:00.000Z');
});

const syncEntry = (e: ShortlistEntry, at: string) => ({ platform: e.platform, handle: e.handle, note: e.note, tags: e.tags, addedAt: at, updatedAt: at });

describe('dates from outside are checked against a sane window', () => {
  it('isSaneTime: 2004 to a day past now, from far past to far future', () => {
    const now = new Date('2025-03-10T12:00:00.000Z');
    for (const t of ['0001-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '2003-12-31T23:59:59.000Z', '2025-03-11T12:00:01.000Z', '2100-01-01T00:00:00.000Z', FUTURE, '+275760-09-13T00:00:00.000Z', 'not a date', ''])
      expect(isSaneTime(t, now), t).toBe(false);
    for (const t of ['2004-01-01T00:00:00.000Z', '2019-06-01T00:00:00.000Z', '2025-03-10T12:00:00.000Z', '2025-03-11T11:00:00.000Z']) expect(isSaneTime(t, now), t).toBe(true);
  });

  it('an imported entry dated 9999 can be edited, removed, and deleted with "Delete all"', async () => {
    const store = makeStore({ now: time.now });
    const imported = await store.importData(file({ shortlist: [{ ...sampleEntry, addedAt: FUTURE, updatedAt: FUTURE }] }));
    expect(imported.ok).toBe(true);
    const [entry] = (await store.shortlistView()).entries;
    expect(isSaneTime(entry.updatedAt, time.now()) && isSaneTime(entry.addedAt, time.now())).toBe(true);
    time.days(1);
    const edited = await store.shortlistUpdate(entry.platform, entry.handle, { note: 'edited' });
    expect(edited.ok).toBe(true);
    await store.syncNow({ push: true });
    expect((await store.shortlistView()).entries.map((e) => e.note)).toEqual(['edited']);
    expect(await store.shortlistRemove([entry.key])).toEqual({ removed: 1 });
    await store.syncNow({ push: true });
    expect((await store.shortlistView()).entries).toEqual([]);
    await store.importData(file({ shortlist: [{ ...sampleEntry, addedAt: FUTURE, updatedAt: FUTURE }] }));
    await store.deleteAll();
    await store.syncNow({ push: true });
    expect((await store.shortlistView()).entries).toEqual([]);
  });

  it('a synced browser whose clock is ahead: its 9999 entry loses to an edit and to a removal here', async () => {
    await fakeBrowser.storage.sync.set({ [`sl:${sampleEntry.platform}:${sampleEntry.handle.toLowerCase()}`]: syncEntry(sampleEntry, FUTURE) });
    const store = makeStore({ now: time.now });
    await store.syncNow({ push: false });
    const [entry] = (await store.shortlistView()).entries;
    expect(entry?.handle).toBe(sampleEntry.handle);
    await store.shortlistUpdate(entry.platform, entry.handle, { note: 'mine' });
    await store.syncNow({ push: true });
    expect((await store.shortlistView()).entries.map((e) => e.note)).toEqual(['mine']);
    await store.shortlistRemove([entry.key]);
    await store.syncNow({ push: true });
    expect((await store.shortlistView()).entries).toEqual([]);
  });

  it('a local entry stored with a future date (before this fix) is brought back to now by the next sync, and the remote copy follows', async () => {
    await seed({ local: { shortlist: { entries: [{ ...sampleEntry, addedAt: FUTURE, updatedAt: FUTURE }] }, 'shortlist$': { v: 1 } } });
    const store = makeStore({ now: time.now });
    await store.syncNow({ push: true });
    const [entry] = (await store.shortlistView()).entries;
    expect(entry.updatedAt).toBe(time.now().toISOString());
    const remote = Object.values(await dump('sync')).find((v) => (v as ShortlistEntry).handle === sampleEntry.handle) as ShortlistEntry;
    expect(remote.updatedAt).toBe(time.now().toISOString());
  });

  it('a removal dated in the future does not keep an account off the shortlist for ever', async () => {
    const key = `${sampleEntry.platform}:${sampleEntry.handle.toLowerCase()}`;
    await fakeBrowser.storage.sync.set({ 'sl-removed': { keys: [{ key, at: FUTURE }], clearedAt: FUTURE } });
    const store = makeStore({ now: time.now });
    const added = await store.shortlistAdd({ platform: sampleEntry.platform, handle: sampleEntry.handle, note: 'wanted' });
    expect(added.ok).toBe(true);
    time.days(1);
    await store.syncNow({ push: true });
    expect((await store.shortlistView()).entries.map((e) => e.note)).toEqual(['wanted']);
  });

  it('history dated in the future is refused on import, and a stored one goes at the next retention pass', async () => {
    const store = makeStore({ now: time.now });
    const future: HistoryRecord = { ...sampleRecord, at: FUTURE, day: '9999-12-31' };
    const r = await store.importData(file({ history: [future] }));
    expect(r.ok && r.history.added).toBe(0);
    await seed({ local: { history: { records: [future] }, 'history$': { v: 2 } } });
    const again = makeStore({ now: time.now });
    await again.setSettings(await again.getSettings());
    expect(((await dump()).history as History).records).toEqual([]);
  });
});

describe('dates from far past to far future (property)', () => {
  it('whatever dates an imported entry or record carries, nothing stored is dated outside the sane window', async () => {
    const fc = (await import('fast-check')).default;
    const anyDate = fc.oneof(
      fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom(FUTURE, '1970-01-01T00:00:00.000Z', '2025-03-11T11:59:59.000Z', '2025-03-11T12:00:01.000Z'),
    );
    await fc.assert(
      fc.asyncProperty(anyDate, anyDate, async (added, updated) => {
        await seed();
        const store = makeStore({ now: time.now });
        const record: HistoryRecord = { ...sampleRecord, at: updated, day: updated.slice(-24, -14) };
        await store.importData(file({ shortlist: [{ ...sampleEntry, addedAt: added, updatedAt: updated }], history: [record] }));
        const local = await dump();
        const entries = ((local.shortlist as Shortlist | undefined)?.entries ?? []) as ShortlistEntry[];
        for (const e of entries) expect(isSaneTime(e.addedAt, time.now()) && isSaneTime(e.updatedAt, time.now())).toBe(true);
        for (const r of ((local.history as History | undefined)?.records ?? [])) expect(isSaneTime(r.at, time.now())).toBe(true);
      }),
      { seed: 20250101, numRuns: 150 },
    );
  });
});
