/**
 * The sites' content scripts carry the core of CLDR's unit words (lib/count-units-core.ts, in place
 * of lib/count-units.ts: scripts/content-units.ts) and load the rest as the `units` part
 * (lib/count-tables.ts). Checked here, with lib/count.ts loaded as a content script has it:
 * - core + the part on the shelf answers exactly as the full table, for every unit word of every
 *   list, with and without a page language, and for every count Intl writes in the fuzz locales;
 * - the core alone answers the same, or wants the `units` part (the read then waits and its
 *   answer is never shown): never another number;
 * - English pages' counts never want it (what makes a first visit cheaper);
 * - every saved page reads as lib/sites readPage reads it in Node, at once or after one wait.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as full from '../../lib/count';
import * as fullCommon from '../../lib/sites/common';
import { readPage } from '../../lib/sites';
import { DIGIT_ZEROS, LOCALE_UNIT_WORDS, LONGEST_UNIT_WORD, PREFIX_UNIT_WORDS, UNIT_WORDS } from '../../lib/count-units';
import * as core from '../../lib/count-units-core';
import { handUnitsOver } from '../../lib/count-units-part';
import { PART_SHELF, handPartOver } from '../../lib/part-shelf';
import { fixturePages, realPages } from '../../bench/pages';
import { LOCALES } from './support/locales';

type Count = typeof full;
type Common = typeof fullCommon;
interface Instance {
  count: Count;
  common: Common;
  readWith: typeof import('../../lib/sites/read').readWith;
  adapterForUrl: typeof import('../../lib/sites').adapterForUrl;
  takeWantedParts: () => string[];
}

const clearShelf = () => delete (globalThis as Record<string, unknown>)[PART_SHELF];

/** lib/count.ts and the readers as a site's content script bundles them: with the core table. */
async function withCore(): Promise<Instance> {
  vi.resetModules();
  vi.doMock('../../lib/count-units', () => import('../../lib/count-units-core'));
  const [count, common, read, sites, shelf] = await Promise.all([
    import('../../lib/count'),
    import('../../lib/sites/common'),
    import('../../lib/sites/read'),
    import('../../lib/sites'),
    import('../../lib/part-shelf'),
  ]);
  vi.doUnmock('../../lib/count-units');
  return { count, common, readWith: read.readWith, adapterForUrl: sites.adapterForUrl, takeWantedParts: shelf.takeWantedParts };
}

const words = (list: string) => full.frontDecoded(list);
const TABLE_WORDS = [
  ...new Set([
    ...Object.values(UNIT_WORDS).flatMap(words),
    ...words(PREFIX_UNIT_WORDS),
    ...LOCALE_UNIT_WORDS.split('|').map((e) => e.split(' ').slice(1, -1).join(' ')),
  ]),
];
// And words that are no unit, in several scripts, and words in the core's class.
const ALL_WORDS = [...new Set([...TABLE_WORDS, 'followers', 'beiträge', 'abonnés', 'vues', 'visualizaciones', 'aufrufe', 'просмотров', '回視聴', '人', 'mil', 'k', 'million', 'views'])];
const PAGE_LOCALES = [undefined, ...new Set(['en', ...LOCALE_UNIT_WORDS.split('|').map((e) => e.split(' ')[0]), ...LOCALES])];

type Questions = (c: Count, common: Common) => (() => unknown)[];
const answers = (ask: Questions, c: Count, common: Common) => ask(c, common).map((q) => q());

/** Every question lib/count.ts answers about a word, on a page in `locale`. */
const questions = (word: string, locale: string | undefined): Questions => (c, common) => [
  () => c.parseCount(`1.5 ${word}`, { locale }),
  () => c.parseCount(`12${word}.`, { locale }),
  () => c.parseCount(`${word} 12`, { locale }),
  () => common.leadingCount(`views ${word} 1,234 ${word} more`, 'text', locale),
  () => common.leadingCount(`12,3 ${word} seguidores`, 'text', locale),
];
const wordQuestions = (word: string): Questions => (c) => [
  () => c.isUnitWord(word),
  () => c.isUnitWord(`${word}.`),
  () => c.unitWordAt(`${word} views`),
  () => c.unitWordAt(`${word}`),
  () => c.unitWordBefore(`views ${word} `),
  () => c.unitWordBefore(word),
];

/** With the core alone: each answer the same as the full table's, or the `units` part wanted. */
function sameOrWanted(core: Instance, ask: Questions, expected: unknown[]): 'same' | 'wanted' {
  core.takeWantedParts();
  const results = ask(core.count, core.common).map((question, i) => {
    const answer = question();
    const wanted = core.takeWantedParts();
    if (wanted.length) {
      expect(wanted).toEqual(['units']);
      return 'wanted';
    }
    expect(answer, `question ${i}`).toEqual(expected[i]);
    return 'same';
  });
  return results.includes('wanted') ? 'wanted' : 'same';
}

let coreOnly: Instance;
let onDemand: Instance;
beforeAll(async () => {
  clearShelf();
  coreOnly = await withCore();
  onDemand = await withCore();
});
afterEach(clearShelf);

describe('the core of the unit words, and the full table on demand', () => {
  it('knows the full table’s longest word (unitWordAt reads that far), and its locales’ own words all', () => {
    expect(LONGEST_UNIT_WORD).toBe(Math.max(...TABLE_WORDS.map((w) => w.length)));
    expect(core.LONGEST_UNIT_WORD).toBe(LONGEST_UNIT_WORD);
    expect(core.LOCALE_UNIT_WORDS).toBe(LOCALE_UNIT_WORDS);
    expect(core.DIGIT_ZEROS).toEqual(DIGIT_ZEROS);
  });

  it('core + part answers exactly as the full table for every word of every list; the core alone the same or wants the part', () => {
    let wanted = 0;
    for (const word of ALL_WORDS) {
      const expected = answers(wordQuestions(word), full, fullCommon);
      clearShelf();
      if (sameOrWanted(coreOnly, wordQuestions(word), expected) === 'wanted') wanted++;
      handUnitsOver();
      expect(answers(wordQuestions(word), onDemand.count, onDemand.common), word).toEqual(expected);
      for (const locale of PAGE_LOCALES) {
        const inFull = answers(questions(word, locale), full, fullCommon);
        clearShelf();
        sameOrWanted(coreOnly, questions(word, locale), inFull);
        handUnitsOver();
        expect(answers(questions(word, locale), onDemand.count, onDemand.common), `${word} (${locale})`).toEqual(inFull);
      }
    }
    // The core holds a small part of the words: most are wanted.
    expect(wanted).toBeGreaterThan(ALL_WORDS.length / 2);
  });

  it('reads every count Intl writes in the fuzz locales as the full table does, or wants the part', () => {
    const styles: Intl.NumberFormatOptions[] = [{}, { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' }, { notation: 'compact', maximumFractionDigits: 2 }];
    const ask = (text: string, locale: string): Questions => (c, common) => [
      () => c.parseCount(text, { locale }),
      () => c.parseCount(text),
      () => common.leadingCount(`${text} followers`, 'text', locale),
      () => common.leadingCount(`seguidores: ${text}`, 'text'),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom(...LOCALES), fc.constantFrom(...styles), (n, locale, style) => {
        const text = new Intl.NumberFormat(locale, style).format(n);
        const expected = answers(ask(text, locale), full, fullCommon);
        clearShelf();
        sameOrWanted(coreOnly, ask(text, locale), expected);
        handUnitsOver();
        expect(answers(ask(text, locale), onDemand.count, onDemand.common)).toEqual(expected);
      }),
      { seed: 20250101, numRuns: 3_000 },
    );
  });

  it('never wants the part for the counts English pages show', () => {
    const texts: string[] = [];
    for (const n of [0, 7, 999, 1_234, 12_345, 123_456, 1_234_567, 98_765_432, 1_234_567_890, 12_345_678_901]) {
      for (const locale of ['en', 'en-GB', 'en-IN']) {
        for (const style of [{}, { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' }] as Intl.NumberFormatOptions[]) {
          const text = new Intl.NumberFormat(locale, style).format(n);
          texts.push(text, `${text} followers`, `${text} views • 3 days ago`, `Followed by ${text} people`, `${text} likes, ${text} comments`);
        }
      }
    }
    clearShelf();
    coreOnly.takeWantedParts();
    for (const text of texts) {
      expect(coreOnly.common.leadingCount(text, 'text', 'en'), text).toEqual(fullCommon.leadingCount(text, 'text', 'en'));
      expect(coreOnly.count.parseCount(text.split(' ').slice(0, 2).join(' '), { locale: 'en' })).toEqual(full.parseCount(text.split(' ').slice(0, 2).join(' '), { locale: 'en' }));
      expect(coreOnly.takeWantedParts(), text).toEqual([]);
    }
  });

  it('does not take a malformed table off the shelf: the part stays wanted', async () => {
    const core = await withCore();
    for (const bad of [undefined, null, 'words', { unitWords: { 3: 7 }, prefixWords: '' }, { unitWords: { '../x': 'a' }, prefixWords: '' }, { unitWords: { 3: 'x'.repeat(20_000) }, prefixWords: '' }, { unitWords: {}, prefixWords: '' }, { unitWords: { 6: 'milión' } }]) {
      clearShelf();
      handPartOver('units', () => bad as never);
      expect(core.count.parseCount('1,2 tūkst.', { locale: 'lt' })).toBeNull();
      expect(core.takeWantedParts()).toEqual(['units']);
    }
    clearShelf();
    handPartOver('units', () => {
      throw new Error('broken');
    });
    expect(core.count.isUnitWord('tūkst.')).toBe(false);
    expect(core.takeWantedParts()).toEqual(['units']);
    clearShelf();
    handUnitsOver();
    expect(core.count.parseCount('1,2 tūkst.', { locale: 'lt' })).toEqual(full.parseCount('1,2 tūkst.', { locale: 'lt' }));
    expect(core.takeWantedParts()).toEqual([]);
  });
});

describe('reading saved pages with the core', () => {
  const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'capturedAt' || k === 'adapter' || k === 'anchor' ? undefined : v)));
  const pages = [...realPages(), ...fixturePages().pages];
  const waited: string[] = [];

  it.each(pages.map((p) => [p.name, p] as const))('%s: reads as in Node, at once or after waiting for the part', async (_name, page) => {
    const doc = () => parseHTML(page.html).document as unknown as Document;
    const expected = strip(readPage(doc(), page.url));
    clearShelf();
    const core = await withCore();
    const adapter = core.adapterForUrl(page.url);
    if (!adapter) return expect(expected.status).toBe('unsupported-site');
    const first = strip(core.readWith(adapter, doc(), page.url));
    if (first.status === 'waiting') {
      waited.push(page.name);
      expect(first).toEqual({ status: 'waiting', platform: adapter.platform, parts: ['units'] });
      expect(strip(core.readWith(adapter, doc(), page.url)).status).toBe('waiting'); // still not here
      handUnitsOver();
      expect(strip(core.readWith(adapter, doc(), page.url))).toEqual(expected);
    } else {
      expect(first).toEqual(expected);
    }
  });

  it('waited on pages whose counts are not in English only', () => {
    if (!pages.length) return;
    // A German, French and Spanish YouTube page at least need words beyond the core ("Mio.", "k", "M" are in it).
    expect(waited.length).toBeGreaterThan(0);
    const english = pages.filter((p) => /<html[^>]*\blang="en/i.test(p.html) && p.kind === 'real').map((p) => p.name);
    expect(english.length).toBeGreaterThan(5);
    // The one that waits says lang="en" but shows its counts in French: "2 M d’abonnés", aria-label
    // "2 millions d’abonnés" ("millions" is beyond the core; it is 10^6 in French).
    expect(waited.filter((name) => english.includes(name))).toEqual(['real/yt_watch_rendered_wOWhfNB_r_0_2022.html']);
  });
});
