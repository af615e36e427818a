/**
 * Export (JSON, CSV) and import: a round trip loses nothing; an import merges without losing what
 * is stored; a malformed or hostile file (wrong types, huge strings, "__proto__" keys, thousands of
 * records, script links, markup) is refused whole with a clear error, or made harmless, and
 * storage is left exactly as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, csvFormat, CSV_PLAIN, exportFileName, exportJson, historyCsv, HISTORY_CSV_HEADER, neutraliseFormula, shortlistCsv, SHORTLIST_CSV_HEADER } from '../../../lib/storage/export';
import { parseImport } from '../../../lib/storage/import';
import type { History, HistoryRecord, Shortlist } from '../../../lib/storage/schema';
import { clock, dump, loadSample, makeStore, seed } from './support';
import { silence } from './quiet';

silence();

const v2 = loadSample('v3.json'); // the current layout (named v2 before layout 3)
const sampleShortlist = (v2.local.shortlist as Shortlist).entries;
const sampleHistory = (v2.local.history as History).records;

let time: ReturnType<typeof clock>;
let store: ReturnType<typeof makeStore>;
beforeEach(async () => {
  await seed(v2);
  time = clock('2025-03-10T12:00:00.000Z');
  store = makeStore({ now: time.now });
});

const file = (o: Record<string, unknown>) => JSON.stringify({ format: 'realreach-export', version: 1, ...o });

async function expectRefused(text: string, message: RegExp) {
  const before = await dump();
  const beforeSync = await dump('sync');
  const r = await store.importData(text);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(message);
  expect(await dump()).toEqual(before);
  expect(await dump('sync')).toEqual(beforeSync);
}

describe('export', () => {
  it('JSON of everything holds the shortlist, history, settings and set-aside data', async () => {
    const f = await store.exportData('all');
    expect(f).toMatchObject({ format: 'realreach-export', version: 1, scope: 'all', exportedAt: '2025-03-10T12:00:00.000Z' });
    expect(f.shortlist).toEqual(sampleShortlist);
    expect(f.history).toEqual(sampleHistory);
    expect(f.settings).toEqual(v2.local.settings);
    expect(f.setAside).toEqual([]);
  });

  it('JSON of the shortlist holds the shortlist only', async () => {
    const f = await store.exportData('shortlist');
    expect(Object.keys(f).sort()).toEqual(['exportedAt', 'format', 'scope', 'shortlist', 'version']);
  });

  it('CSV of the shortlist: one row per account, the columns the table shows', async () => {
    const csv = shortlistCsv((await store.exportData('shortlist')).shortlist);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(SHORTLIST_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2); // rows end in CRLF; a line break inside a quoted note is a bare LF
    expect(csv).toContain('instagram,cafe.ritual,Café Ritual,https://www.instagram.com/cafe.ritual/,B,80,medium,2.055,');
    expect(csv).toContain('"Coffee brand, spring campaign.\nAsk for audience stats."');
    expect(csv).toContain('coffee; spring');
  });

  it('CSV of everything: one row per account per day', async () => {
    const f = await store.exportData('all');
    const csv = historyCsv(f.history!, f.shortlist);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(HISTORY_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + sampleHistory.length);
    // Times in the user's time zone (issue 18: "local dates"), here pinned to UTC and to Madrid.
    expect(historyCsv(f.history!, f.shortlist, { ...CSV_PLAIN, timeZone: 'UTC' }).split('\r\n')[2]).toBe('x,nadia_codes,2025-02-01,2025-02-01 11:30,profile,47900,47850,47949,1040,12300,,0.09,,,,0.2,yes,,,,'); // no audience sample: its four columns empty
    expect(historyCsv(f.history!, f.shortlist, { ...CSV_PLAIN, timeZone: 'Europe/Madrid' }).split('\r\n')[2]).toContain(',2025-02-01 12:30,');
  });

  it('CSV cells a spreadsheet would run as formulas are neutralised; quotes, commas and line breaks are quoted', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\r\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    // Also after leading spaces, tabs or line breaks (spreadsheets skip them), and full-width signs.
    expect(csvCell('  =1+1')).toBe(`'  =1+1`);
    expect(csvCell('\n\n@SUM(A1)')).toBe(`"'\n\n@SUM(A1)"`);
    expect(csvCell('\t-3')).toBe(`'\t-3`);
    expect(csvCell('＝1+1')).toBe(`'＝1+1`);
    expect(csvCell('email a@b.c')).toBe('email a@b.c');
    expect(neutraliseFormula('plain')).toBe('plain');
  });

  it('CSV for a comma-decimal locale: semicolons, decimal commas, a BOM; read back with a CSV parser, every value is right', async () => {
    const fmt = csvFormat('es-ES', 'UTC');
    expect(fmt).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(csvFormat('en-US')).toMatchObject({ delimiter: ',', decimal: '.' });
    const entries = (await store.exportData('shortlist')).shortlist.map((e, i) =>
      i === 0 ? { ...e, note: '=cmd|calc; a "quoted" note', campaign: { status: 'booked' as const, rate: { amount: 1250.5, currency: 'EUR' }, deliverables: '2 reels; 3 stories', start: '2025-04-01' } } : e,
    );
    const csv = shortlistCsv(entries, undefined, fmt);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    const cafe = rows[0];
    expect(Object.keys(cafe)).toEqual([...SHORTLIST_CSV_HEADER]);
    expect(cafe['Handle']).toBe('cafe.ritual');
    expect(cafe['Name']).toBe('Café Ritual');
    expect(cafe['Engagement per follower (%)']).toBe('2,055');
    expect(Number(cafe['Engagement per follower (%)'].replace(',', '.'))).toBeCloseTo(2.055, 6);
    expect(cafe['Followers']).toBe('48213');
    expect(cafe['Score (0-100)']).toBe('80');
    expect(cafe['Status']).toBe('booked');
    expect(cafe['Rate']).toBe('1250,5');
    expect(cafe['Currency']).toBe('EUR');
    expect(cafe['Deliverables']).toBe('2 reels; 3 stories');
    expect(cafe['Campaign starts']).toBe('2025-04-01');
    expect(cafe['Note']).toBe(`'=cmd|calc; a "quoted" note`);
    expect(cafe['Added (local time)']).toBe('2025-02-01 10:05');
    expect(rows[1]['Handle']).toBe('nadia_codes');
    expect(rows[1]['Status']).toBe('to-contact');
    expect(rows[1]['Followers']).toBe(''); // not checked in this browser: left empty, never 0
    expect(exportFileName('shortlist', 'csv', new Date(2025, 2, 1, 23, 30), 2)).toBe('realreach-shortlist-2-accounts-2025-03-01.csv');
    expect(exportFileName('all', 'csv', new Date(2025, 2, 1), 120)).toBe('realreach-history-120-visits-2025-03-01.csv');
    expect(exportFileName('all', 'json', new Date(2025, 2, 1))).toBe('realreach-backup-everything-2025-03-01.json');
  });
});

describe('import', () => {
  it('a round trip into an empty browser restores everything', async () => {
    const text = exportJson(await store.exportData('all'));
    await seed();
    store = makeStore({ now: time.now });
    const r = await store.importData(text);
    expect(r).toMatchObject({ ok: true, shortlist: { added: 2 }, history: { added: sampleHistory.length }, settingsKept: true });
    const view = await store.shortlistView();
    expect(view.entries.map((e) => ({ ...e, key: undefined, sync: undefined, updatedAt: undefined }))).toEqual(
      sampleShortlist.map((e) => ({ ...e, key: undefined, sync: undefined, updatedAt: undefined })),
    );
    expect((await store.exportData('all')).history).toEqual(sampleHistory);
  });

  it('merges without losing anything stored: notes joined, tags united, stored days kept, new ones added', async () => {
    const r = await store.importData(
      file({
        shortlist: [
          { ...sampleShortlist[0], note: 'Rates went up in March.', tags: ['coffee', 'paid'] },
          { platform: 'youtube', handle: '@newchannel', note: '', tags: [], addedAt: '2025-03-01T00:00:00Z', updatedAt: '2025-03-01T00:00:00Z' },
        ],
        history: [
          { ...sampleHistory[0], followers: { value: 1 } }, // same day as a stored record: the stored one wins
          { platform: 'youtube', handle: '@newchannel', day: '2025-03-01', at: '2025-03-01T10:00:00.000Z', followers: { value: 5000 } },
        ],
      }),
    );
    expect(r).toMatchObject({ ok: true, shortlist: { added: 1, merged: 1 }, history: { added: 1, alreadyStored: 1 } });
    const cafe = (await store.shortlistView()).entries.find((e) => e.handle === 'cafe.ritual')!;
    expect(cafe.note).toBe(`${sampleShortlist[0].note}\n\nRates went up in March.`);
    expect(cafe.tags).toEqual(['coffee', 'spring', 'paid']);
    expect(cafe.summary).toEqual(sampleShortlist[0].summary);
    const history = (await store.exportData('all')).history!;
    expect(history).toContainEqual(sampleHistory[0]);
    expect(history).toHaveLength(sampleHistory.length + 1);
    // Importing the same file again changes nothing.
    const before = await dump();
    const again = await store.importData(file({ shortlist: [{ ...sampleShortlist[0], note: 'Rates went up in March.', tags: ['coffee', 'paid'] }] }));
    expect(again).toMatchObject({ ok: true, shortlist: { unchanged: 1, merged: 0, added: 0 } });
    expect(await dump()).toEqual(before);
  });

  it('thousands of records: merged within the history bounds, fast, nothing stored dropped', async () => {
    const many: HistoryRecord[] = [];
    for (let a = 0; a < 40; a++) {
      for (let d = 0; d < 250; d++) {
        const at = new Date(Date.parse('2024-06-01T12:00:00Z') + d * 86_400_000).toISOString();
        many.push({ platform: 'x', handle: `bulk${a}`, day: at.slice(0, 10), at, followers: { value: 1000 + d } });
      }
    }
    const started = performance.now();
    const r = await store.importData(file({ history: many }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = await store.storageReport();
    expect(report.history.records).toBeLessThanOrEqual(5000);
    expect(r.history.added + r.history.overLimits).toBe(many.length);
    const history = (await store.exportData('all')).history!;
    for (const stored of sampleHistory) expect(history).toContainEqual(stored);
  });

  describe('refuses, and changes nothing:', () => {
    it('text that is not JSON', () => expectRefused('{"format": "realreach-export", ', /not valid JSON/));
    it('JSON that is not an export', () => expectRefused('[1,2,3]', /not a RealReach export/));
    it('another tool\'s file', () => expectRefused('{"format":"other","items":[]}', /not a RealReach export/));
    it('a newer export format', () => expectRefused(file({ version: 2 }), /newer version/));
    it('wrong types', () => expectRefused(file({ history: [{ ...sampleHistory[0], followers: { value: '48,213' } }] }), /history\[0\]\.followers\.value: expected number/));
    it('a shortlist that is not a list', () => expectRefused(file({ shortlist: { 0: sampleShortlist[0] } }), /shortlist: expected array/));
    it('a huge note', () => expectRefused(file({ shortlist: [{ ...sampleShortlist[0], note: 'x'.repeat(1_000_000) }] }), /shortlist\[0\]\.note: text longer than 2000 characters/));
    it('a huge handle', () => expectRefused(file({ history: [{ ...sampleHistory[0], handle: 'h'.repeat(5000) }] }), /handle: text longer than 200/));
    it('a file over the size limit', () => expectRefused(' '.repeat(20_000_001), /too large/));
    it('a script link as the profile address', () => expectRefused(file({ shortlist: [{ ...sampleShortlist[0], url: 'javascript:alert(document.cookie)' }] }), /url: expected an http\(s\) address/));
    it('too many shortlist entries', () => expectRefused(file({ shortlist: Array(10_001).fill(sampleShortlist[1]) }), /more than 10000 items/));
    it('NaN-like and out-of-range numbers', () => expectRefused(file({ history: [{ ...sampleHistory[0], risk: 7 }] }), /risk: a number above 1/));
    it('an unknown platform', () => expectRefused(file({ history: [{ ...sampleHistory[0], platform: 'myspace' }] }), /platform: expected "instagram" or/));
  });

  it('"__proto__", "constructor" and "prototype" keys reach no prototype and are not stored', async () => {
    const hostile =
      '{"format":"realreach-export","version":1,"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},' +
      '"shortlist":[{"__proto__":{"isAdmin":true,"polluted":"entry"},"platform":"x","handle":"__proto__","note":"n","tags":["__proto__"],' +
      '"addedAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z","summary":{"__proto__":{"polluted":"summary"},"checkedAt":"2025-01-01T00:00:00Z","engagement":[],"signals":[],"risk":0,"postsUsed":0}}],' +
      '"history":[{"__proto__":{"polluted":"record"},"platform":"x","handle":"__proto__","day":"2025-01-01","at":"2025-01-01T00:00:00Z","followers":{"value":1,"__proto__":{"polluted":"count"}}}]}';
    const r = await store.importData(hostile);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).isAdmin).toBeUndefined();
    const stored = JSON.stringify(await dump());
    expect(stored).not.toContain('polluted');
    expect(stored).not.toContain('isAdmin');
    const entry = (await store.shortlistView()).entries.find((e) => e.handle === '__proto__')!;
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(entry.key).toBe('x:__proto__');
  });

  it('markup in notes is stored as text (the UI renders it as text: tests/unit/ui/vetting-render.test.tsx)', async () => {
    const note = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const r = await store.importData(file({ shortlist: [{ ...sampleShortlist[1], handle: 'html_note', note }] }));
    expect(r.ok).toBe(true);
    expect((await store.shortlistView()).entries.find((e) => e.handle === 'html_note')!.note).toBe(note);
  });

  it('parses its own export format strictly but accepts a BOM', () => {
    expect(parseImport('\uFEFF' + file({})).ok).toBe(true);
    expect(parseImport(file({ settings: { anything: true }, setAside: [1] })).ok).toBe(true);
  });
});

describe('delete all', () => {
  it('removes history, shortlist, settings and set-aside data, keeps other keys, and the store works after', async () => {
    await seed({ local: { ...v2.local, 'quarantine:x': { id: 'quarantine:x' }, 'someone-else': 1 }, sync: v2.sync });
    store = makeStore({ now: time.now });
    await store.deleteAll();
    const local = await dump();
    expect(Object.keys(local)).toEqual(['someone-else']);
    const sync = await dump('sync');
    expect(Object.keys(sync)).toEqual(['sl-removed']);
    expect((await store.shortlistView()).entries).toEqual([]);
    expect(await store.getSettings()).toMatchObject({ showBadge: true, sites: {} });
    const added = await store.shortlistAdd({ platform: 'x', handle: 'fresh' });
    expect(added.ok).toBe(true);
  });
});
