/**
 * The comparison with the evidence rows (issues 14, 15, 18): one row each for the audience sample,
 * sponsored vs organic, comment quality, pods, price band and cadence, worded in English and
 * Spanish with no message key shown; quotes from pages rendered as text; and no "best" named in
 * these rows, nor anywhere across platforms or at low confidence.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Compare } from '../../../components/vetting/Compare';
import { DISCOUNT_KEYS, TREND_KEYS, TYPE_KEYS, VERDICT_KEYS } from '../../../components/vetting/EvidenceCells';
import type { AudienceSummary } from '../../../lib/audience/summary';
import type { PostObservation } from '../../../lib/evidence/pods';
import type { EntryExtras } from '../../../lib/storage/entry-evidence';
import type { Summary } from '../../../lib/storage/schema';
import type { EntryView } from '../../../lib/storage/store';
import { LOCALES, loadMessages, useMessages } from './support/messages';

const saved = { document: globalThis.document };
afterEach(() => {
  (globalThis as { document: unknown }).document = saved.document;
});

function mount(node: ComponentChild): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document: unknown }).document = document;
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(node, root);
  return root;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const AT = '2025-03-10T12:00:00.000Z';

function summary(score: number, confidence: 'low' | 'medium' | 'high', quote = 'code LENA15'): Summary {
  return {
    checkedAt: AT, signals: [], risk: 0.2, postsUsed: 12, followers: { value: 40_000 },
    grade: { letter: score > 70 ? 'B' : 'D', score, confidence },
    engagement: [{ basis: 'followers', value: score / 5000, min: score / 5000, max: score / 5000, postsUsed: 12 }],
    evidence: {
      sponsored: { at: AT, known: 10, sponsored: { posts: 3, rated: 3, median: 0.012 }, organic: { posts: 7, rated: 7, median: 0.021 }, share: 0.3, basis: 'followers', undisclosed: 1, quotes: [quote] },
      comments: { at: AT, total: 20, generic: 11, duplicates: 2, unrelated: 1, checked: 15, verdict: 'alarm' },
      price: { at: AT, followers: 40_000, confidence, engagementPosition: 'typical' },
      cadence: { at: AT, dated: 10, perWeek: 2.5, spanDays: 25, trend: { direction: 'falling', change: -0.3, newer: 5, older: 5, basis: 'followers' } },
    },
  };
}
const entry = (platform: EntryView['platform'], handle: string, s: Summary): EntryView => ({
  platform, handle, note: '', tags: [], addedAt: AT, updatedAt: AT, summary: s, key: `${platform}:${handle}`, sync: 'off',
});
const audience: AudienceSummary = {
  platform: 'instagram', handle: 'mia', stored: 240, seen: 240, firstAt: AT, updatedAt: AT, small: false, evidence: 'warning',
  estimate: { share: 0.31, low: 0.26, high: 0.37, flagged: 0.3, n: 240, basis: 'picture-and-handle', calibration: 'x', examples: [] },
};
const pods: PostObservation[] = [0, 1, 2].map((i) => ({
  platform: 'instagram', handle: 'mia', post: `P${i}`, at: AT, commenters: ['pa', 'pb', 'pc'].map((a, p) => ({ a, p, g: true })),
}));
const EUR = { code: 'EUR', perUsd: 0.9 };
const extras = new Map<string, EntryExtras>([['instagram:mia', { audience, observations: pods, currency: EUR }], ['instagram:leo', { currency: EUR }], ['tiktok:leo', { currency: EUR }]]);

const rowOf = (root: HTMLElement, label: string) => [...root.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === label) ?? null;

describe('the comparison\'s evidence rows', () => {
  it('English: one row per section, each with its figures', () => {
    const en = useMessages('en');
    const root = mount(<Compare entries={[entry('instagram', 'mia', summary(80, 'high')), entry('instagram', 'leo', summary(60, 'high'))]} histories={new Map()} extras={extras} />);
    const cells = (key: string) => [...rowOf(root, en[key].message)!.querySelectorAll('td')].map(text);
    expect(cells('aud_heading')).toEqual(['240 followers seen: about 31% look fake (26–37%)', 'Followers list not opened yet']);
    expect(cells('ev_sponsoredHeading')[0]).toBe(
      '30% sponsored, of 10 posts read Median engagement: sponsored 1.2% (3 posts), organic 2.1% (7 posts) 1 possibly undisclosed: “code LENA15”',
    );
    expect(cells('ev_commentsHeading')[0]).toBe('11 of 20 generic (55%); duplicates: 2 (10%) Half or more generic: an alarm');
    expect(cells('ev_podsHeading')).toEqual(['3 accounts commented on most of the 3 posts opened Likely pod: 3 early and generic', 'No post opened with its comments']);
    // The band in the user's currency, lowered by the pod seen among the posts opened (x0.75).
    expect(cells('ev_priceHeading')[0]).toMatch(/^Per post: €68 to €340 Lowered ×0\.75: a likely engagement pod$/);
    expect(cells('ev_priceHeading')[1]).toBe('Per post: €90 to €450');
    expect(cells('ev_cadenceHeading')[0]).toBe('2.5 posts a week (10 dated) Engagement falling −30% (10 posts)');
    const leaked = Object.keys(en).filter((k) => /_/.test(k) && text(root).includes(k));
    expect(leaked).toEqual([]);
  });

  it('Spanish: the same rows worded in Spanish, numbers in Spanish', () => {
    const es = useMessages('es');
    const root = mount(<Compare entries={[entry('instagram', 'mia', summary(80, 'high')), entry('instagram', 'leo', summary(60, 'high'))]} histories={new Map()} extras={extras} />);
    expect(text(rowOf(root, es.aud_heading.message))).toContain('240 seguidores vistos: alrededor del 31% parecen falsos (26–37%)');
    expect(text(rowOf(root, es.ev_sponsoredHeading.message))).toContain('30 % patrocinadas, de 10 publicaciones leídas');
    expect(text(rowOf(root, es.ev_cadenceHeading.message))).toContain('2,5 publicaciones por semana');
    for (const word of ['followers seen', 'sponsored,', 'generic', 'posts a week', 'Per post']) expect(text(root)).not.toContain(word);
  });

  it('never names a best in an evidence row, and none at all across platforms or at low confidence', () => {
    useMessages('en');
    const same = mount(<Compare entries={[entry('instagram', 'mia', summary(80, 'high')), entry('instagram', 'leo', summary(60, 'high'))]} histories={new Map()} extras={extras} />);
    const bestRows = [...same.querySelectorAll('td.vet-best')].map((td) => text(td.closest('tr')!.querySelector('th')));
    expect(bestRows.sort()).toEqual(['Engagement per follower', 'Grade'].sort());
    const across = mount(<Compare entries={[entry('instagram', 'mia', summary(80, 'high')), entry('tiktok', 'leo', summary(60, 'high'))]} histories={new Map()} extras={extras} />);
    expect(across.querySelectorAll('td.vet-best')).toHaveLength(0);
    const low = mount(<Compare entries={[entry('instagram', 'mia', summary(80, 'high')), entry('instagram', 'leo', summary(60, 'low'))]} histories={new Map()} extras={extras} />);
    expect(low.querySelectorAll('td.vet-best')).toHaveLength(0);
  });

  it('renders what pages wrote as text, never markup', () => {
    useMessages('en');
    const root = mount(<Compare entries={[entry('instagram', 'mia', summary(80, 'high', '<img src=x onerror=alert(1)>')), entry('instagram', 'leo', summary(60, 'high'))]} histories={new Map()} />);
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(text(root)).toContain('“<img src=x onerror=alert(1)>”');
  });

  it('has every key its cells look up, in every language', () => {
    const keys = [VERDICT_KEYS, TREND_KEYS, TYPE_KEYS, DISCOUNT_KEYS].flatMap((m) => Object.values(m));
    for (const lang of LOCALES) {
      const m = loadMessages(lang);
      expect(keys.filter((k) => !m[k]), lang).toEqual([]);
    }
  });
});

describe('the creator report\'s evidence sections', () => {
  it('show the structured evidence, the price with its formula and sources; older worded rows still show when that is all there is', async () => {
    const { ExtraSections } = await import('../../../components/report/ReportParts');
    const { entryEvidence } = await import('../../../lib/storage/entry-evidence');
    useMessages('en');
    const s = summary(80, 'high');
    const root = mount(<div class="rep-grid"><ExtraSections summary={s} evidence={entryEvidence(entry('instagram', 'mia', s), extras.get('instagram:mia'))} /></div>);
    expect([...root.querySelectorAll('[data-section]')].map((e) => e.getAttribute('data-section'))).toEqual(['audience', 'sponsorship', 'comments', 'price', 'cadence']);
    const price = text(root.querySelector('[data-section="price"]'));
    expect(price).toContain('Formula: micro accounts (40,000 followers) → range per post × 0.75 (discount)');
    expect(price).toContain('Sources: Influencer Marketing Hub');
    expect(text(root.querySelector('[data-section="comments"]'))).toContain('Likely pod: 3 early and generic');
    const legacy: Summary = { ...s, evidence: undefined, sections: { price: [{ label: 'Typical price per post', value: '€300–€700' }] } };
    const old = mount(<div><ExtraSections summary={legacy} evidence={entryEvidence(entry('instagram', 'mia', legacy))} /></div>);
    expect([...old.querySelectorAll('[data-section]')].map((e) => e.getAttribute('data-section'))).toEqual(['price']);
    expect(text(old.querySelector('[data-section="price"] dd'))).toBe('€300–€700');
  });
});
