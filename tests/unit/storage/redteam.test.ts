/**
 * Issue 17, defects 6, 7 and 10: settings that go missing are reported and the safe choice kept; a
 * full quota never deletes valid history and its warning is stored (it outlives a worker restart);
 * damaged synced items are set aside once each, within a bound.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../../lib/score';
import { SYNC_SET_ASIDE_MAX } from '../../../lib/storage/quarantine';
import type { History, HistoryRecord, Settings } from '../../../lib/storage/schema';
import { clock, dump, loadSample, makeStore, profile, quarantined, seed } from './support';
import { silence } from './quiet';
import { defaultSettings } from '../../../lib/storage/settings';

silence();

const v2 = loadSample('v2.json');
let time: ReturnType<typeof clock>;
beforeEach(() => {
  time = clock('2025-03-10T12:00:00.000Z');
});

describe('settings that go missing (defect 6)', () => {
  // The saved layout-2 sample's settings as this version holds them (layout 3 adds the report brand).
  const mine: Settings = { ...defaultSettings(), ...(v2.local.settings as Settings) };

  it('restores them from the copy kept beside them, and says so', async () => {
    await seed(v2);
    const store = makeStore({ now: time.now });
    const off = { ...mine, sites: { ...mine.sites, tiktok: false }, retention: { ...mine.retention, days: 30 } };
    await store.setSettings(off);
    await fakeBrowser.storage.local.remove(['settings', 'settings$']);
    const restarted = makeStore({ now: time.now });
    expect(await restarted.getSettings()).toEqual(off);
    expect((await restarted.storageReport()).warnings.join('\n')).toMatch(/settings were missing .* restored/i);
  });

  it('gone together with their copy (or never saved): the defaults, the history untouched', async () => {
    await seed({ local: { history: v2.local.history, 'history$': { v: 2 } } });
    const store = makeStore({ now: time.now });
    expect(Object.values((await store.getSettings()).sites).every((on) => on !== false)).toBe(true);
    expect(((await dump()).history as History).records).toEqual((v2.local.history as History).records);
  });

  it('a new install (nothing stored) simply starts with the defaults, without a warning', async () => {
    await seed();
    const store = makeStore({ now: time.now });
    expect(Object.values((await store.getSettings()).sites).every((on) => on !== false)).toBe(true);
    expect((await store.storageReport()).warnings).toEqual([]);
  });
});

describe('a full quota (defect 7)', () => {
  it('deletes no valid history to make room, and the warning survives a restart', async () => {
    const records = Array.from({ length: 4000 }, (_, i) => {
      const at = new Date(Date.UTC(2025, 2, 9) - i * 60_000).toISOString();
      const r: HistoryRecord = { platform: 'x', handle: `acct${i % 400}`, day: at.slice(0, 10), at, page: 'profile', followers: { value: 1000 + i } };
      return r;
    }).reverse();
    await seed({ local: { history: { records }, 'history$': { v: 2 }, settings: v2.local.settings, 'settings$': { v: 2 } } });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // Near quota: any write that holds the history fails, as Chrome fails it.
    fakeBrowser.storage.local.set = async (items: Record<string, unknown>) => {
      if ('history' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    };
    try {
      const store = makeStore({ now: time.now });
      await store.pageReport(profile('x', 'newcomer', 5_000), analyzeSnapshot);
      await store.storageReport(); // waits for the queue
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect(((await dump()).history as History).records).toHaveLength(4000);
    const restarted = makeStore({ now: time.now });
    expect((await restarted.storageReport()).warnings.join('\n')).toMatch(/Storage is full.*nothing was deleted/);
  });
});

describe('damaged synced items (defect 10)', () => {
  it('are set aside once each, and never more than the bound', async () => {
    await seed();
    const store = makeStore({ now: time.now });
    for (let round = 0; round < 3; round++) {
      await fakeBrowser.storage.sync.set({ 'sl:x:broken': { platform: 'x', handle: 42 } });
      await store.syncNow({ push: true });
    }
    expect((await quarantined()).filter((q) => q.area === 'sync')).toHaveLength(1);
    for (let i = 0; i < SYNC_SET_ASIDE_MAX + 10; i++) {
      await fakeBrowser.storage.sync.set({ 'sl:x:broken': { platform: 'x', handle: i } });
      await store.syncNow({ push: true });
    }
    expect((await quarantined()).filter((q) => q.area === 'sync')).toHaveLength(SYNC_SET_ASIDE_MAX);
  });
});

describe('the "Also" items of issue 17', () => {
  it('CSV: a formula behind leading spaces, line breaks or invisible characters is neutralised', async () => {
    const { csvCell } = await import('../../../lib/storage/export');
    for (const cell of [' =HYPERLINK("http://x")', '\n=1+1', '\t=1', '\u200b=cmd', '\u00a0@SUM(A1)', '  +1', '\r\n-2', '＝1+1'])
      expect(csvCell(cell).replace(/^"/, ''), JSON.stringify(cell)).toMatch(/^'/);
    expect(csvCell('plain note')).toBe('plain note');
    expect(csvCell('a = b')).toBe('a = b');
  });

  it('a value nested deeper than browsers store is set aside whole, as JSON text', async () => {
    await seed();
    const { setAside, readSetAside } = await import('../../../lib/storage/quarantine');
    let deep: unknown = 'bottom';
    for (let i = 0; i < 500; i++) deep = { d: deep };
    await setAside({ key: 'sl:x:deep', area: 'sync', reason: 'test', value: deep });
    const [entry] = await readSetAside();
    expect(entry).toMatchObject({ encoding: 'json' });
    expect(JSON.parse(entry.value as string)).toEqual(deep);
  });
});
