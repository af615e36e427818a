/**
 * Corrupt or foreign data in storage: it is set aside under a quarantine key (never deleted),
 * reported in the storage report (shown in settings), and the extension keeps working with what
 * could be read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { History, Shortlist } from '../../../lib/storage/schema';
import { dump, loadSample, makeStore, profile, quarantined, recordingAnalyze, seed } from './support';
import { silence } from './quiet';

const v2 = loadSample('v3.json'); // the current layout (named v2 before layout 3)
const history = v2.local.history as History;
const shortlist = v2.local.shortlist as Shortlist;

silence();

describe('corrupt values in our keys', () => {
  it.each([
    ['a string', 'oops'],
    ['a number', 42],
    ['a list', [1, 2, 3]],
    ['an object of another shape', { accounts: { a: 1 } }],
  ])('history holding %s: set aside whole, an empty history in its place, visits recorded again', async (_label, bad) => {
    await seed({ local: { ...v2.local, history: bad } });
    const store = makeStore();
    const { analyze } = recordingAnalyze();
    const outcome = await store.pageReport(profile('instagram', 'someone.else', 48_300), analyze);
    expect(outcome.disabled).toBe(false);
    const aside = await quarantined();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'history', area: 'local', version: 2 });
    expect(aside[0].value).toEqual(bad);
    expect((await store.account('instagram', 'someone.else')).history).toHaveLength(1);
    // The shortlist and settings were not touched.
    expect((await dump()).shortlist).toEqual(v2.local.shortlist);
  });

  it('history with some damaged records: the whole value is kept aside, every valid record stays in use', async () => {
    const damaged = { records: [...history.records, { platform: 'x', handle: 'nadia_codes', day: '2025-02-11', at: 'yesterday' }, null, 'junk'] };
    await seed({ local: { ...v2.local, history: damaged } });
    const store = makeStore();
    const report = await store.storageReport();
    expect(report.history.records).toBe(history.records.length);
    expect(report.setAside).toHaveLength(1);
    expect(report.setAside[0]).toMatchObject({ key: 'history', area: 'local' });
    expect(report.setAside[0].reason).toMatch(/did not match format 2: records\.5\.at/);
    expect((await quarantined())[0].value).toEqual(damaged);
  });

  it('shortlist with a damaged entry and a damaged summary: the user\'s words of both are kept', async () => {
    const entries = [
      { ...shortlist.entries[0], summary: { ...shortlist.entries[0].summary, risk: 'high' } },
      shortlist.entries[1],
      { platform: 'instagram', handle: 'ghost', note: 5, tags: 'x' },
    ];
    await seed({ local: { ...v2.local, shortlist: { entries } } });
    const store = makeStore();
    const view = await store.shortlistView();
    expect(view.entries.map((e) => e.key)).toEqual(['instagram:cafe.ritual', 'x:nadia_codes']);
    expect(view.entries[0].note).toBe(shortlist.entries[0].note);
    expect(view.entries[0].summary).toBeUndefined();
    expect((await quarantined())[0].value).toEqual({ entries });
  });

  it('settings with some damaged fields: valid fields kept, defaults for the rest, the original kept aside', async () => {
    const bad = JSON.parse('{"sites":{"tiktok":false,"x":"no","__proto__":{"polluted":true}},"showBadge":"maybe","retention":{"days":30,"perAccount":-1,"total":"all"}}');
    await seed({ local: { ...v2.local, settings: bad } });
    const store = makeStore();
    const settings = await store.getSettings();
    expect(settings).toEqual({ sites: { tiktok: false }, showBadge: true, retention: { days: 30, perAccount: 365, total: 5000 }, brand: { name: '' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await quarantined()).toHaveLength(1);
  });

  it('a stored value with "__proto__" keys pollutes nothing', async () => {
    const hostile = JSON.parse('{"records":[{"__proto__":{"polluted":"yes"},"platform":"x","handle":"a","day":"2025-01-01","at":"2025-01-01T00:00:00Z"}],"__proto__":{"polluted":"yes"}}');
    await seed({ local: { ...v2.local, history: hostile } });
    const store = makeStore();
    const info = await store.account('x', 'a');
    expect(info.history).toHaveLength(1);
    expect(Object.getPrototypeOf(info.history[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('setting aside twice keeps both findings (one quarantine key each)', async () => {
    await seed({ local: { ...v2.local, history: 'first' } });
    await makeStore().storageReport();
    await fakeWrite({ history: 'second', 'history$': { v: 2 } });
    await makeStore().storageReport();
    expect((await quarantined()).map((q) => q.value).sort()).toEqual(['first', 'second']);
  });
});

describe('foreign data', () => {
  it('keys RealReach does not own are left alone', async () => {
    await seed({ local: { ...v2.local, 'other-tool': { x: 1 }, 'tab:3': 'leftover' } });
    const store = makeStore();
    await store.storageReport();
    const local = await dump();
    expect(local['other-tool']).toEqual({ x: 1 });
    expect(local['tab:3']).toBe('leftover');
  });

  it('sync items under our keys that do not validate are set aside locally, removed from sync, the rest merged', async () => {
    const sync = { ...v2.sync, 'sl:x:broken': { platform: 'x', note: 7 }, 'sl:x:mislabelled': { ...(v2.sync['sl:x:nadia_codes'] as object) }, 'sl-removed': 'garbage', unrelated: 1 };
    await seed({ local: v2.local, sync });
    const store = makeStore();
    await store.syncNow({ push: false });
    const aside = await quarantined();
    expect(aside.map((q) => `${q.area}:${q.key}`).sort()).toEqual(['sync:sl-removed', 'sync:sl:x:broken', 'sync:sl:x:mislabelled']);
    const remote = await dump('sync');
    expect(Object.keys(remote).sort()).toEqual(['sl:instagram:cafe.ritual', 'sl:x:nadia_codes', 'unrelated']);
    expect((await store.shortlistView()).entries).toHaveLength(2);
  });
});

describe('set-aside data in the storage report', () => {
  let store: ReturnType<typeof makeStore>;
  beforeEach(async () => {
    await seed({ local: { ...v2.local, shortlist: 'not a shortlist' } });
    store = makeStore();
  });
  afterEach(() => undefined);

  it('is listed with where it was, why and its size; "export everything" includes it; discarding needs the user', async () => {
    const report = await store.storageReport();
    expect(report.setAside).toHaveLength(1);
    expect(report.setAside[0]).toMatchObject({ key: 'shortlist', area: 'local', bytes: JSON.stringify('not a shortlist').length });
    const file = await store.exportData('all');
    expect(file.setAside?.[0].value).toBe('not a shortlist');
    expect(await store.discardSetAside()).toBe(1);
    expect((await store.storageReport()).setAside).toEqual([]);
  });
});

async function fakeWrite(items: Record<string, unknown>) {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  await fakeBrowser.storage.local.set(items);
}
