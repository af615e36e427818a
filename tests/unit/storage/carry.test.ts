/**
 * The evidence sections carried beyond the popup (issues 14 and 15, "the comparison and exports
 * carry it"): what a shortlist summary keeps of a page's sponsored posts, comments, price inputs and
 * cadence; how a newer page replaces it; the price band computed in the user's currency and lowered
 * by a pod; and through the store: exports (JSON and CSV) carry it with the audience sample and the
 * posts opened, an import brings both back validated and bounded, "Delete all" removes them.
 */
import { english } from '../../../lib/words-en';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { evidenceReport, priceInputFor } from '../../../lib/evidence';
import type { PostObservation } from '../../../lib/evidence/pods';
import { analyzeSnapshot } from '../../../lib/score';
import type { Snapshot } from '../../../lib/snapshot';
import { instagram } from '../../../lib/sites/instagram';
import { readExtras as instagramExtras } from '../../../lib/sites/instagram/extras';
import { withExtras } from '../../../lib/sites/extras';
import { AUDIENCE_PER_ACCOUNT } from '../../../lib/storage/audience';
import { entryEvidence, extrasFromStored } from '../../../lib/storage/entry-evidence';
import { exportJson, SHORTLIST_CSV_HEADER, shortlistCsv, historyCsv, HISTORY_CSV_HEADER, CSV_PLAIN } from '../../../lib/storage/export';
import { SummarySchema, type ShortlistEntry } from '../../../lib/storage/schema';
import { summaryFrom } from '../../../lib/storage/shortlist';
import { carryEvidence, QUOTE_MAX, QUOTES_KEPT, SECTION_FRESH_MS, summaryEvidenceFrom, type SummaryEvidence } from '../../../lib/storage/summary-evidence';
import { REPO_ROOT } from '../../support/shared';
import { clock, dump, makeStore, profile, recordingAnalyze, seed } from './support';
import { silence } from './quiet';

silence();

const POST_URL = 'https://www.instagram.com/p/C8glowAAAAA/';
function fixture(file: string): Snapshot {
  const doc = parseHTML(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/instagram', file), 'utf8')).document as unknown as Document;
  const snap = instagram.read(doc, POST_URL)!;
  return withExtras(snap, instagramExtras(doc, snap));
}

describe('what a shortlist summary keeps of the evidence', () => {
  it('a post with a discount code and no disclosure: the flag with its evidence quoted, the comments judged; no caption or comment text', () => {
    const snap = fixture('evidence-post-undisclosed.html');
    const summary = summaryFrom(snap, analyzeSnapshot(snap, []), new Date('2025-03-10T12:00:00Z'));
    const ev = summary.evidence!;
    expect(ev.sponsored).toMatchObject({ known: 1, undisclosed: 1 });
    expect(ev.sponsored!.quotes).toEqual(expect.arrayContaining(['code LENA15', '15% off', 'liketk.it/4glow']));
    expect(ev.comments).toMatchObject({ total: 9, generic: 3, duplicates: 1, unrelated: 1, verdict: 'elevated' });
    // Captions and comments stay out of the shortlist: only the quoted commercial evidence is kept.
    const text = JSON.stringify(summary);
    expect(text).not.toContain(snap.posts[0].caption!.slice(0, 40));
    for (const c of snap.comments!) if (c.text.length > 12) expect(text).not.toContain(c.text);
  });

  it('the same post with "Paid partnership": sponsored, not flagged', () => {
    const snap = fixture('evidence-post-label.html');
    const ev = summaryFrom(snap, analyzeSnapshot(snap, []), new Date('2025-03-10T12:00:00Z')).evidence!;
    expect(ev.sponsored).toMatchObject({ known: 1, undisclosed: 0, quotes: [], sponsored: { posts: 1 }, organic: { posts: 0 } });
  });

  it('a profile page keeps the price band\'s inputs and the cadence', () => {
    const snap = profile('instagram', 'mia', 40_000, { posts: 8 });
    snap.posts.forEach((p, i) => (p.postedAt = new Date(Date.UTC(2025, 2, 10) - i * 2 * 86_400_000).toISOString()));
    const ev = summaryFrom(snap, analyzeSnapshot(snap, []), new Date('2025-03-10T12:00:00Z')).evidence!;
    expect(ev.price).toMatchObject({ followers: 40_000 });
    expect(ev.cadence).toMatchObject({ dated: 8 });
    expect(ev.cadence!.perWeek).toBeCloseTo(3.5, 5); // 7 gaps over 14 days
  });

  it('bounds what it keeps: a longer quote or more quotes do not validate, and the builder cuts them', () => {
    const snap = fixture('evidence-post-undisclosed.html');
    const report = evidenceReport(snap, null);
    report.sponsored.undisclosed[0].evidence = Array.from({ length: 20 }, (_, i) => `${i}`.repeat(500));
    const ev = summaryEvidenceFrom(report, snap, priceInputFor(snap, null, null, null), '2025-03-10T12:00:00.000Z')!;
    expect(ev.sponsored!.quotes).toHaveLength(QUOTES_KEPT);
    expect(Math.max(...ev.sponsored!.quotes.map((q) => q.length))).toBe(QUOTE_MAX);
    const base = summaryFrom(snap, analyzeSnapshot(snap, []), new Date('2025-03-10T12:00:00Z'));
    const tooLong = { ...base, evidence: { ...ev, sponsored: { ...ev.sponsored!, quotes: ['x'.repeat(QUOTE_MAX + 1)] } } };
    expect(SummarySchema.safeParse(tooLong).success).toBe(false);
    const tooMany = { ...base, evidence: { ...ev, sponsored: { ...ev.sponsored!, quotes: Array(QUOTES_KEPT + 1).fill('a') } } };
    expect(SummarySchema.safeParse(tooMany).success).toBe(false);
  });

  it('a later page replaces a section only when it rests on as many posts, or the kept one is over a week old', () => {
    const at = '2025-03-10T12:00:00.000Z';
    const side = { posts: 1, rated: 1 };
    const sponsored = (known: number, when = at) => ({ at: when, known, sponsored: side, organic: side, undisclosed: 0, quotes: [] });
    const kept: SummaryEvidence = { sponsored: sponsored(12), cadence: { at, dated: 12, perWeek: 3 } };
    const onePost: SummaryEvidence = { sponsored: sponsored(1, '2025-03-11T12:00:00.000Z') };
    const now = new Date('2025-03-11T12:00:00Z');
    expect(carryEvidence(kept, onePost, now)!.sponsored!.known).toBe(12);
    expect(carryEvidence(kept, { sponsored: sponsored(12, now.toISOString()) }, now)!.sponsored!.at).toBe(now.toISOString());
    const later = new Date(Date.parse(at) + SECTION_FRESH_MS + 1);
    expect(carryEvidence(kept, onePost, later)!.sponsored!.known).toBe(1);
    // A section the new page does not have is kept as it was.
    expect(carryEvidence(kept, onePost, now)!.cadence).toEqual(kept.cadence);
  });
});

const entry = (over: Partial<ShortlistEntry> = {}): ShortlistEntry => ({
  platform: 'instagram', handle: 'mia', note: '', tags: [], addedAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z',
  summary: {
    checkedAt: '2025-03-10T12:00:00.000Z', engagement: [], signals: [], risk: 0.1, postsUsed: 12, followers: { value: 40_000 },
    evidence: { price: { at: '2025-03-10T12:00:00.000Z', followers: 40_000, confidence: 'high', engagementPosition: 'typical' } },
  },
  ...over,
});

const podObservations = (n: number): PostObservation[] =>
  Array.from({ length: n }, (_, i) => ({
    platform: 'instagram', handle: 'mia', post: `P${i}`, at: `2025-03-0${i + 1}T10:00:00.000Z`,
    commenters: ['pa', 'pb', 'pc', 'pd'].map((a, p) => ({ a, p, g: true, x: 'nice pic' })),
  }));

describe('the price band as the comparison and exports show it', () => {
  it('is the cited tier range, in the user\'s currency, with formula and sources', () => {
    const usd = entryEvidence(entry()).price!;
    expect(usd.bands[0]).toMatchObject({ type: 'post', low: 100, high: 500, currency: 'USD', tier: 'micro' });
    expect(english(usd.bands[0].formula)).toContain('micro accounts');
    expect(usd.bands[0].sources.map(english).join(' ')).toContain('Influencer Marketing Hub');
    const eur = entryEvidence(entry(), { currency: { code: 'EUR', perUsd: 0.9 } }).price!;
    expect(eur.bands[0]).toMatchObject({ low: 90, high: 450, currency: 'EUR' });
  });

  it('moves down with a pod among the posts opened, and with weaker engagement, as its formula says', () => {
    const plain = entryEvidence(entry()).price!.bands[0];
    const withPod = entryEvidence(entry(), { observations: podObservations(3) });
    expect(withPod.pods).toEqual({ postsSeen: 3, named: 4, pattern: 4, likelyPod: true });
    expect(withPod.price!.discounts.map((d) => d.id)).toEqual(['pod']);
    expect(withPod.price!.bands[0].low).toBe(plain.low * 0.75);
    const weak = entry();
    weak.summary!.evidence!.price!.engagementPosition = 'far-below';
    expect(entryEvidence(weak).price!.bands[0].high).toBe(plain.high! * 0.5);
  });
});

describe('the CSV\'s price and cadence columns', () => {
  it('write the band in the user\'s currency and the cadence, in a comma-decimal locale too', () => {
    const e = entry();
    e.summary!.evidence!.cadence = { at: '2025-03-10T12:00:00.000Z', dated: 9, perWeek: 2.5, trend: { direction: 'falling', change: -0.35, newer: 4, older: 4, basis: 'followers' } };
    const csv = shortlistCsv([e], undefined, { delimiter: ';', decimal: ',' }, new Map([['instagram:mia', { currency: { code: 'EUR', perUsd: 0.9 }, observations: podObservations(3) }]]));
    const [header, row] = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    const cells = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cells).toMatchObject({
      'Price band type': 'post', 'Price band from': '68', 'Price band to': '340', 'Price band currency': 'EUR', 'Price band discount factor': '0,75',
      'Accounts commenting on most of them': '4', 'Likely engagement pod': 'yes',
      'Posts per week': '2,5', 'Dated posts': '9', 'Engagement trend': 'falling', 'Engagement trend change (%)': '-35',
    });
  });
});

describe('through the store', () => {
  const time = clock();
  beforeEach(async () => {
    await seed();
    time.set('2025-03-10T12:00:00.000Z');
  });

  async function shortlistedWithEvidence() {
    const store = makeStore({ now: time.now });
    const { analyze } = recordingAnalyze();
    await store.shortlistAdd({ platform: 'instagram', handle: 'lena.travels' });
    const post = fixture('evidence-post-undisclosed.html');
    await store.pageReport(post, analyze);
    await store.audience.record('instagram', 'lena.travels', [
      ...Array.from({ length: 30 }, (_, i) => ({ handle: `user${84629173 + i * 7919}`, hasPicture: false })),
      ...Array.from({ length: 90 }, (_, i) => ({ handle: `${'abcdefghij'[i % 10]}${'klmnopqrs'[i % 9]}.${'tuvwxyz'[i % 7]}ama`, hasPicture: true, name: 'A Friend' })),
    ]);
    return { store, post };
  }

  it('a shortlisted account\'s page report stores the evidence in its summary', async () => {
    const { store, post } = await shortlistedWithEvidence();
    const e = (await store.shortlistView()).entries[0];
    expect(post.profile.handle).toBe('lena.travels');
    expect(e.summary!.evidence!.sponsored!.undisclosed).toBe(1);
    expect(e.summary!.evidence!.comments!.total).toBe(9);
  });

  it('the shortlist JSON carries its accounts\' sample and posts opened; the CSV carries every section', async () => {
    const { store } = await shortlistedWithEvidence();
    await store.audience.record('x', 'not_listed', [{ handle: 'someone' }]);
    const file = await store.exportData('shortlist');
    expect(file.audience!.map((a) => a.handle)).toEqual(['lena.travels']);
    expect(file.evidence!.map((o) => o.handle)).toEqual(['lena.travels']);
    const csv = shortlistCsv(file.shortlist, undefined, CSV_PLAIN, extrasFromStored(file.audience, file.evidence));
    const [header, row] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual([...SHORTLIST_CSV_HEADER]);
    expect(SHORTLIST_CSV_HEADER.every((h) => !/[,;]/.test(h))).toBe(true);
    const cells = Object.fromEntries(SHORTLIST_CSV_HEADER.map((h, i) => [h, row[i]]));
    expect(cells['Followers seen in the list']).toBe('120');
    const [share, from, to] = ['Followers that look fake (%)', 'Look fake: interval from (%)', 'Look fake: interval to (%)'].map((h) => Number(cells[h]));
    expect(share).toBeGreaterThan(5);
    expect(share).toBeLessThan(60);
    expect(from).toBeLessThanOrEqual(share);
    expect(to).toBeGreaterThanOrEqual(share);
    expect(cells['Possibly undisclosed sponsored posts']).toBe('1');
    expect(cells['Posts read for sponsorship']).toBe('1');
    expect(cells['Comments read']).toBe('9');
    expect(cells['Generic comments (%)']).toBe('33.3333');
    expect(cells['Comment quality']).toBe('elevated');
    expect(cells['Posts opened with comments']).toBe('1');
    expect(cells['Undisclosed: evidence quoted']).toContain('code LENA15');
    expect(cells['Price band type']).toBe(''); // a post page shows no follower count: no band
  });

  it('the everything CSV writes the audience sample on the account\'s latest row', async () => {
    const store = makeStore({ now: time.now });
    const { analyze } = recordingAnalyze();
    await store.pageReport(profile('x', 'pam', 5000), analyze);
    time.days(1);
    await store.pageReport(profile('x', 'pam', 5100), analyze);
    await store.audience.record('x', 'pam', [{ handle: 'a1' }, { handle: 'b2' }]);
    const f = await store.exportData('all');
    const rows = historyCsv(f.history!, f.shortlist, CSV_PLAIN, extrasFromStored(f.audience, f.evidence)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const seenAt = HISTORY_CSV_HEADER.indexOf('Followers seen in the list');
    expect(rows.slice(1).map((r) => r.split(',')[seenAt])).toEqual(['', '2']);
  });

  it('an import brings the sample and the posts opened back, merged within their bounds', async () => {
    const { store } = await shortlistedWithEvidence();
    const text = exportJson(await store.exportData('all'));
    await store.deleteAll();
    expect(Object.keys(await dump()).filter((k) => k.startsWith('audience') || k === 'evidence')).toEqual([]);
    const result = await store.importData(text);
    expect(result).toMatchObject({ ok: true, audience: { accounts: 1, added: 120 }, evidence: { added: 1 } });
    expect((await store.audience.get('instagram', 'lena.travels'))!.entries).toHaveLength(120);
    expect(await store.evidenceFor('instagram', 'lena.travels')).toHaveLength(1);
    // The same file again adds nothing.
    expect(await store.importData(text)).toMatchObject({ ok: true, audience: { accounts: 0, added: 0 }, evidence: { added: 0 } });
  });

  it('refuses a file whose sample is malformed or over its bound, and changes nothing', async () => {
    const { store } = await shortlistedWithEvidence();
    const file = JSON.parse(exportJson(await store.exportData('all')));
    const before = await dump();
    const over = structuredClone(file);
    over.audience[0].entries = Array.from({ length: AUDIENCE_PER_ACCOUNT + 1 }, (_, i) => ({ handle: `h${i}`, day: '2025-03-10' }));
    const hostile = structuredClone(file);
    hostile.audience[0].entries[0] = { handle: 'x'.repeat(5000), day: '2025-03-10' };
    const badEvidence = structuredClone(file);
    badEvidence.evidence[0].commenters[0].x = 'y'.repeat(1000);
    for (const bad of [over, hostile, badEvidence]) {
      const r = await store.importData(JSON.stringify(bad));
      expect(r.ok).toBe(false);
      expect(await dump()).toEqual(before);
    }
  });

  it('"Delete all" removes the samples, the posts opened and the summaries that carry the evidence', async () => {
    const { store } = await shortlistedWithEvidence();
    expect(Object.keys(await dump())).toEqual(expect.arrayContaining(['evidence', 'audience:instagram:lena.travels', 'audience-index', 'shortlist']));
    await store.deleteAll();
    const left = JSON.stringify(await dump());
    expect(left).not.toContain('lena');
    expect(left).not.toContain('LENA15');
  });
});

