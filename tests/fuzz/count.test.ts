/**
 * Fuzzing the count parser (lib/count.ts) with fast-check:
 * 1. it never throws, whatever the text;
 * 2. for numbers Intl.NumberFormat writes, in full and compact notation, in many locales and with
 *    the rounding options sites use (rounded, truncated as Instagram does, 1-2 decimals), the
 *    interval it reports contains the number, and an exact reading is the number itself. It may
 *    refuse (null): a wrong interval is the failure. Checked with the page's language given, and
 *    without it (a page without `lang`).
 *
 * Domain: counts below 10^11. No account or post comes near it (the most-viewed video has ~1.6 x
 * 10^10 views), and from 10^12 on languages disagree on the words: "1T" (English trillion), "1
 * Billion" (German 10^12), "1 B" (Spanish billón) are read as thousand / 10^9 by the parser; that
 * is left outside. Significant-digit rounding (maximumSignificantDigits) is left out too: it writes
 * 1,234 as "1230", a rounded number with no mark of rounding, which no reader can tell from exact.
 *
 * Without a page language, compact letters that mean different things in different languages are
 * read the English way: Turkish "1 B" (bin, 10^3), Vietnamese "1 T" (tỷ, 10^9) and Indonesian /
 * Malay "1 M" (miliar, 10^9) need the page's `lang`, which these sites always set; those languages
 * are checked with it only.
 * Seeds are fixed (FUZZ_SEED overrides) so a failure is reproducible; counterexamples are shrunk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../lib/count';
import { LOCALES } from './support/locales';

const SEED = Number(process.env.FUZZ_SEED ?? 20250101);
const MAX_COUNT = 99_999_999_999;

/** Languages whose compact letters clash with English ones: checked with the page language only. */
const NEEDS_PAGE_LANGUAGE = new Set(['tr', 'vi', 'id', 'ms']);

/**
 * Known wrong readings, kept out of the properties and pinned by it.fails tests below (which start
 * failing, as a reminder to drop them from here, once lib/count.ts is fixed).
 */
const KNOWN_WRONG = new Set<string>([]);


type Style = { name: string; options: Intl.NumberFormatOptions };
const STYLES: Style[] = [
  { name: 'full', options: {} },
  { name: 'full, no grouping', options: { useGrouping: false } },
  { name: 'compact', options: { notation: 'compact' } },
  { name: 'compact long', options: { notation: 'compact', compactDisplay: 'long' } },
  { name: 'compact, 1 decimal', options: { notation: 'compact', maximumFractionDigits: 1 } },
  { name: 'compact, 2 decimals', options: { notation: 'compact', maximumFractionDigits: 2 } },
  { name: 'compact, truncated', options: { notation: 'compact', maximumFractionDigits: 1, roundingMode: 'trunc' } as Intl.NumberFormatOptions },
  { name: 'compact long, truncated', options: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' } as Intl.NumberFormatOptions },
];

/** Counts as they occur: small, round, and large, up to 10^13 (the Snapshot's limit). */
const counts = fc.oneof(
  fc.integer({ min: 0, max: 9_999 }),
  fc.integer({ min: 10_000, max: 9_999_999 }),
  fc.integer({ min: 10_000_000, max: MAX_COUNT }),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1e3, 1e4, 1e5, 1e6, 1e7, 1e8)).map(([a, b]) => a * b),
  // Just below a unit, where rounding carries into the next unit ("999.95K" -> "1M").
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom(1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10)).map(([a, b]) => b - a * Math.max(1, b / 10_000)),
);

function check(n: number, text: string, locale: string | undefined): string | null {
  const parsed = parseCount(text, { locale });
  if (!parsed) return null;
  if (parsed.exact && parsed.value !== n) return `exact ${parsed.value}`;
  if (!(parsed.min <= n && n <= parsed.max)) return `interval [${parsed.min}, ${parsed.max}] (value ${parsed.value})`;
  if (!(parsed.min <= parsed.value && parsed.value <= parsed.max)) return `value ${parsed.value} outside its own interval`;
  return null;
}

describe('parseCount fuzzing', () => {
  it('never throws, on any text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.,\' \u00a0\u202f\u2009\u200e\u200f\u061c٫٬٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３KkMmBbTt万萬億亿만억천千兆조milMioMrdмлнтыс-+eE()%'.split(''),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.array(alphabet, { maxLength: 30 }).map((a) => a.join(''))),
        fc.option(fc.oneof(fc.constantFrom(...LOCALES), fc.string({ maxLength: 12 })), { nil: undefined }),
        (raw, locale) => {
          const r = parseCount(raw, { locale });
          if (r) {
            expect(Number.isSafeInteger(r.value)).toBe(true);
            expect(r.min).toBeLessThanOrEqual(r.value);
            expect(r.value).toBeLessThanOrEqual(r.max);
          }
        },
      ),
      { seed: SEED, numRuns: 20_000 },
    );
    // Not a string at all (a page's JSON can hold anything).
    for (const junk of [undefined, null, 12, {}, [], Symbol('x')]) expect(() => parseCount(junk as unknown as string)).not.toThrow();
  });

  it.each(STYLES)('reads Intl.NumberFormat output ($name) with the page language: right interval or none', (style) => {
    fc.assert(
      fc.property(counts, fc.constantFrom(...LOCALES.filter((l) => !KNOWN_WRONG.has(l))), (n, locale) => {
        const text = new Intl.NumberFormat(locale, style.options).format(n);
        const wrong = check(n, text, locale);
        if (wrong) throw new Error(`${JSON.stringify(text)} (${locale}, ${style.name}) for ${n}: ${wrong}`);
      }),
      { seed: SEED, numRuns: 4_000 },
    );
  });

  it.each(STYLES)('reads Intl.NumberFormat output ($name) without a page language: right interval or none', (style) => {
    fc.assert(
      fc.property(counts, fc.constantFrom(...LOCALES.filter((l) => !KNOWN_WRONG.has(l) && !NEEDS_PAGE_LANGUAGE.has(l.split('-')[0]))), (n, locale) => {
        const text = new Intl.NumberFormat(locale, style.options).format(n);
        const wrong = check(n, text, undefined);
        if (wrong) throw new Error(`${JSON.stringify(text)} (written in ${locale}, read without a language, ${style.name}) for ${n}: ${wrong}`);
      }),
      { seed: SEED, numRuns: 4_000 },
    );
  });

});
