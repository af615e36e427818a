/**
 * Every migration, run against a saved sample of every storage layout (tests/fixtures/storage/vN.json),
 * through WXT's real `storage.defineItem` migration machinery on the fake browser: after the
 * upgrade every stored record is still there (converted), nothing is set aside from a clean
 * sample, and what a migration cannot carry over is set aside rather than dropped.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { accountKey } from '../../../lib/storage/account';
import { convertV1Record, historyV1ToV2, type HistoryV1Record } from '../../../lib/storage/migrations/history-v1-to-v2';
import { CURRENT_LAYOUT, HISTORY_VERSION, SETTINGS_VERSION, SHORTLIST_VERSION, STORAGE_LAYOUTS } from '../../../lib/storage/migrations';
import { settingsV1ToV2 } from '../../../lib/storage/migrations/settings-v1-to-v2';
import { settingsV2ToV3 } from '../../../lib/storage/migrations/settings-v2-to-v3';
import { shortlistV1ToV2 } from '../../../lib/storage/migrations/shortlist-v1-to-v2';
import { HistorySchema, SettingsSchema, ShortlistSchema, type History, type Shortlist } from '../../../lib/storage/schema';
import { dump, FIXTURES, loadSample, makeStore, quarantined, seed } from './support';
import { silence } from './quiet';

silence();

const v1 = loadSample('v1.json');
const v2 = loadSample('v2.json');
const v3 = loadSample('v3.json');
const v1History = v1.local.history as HistoryV1Record[];

describe('storage layouts', () => {
  it('has a saved sample of every layout, and the newest layout is the current one', () => {
    for (const n of Object.keys(STORAGE_LAYOUTS)) expect(existsSync(resolve(FIXTURES, `v${n}.json`)), `tests/fixtures/storage/v${n}.json`).toBe(true);
    expect(Math.max(...Object.keys(STORAGE_LAYOUTS).map(Number))).toBe(CURRENT_LAYOUT);
    expect(STORAGE_LAYOUTS[CURRENT_LAYOUT]).toEqual({ history: HISTORY_VERSION, shortlist: SHORTLIST_VERSION, settings: SETTINGS_VERSION });
  });

  it('the current sample is valid as it is', () => {
    expect(HistorySchema.safeParse(v3.local.history).success).toBe(true);
    expect(ShortlistSchema.safeParse(v3.local.shortlist).success).toBe(true);
    expect(SettingsSchema.safeParse(v3.local.settings).success).toBe(true);
  });
});

describe('history v1 -> v2 (pure)', () => {
  it('converts every record of the v1 sample, values intact, nothing rejected', () => {
    const { value, rejected } = historyV1ToV2(v1History);
    expect(rejected).toEqual([]);
    expect(value.records).toHaveLength(v1History.length);
    for (const old of v1History) {
      const r = value.records.find((x) => x.at === old.time && accountKey(x.platform, x.handle) === accountKey(old.platform, old.handle))!;
      expect(r, `${old.handle} ${old.date}`).toBeDefined();
      expect(r.day).toBe(old.date);
      expect(r.handle).toBe(old.handle);
      expect(r.followers?.value ?? null).toBe(old.followers ?? null);
      expect(r.following?.value ?? null).toBe(old.following ?? null);
      expect(r.posts?.value ?? null).toBe(old.posts ?? null);
      expect(r.engagement ?? null).toBe(old.engagement ?? null);
      expect(r.grade ?? null).toBe(old.grade ?? null);
    }
    expect(HistorySchema.safeParse(value).success).toBe(true);
  });

  it('refuses a value that is not a v1 list (WXT then leaves it in place)', () => {
    expect(() => historyV1ToV2({ records: [] })).toThrow(/list/);
    expect(() => historyV1ToV2('[]')).toThrow();
  });

  it('returns what it cannot convert: invalid records, and the earlier of two same-day records', () => {
    const input = [...v1History, { platform: 'myspace', handle: 'x' }, { ...v1History[0], time: '2024-03-01T08:00:00.000Z', followers: 1 }, 42];
    const { value, rejected } = historyV1ToV2(input);
    expect(value.records).toHaveLength(v1History.length);
    expect(rejected.map((r) => r.index).sort((a, b) => a - b)).toEqual([input.length - 3, input.length - 2, input.length - 1]);
  });

  it('loses nothing, whatever the input: every element is converted or returned as rejected (property)', () => {
    const record = fc.record(
      {
        platform: fc.constantFrom('instagram', 'x', 'tiktok', 'nope'),
        handle: fc.oneof(fc.constantFrom('a', 'b', 'B', '__proto__', 'constructor'), fc.string({ maxLength: 5 })),
        date: fc.constantFrom('2024-01-01', '2024-01-02', 'bad'),
        time: fc.constantFrom('2024-01-01T01:00:00Z', '2024-01-01T05:00:00Z', '2024-01-02T03:00:00Z', 'never'),
        followers: fc.oneof(fc.nat(), fc.constant(null), fc.constant(-1), fc.constant('12')),
        engagement: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)),
        grade: fc.constantFrom('A', 'F', null, 'Z'),
      },
      { requiredKeys: ['platform', 'handle', 'date', 'time'] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.anything()), { maxLength: 30 }), (input) => {
        const { value, rejected } = historyV1ToV2(input);
        expect(value.records.length + rejected.length).toBe(input.length);
        const rejectedIdx = new Set(rejected.map((r) => r.index));
        input.forEach((item, i) => {
          if (rejectedIdx.has(i)) expect(rejected.find((r) => r.index === i)!.value).toBe(item);
          else expect(value.records).toContainEqual(convertV1Record(item));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('settings v1 -> v2 (pure)', () => {
  it('carries the v1 sample over exactly', () => {
    const { value, lost } = settingsV1ToV2(v1.local.settings);
    expect(lost).toEqual([]);
    expect(value).toEqual({ sites: { tiktok: false }, showBadge: false, retention: { days: 3650, perAccount: 365, total: 5000 } });
  });

  it('reports what it cannot carry over exactly', () => {
    const { value, lost } = settingsV1ToV2({ disabled: ['tiktok', 'myspace'], badge: 'yes', keepDays: 100000 });
    expect(value.sites).toEqual({ tiktok: false });
    expect(value.showBadge).toBe(true);
    expect(value.retention.days).toBe(3650);
    expect(lost).toHaveLength(3);
  });
});

describe('upgrading a stored v1 sample through WXT (defineItem version + migrations)', () => {
  beforeEach(async () => seed(v1));

  it('migrates history and settings, sets their versions, and sets nothing aside', async () => {
    const store = makeStore();
    await store.ready;
    const local = await dump();
    expect(local['history$']).toEqual({ v: 2 });
    expect(local['settings$']).toEqual({ v: 3 });
    const history = HistorySchema.parse(local.history) as History;
    expect(history.records).toHaveLength(v1History.length);
    expect(history).toEqual(historyV1ToV2(v1History).value);
    expect(await store.getSettings()).toEqual(settingsV2ToV3(settingsV1ToV2(v1.local.settings).value));
    expect(await quarantined()).toEqual([]);
    // And the store works on the upgraded data.
    const info = await store.account('instagram', 'cafe.ritual');
    expect(info.history.map((r) => r.day)).toEqual(['2024-03-01', '2024-03-08', '2024-03-15', '2024-03-22']);
  });

  // Issue 17, defect 11: the original list is kept as found (it used to keep only the rejected records).
  it('a damaged v1 record: the others migrate, and the original list is set aside whole, as found', async () => {
    const original = [...v1History, { platform: 'instagram', handle: '', date: 'soon' }];
    await seed({ local: { ...v1.local, history: original } });
    const store = makeStore();
    await store.ready;
    expect(((await dump()).history as History).records).toHaveLength(v1History.length);
    const aside = await quarantined();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'history', area: 'local', version: 1 });
    expect(aside[0].value).toEqual(original);
    expect(aside[0].reason).toMatch(/1 record\(s\) could not be carried over: not a valid format-1 record/);
  });

  it('a bare list whose records hold fields format 1 does not have is kept as found beside the conversion', async () => {
    const original = v1History.map((r) => ({ ...(r as object), reach: 1234, comments: 5 }));
    await seed({ local: { history: original } });
    const store = makeStore();
    await store.ready;
    expect(((await dump()).history as History).records).toHaveLength(v1History.length);
    const aside = await quarantined();
    expect(aside.map((q) => q.value)).toEqual([original]);
    expect(aside[0].reason).toMatch(/fields format 1 does not have/);
  });

  it('a v1 value the migration cannot read at all stays in place, then is set aside on first read; the store keeps working', async () => {
    await seed({ local: { history: { some: 'other tool' }, settings: 'dark-mode' } });
    const store = makeStore();
    await store.ready;
    // WXT logged the failed migrations and left both values (still version 1) untouched.
    expect((await dump()).history).toEqual({ some: 'other tool' });
    const info = await store.account('x', 'nadia_codes');
    expect(info.history).toEqual([]);
    expect(await store.getSettings()).toMatchObject({ showBadge: true });
    const aside = await quarantined();
    expect(aside.map((q) => [q.key, q.value])).toEqual(
      expect.arrayContaining([
        ['history', { some: 'other tool' }],
        ['settings', 'dark-mode'],
      ]),
    );
    expect(aside.every((q) => /could not be upgraded from format 1/.test(q.reason))).toBe(true);
    expect((await dump())['history$']).toEqual({ v: 2 });
  });
});

describe('upgrading a stored v2 sample (layout 2 -> 3: shortlist 1 -> 2, settings 2 -> 3)', () => {
  beforeEach(async () => seed(v2));

  it('gives every shortlist entry a campaign and the settings an empty brand; nothing else changes, nothing set aside', async () => {
    const store = makeStore();
    await store.ready;
    const local = await dump();
    expect(local['shortlist$']).toEqual({ v: 2 });
    expect(local['settings$']).toEqual({ v: 3 });
    const before = (v2.local.shortlist as Shortlist).entries;
    const after = (local.shortlist as Shortlist).entries;
    expect(after).toHaveLength(before.length);
    after.forEach((e, i) => {
      expect(e).toEqual({ ...before[i], campaign: { status: 'to-contact', deliverables: '' } });
    });
    expect(await store.getSettings()).toEqual({ ...(v2.local.settings as object), brand: { name: '' } });
    expect(await quarantined()).toEqual([]);
    // The upgraded shortlist takes the new fields.
    const r = await store.shortlistCampaign('x', 'nadia_codes', { status: 'booked', rate: { amount: 900, currency: 'USD' }, deliverables: '3 posts' });
    expect(r.ok && r.entry.campaign?.status).toBe('booked');
  });

  it('sets aside a v1 shortlist entry that does not validate, keeps the others', async () => {
    const entries = [...(v2.local.shortlist as Shortlist).entries, { platform: 'x', handle: '', note: 5 }];
    const { value, rejected } = shortlistV1ToV2({ entries });
    expect(value.entries).toHaveLength(entries.length - 1);
    expect(rejected).toEqual([{ index: entries.length - 1, value: { platform: 'x', handle: '', note: 5 } }]);
    await seed({ local: { ...v2.local, shortlist: { entries } } });
    const store = makeStore();
    await store.ready;
    expect(((await dump()).shortlist as Shortlist).entries).toHaveLength(entries.length - 1);
    expect((await quarantined()).map((q) => [q.key, q.version])).toEqual([['shortlist', 1]]);
  });

  it('refuses settings of format 2 that do not validate (WXT leaves them; the store salvages on read)', () => {
    expect(() => settingsV2ToV3({ sites: {}, showBadge: 'yes' })).toThrow();
    expect(() => shortlistV1ToV2('nope')).toThrow();
  });
});

describe('the current sample (v3) loads unchanged', () => {
  beforeEach(async () => seed(v3));

  it('reads every item as stored, runs no migration, sets nothing aside', async () => {
    const before = await dump();
    const store = makeStore();
    await store.ready;
    const view = await store.shortlistView();
    expect(view.entries.map((e) => e.key)).toEqual(['instagram:cafe.ritual', 'x:nadia_codes']);
    expect(await store.getSettings()).toEqual(v3.local.settings);
    expect((await store.account('x', 'nadia_codes')).history).toEqual((v3.local.history as History).records.filter((r) => r.platform === 'x'));
    expect(await quarantined()).toEqual([]);
    expect(await dump()).toEqual(before);
  });
});

describe('a newer version wrote the data (downgrade)', () => {
  it('sets the newer value aside whole and keeps what this version can read', async () => {
    const newer = { records: (v3.local.history as History).records.map((r) => ({ ...r, extra: 'v3 field' })), index: { built: true } };
    await seed({ local: { ...v3.local, history: newer, 'history$': { v: 3 } } });
    const store = makeStore();
    const info = await store.account('instagram', 'cafe.ritual');
    expect(info.history).toHaveLength(2);
    const aside = await quarantined();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'history', version: 3 });
    expect(aside[0].value).toEqual(newer);
    expect(aside[0].reason).toMatch(/newer version/);
  });
});
