import { PREFIX_UNIT_WORDS, UNIT_WORDS } from '../../lib/count-units';
import { frontCoded } from '../../scripts/gen-count-units';
import { describe, expect, it } from 'vitest';
import { frontDecoded, normalise, parseCount, unitWordAt } from '../../lib/count';

// [display, locale, value, exact, min, max]
const TABLE: [string, string | undefined, number, boolean, number, number][] = [
  // English (US/UK), as Instagram, X and TikTok print them
  ['1.2M', 'en', 1_200_000, false, 1_150_000, 1_299_999],
  ['298K', 'en', 298_000, false, 297_500, 298_999],
  ['73.1K', 'en', 73_100, false, 73_050, 73_199],
  ['2,230,586', 'en', 2_230_586, true, 2_230_586, 2_230_586],
  ['3.4B', 'en', 3_400_000_000, false, 3_350_000_000, 3_499_999_999],
  ['14 K', undefined, 14_000, false, 13_500, 14_999],
  ['1.5 million', 'en', 1_500_000, false, 1_450_000, 1_599_999],
  // Spanish (YouTube's Spanish UI)
  ['4,69 millones', 'es', 4_690_000, false, 4_685_000, 4_699_999],
  ['7,3 mil', 'es', 7_300, false, 7_250, 7_399],
  ['1.077.715', 'es', 1_077_715, true, 1_077_715, 1_077_715],
  ['1,2 M', 'es', 1_200_000, false, 1_150_000, 1_299_999],
  ['2,5 mil millones', 'es', 2_500_000_000, false, 2_450_000_000, 2_599_999_999],
  // Portuguese
  ['1,2 mi', 'pt-BR', 1_200_000, false, 1_150_000, 1_299_999],
  ['12 mil', 'pt-BR', 12_000, false, 11_500, 12_999],
  // French (narrow no-break spaces)
  ['12,3\u202fk', 'fr', 12_300, false, 12_250, 12_399],
  ['1\u202f234', 'fr', 1_234, true, 1_234, 1_234],
  ['1,2\u00a0Md', 'fr', 1_200_000_000, false, 1_150_000_000, 1_299_999_999],
  // German
  ['1,2 Mio.', 'de', 1_200_000, false, 1_150_000, 1_299_999],
  ['12.345', 'de', 12_345, true, 12_345, 12_345],
  ['3,4 Mrd.', 'de', 3_400_000_000, false, 3_350_000_000, 3_499_999_999],
  // Italian, Dutch, Polish
  ['1,2 Mln', 'it', 1_200_000, false, 1_150_000, 1_299_999],
  ['5,6 mld.', 'nl', 5_600_000_000, false, 5_550_000_000, 5_699_999_999],
  ['12 tys.', 'pl', 12_000, false, 11_500, 12_999],
  // Russian
  ['1,2 тыс.', 'ru', 1_200, false, 1_150, 1_299],
  ['3 млн', 'ru', 3_000_000, false, 2_500_000, 3_999_999],
  // Japanese, Chinese, Korean
  ['1.2万', 'ja', 12_000, false, 11_500, 12_999],
  ['3.4億', 'ja', 340_000_000, false, 335_000_000, 349_999_999],
  ['12亿', 'zh', 1_200_000_000, false, 1_150_000_000, 1_299_999_999],
  ['1.2천', 'ko', 1_200, false, 1_150, 1_299],
  ['123만', 'ko', 1_230_000, false, 1_225_000, 1_239_999],
  // India
  ['2 lakh', 'en-IN', 200_000, false, 150_000, 299_999],
  ['1.2Cr', 'en-IN', 12_000_000, false, 11_500_000, 12_999_999],
  ['12,34,567', 'en-IN', 1_234_567, true, 1_234_567, 1_234_567],
  // Turkish: "B" is bin (thousand), not billion
  ['1,2 B', 'tr', 1_200, false, 1_150, 1_299],
  ['3,4 Mn', 'tr', 3_400_000, false, 3_350_000, 3_499_999],
  // Indonesian: "M" is miliar (billion)
  ['1,2 M', 'id', 1_200_000_000, false, 1_150_000_000, 1_299_999_999],
  ['12 rb', 'id', 12_000, false, 11_500, 12_999],
  // Arabic digits and separators
  ['١٢٣٬٤٥٦', 'ar-EG', 123_456, true, 123_456, 123_456],
  ['١٫٢ ألف', 'ar-EG', 1_200, false, 1_150, 1_299],
  // Swiss grouping
  ["1'234'567", 'de-CH', 1_234_567, true, 1_234_567, 1_234_567],
];

describe('parseCount', () => {
  it.each(TABLE)('%s (%s) -> %d', (raw, locale, value, exact, min, max) => {
    expect(parseCount(raw, { locale })).toEqual({ value, exact, min, max });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'no digits'],
    ['1,5', 'a fraction without a unit is no count'],
    ['1.2.3', 'broken grouping'],
    ['12,34', 'broken grouping'],
    ['1.234K', 'one thousand two hundred, or one million two hundred thousand: only a locale decides'],
    ['1,2 mil.', '"mil." is a million in Czech but looks like the Spanish thousand'],
    ['1.2X', 'unknown unit'],
    ['298K likes', 'trailing words are the adapter\'s job'],
    ['-5', 'negative'],
    ['99999999999999999999', 'beyond safe integers'],
    ['1'.repeat(80), 'absurdly long'],
  ])('refuses %j (%s)', (raw) => {
    expect(parseCount(raw)).toBeNull();
  });

  it('uses the locale to read a three-digit fraction', () => {
    expect(parseCount('1.234K', { locale: 'en' })?.value).toBe(1_234);
    expect(parseCount('1.234 Mio.', { locale: 'de' })?.value).toBe(1_234_000_000);
  });

  it('reads "mil." as a million only where the language says so', () => {
    expect(parseCount('1,2 mil.', { locale: 'cs' })?.value).toBe(1_200_000);
    expect(parseCount('1,2 mil', { locale: 'es' })?.value).toBe(1_200);
  });

  // Found by fuzzing (tests/fuzz/count.test.ts): Croatian compact "mil." is milijun (10^6), was read as mil (10^3).
  it('reads Croatian "1 mil." (a million) with lang=hr', () => {
    const text = new Intl.NumberFormat('hr', { notation: 'compact' }).format(1_200_000);
    const parsed = parseCount(text, { locale: 'hr' });
    expect(parsed === null || (parsed.min <= 1_200_000 && 1_200_000 <= parsed.max)).toBe(true);
    expect(parseCount('1,2 mil.', { locale: 'hr' })).toMatchObject({ value: 1_200_000, exact: false });
    expect(parseCount('1,2 mlr.', { locale: 'hr' })?.value).toBe(1_200_000_000);
    expect(parseCount('12 tis.', { locale: 'hr' })?.value).toBe(12_000);
  });

  it('reads the South Slavic compact words in their own languages (Bosnian, Serbian Latin and Cyrillic, Macedonian)', () => {
    expect(parseCount('1,2 mil.', { locale: 'bs' })?.value).toBe(1_200_000);
    expect(parseCount('12 hilj.', { locale: 'sr-Latn' })?.value).toBe(12_000);
    expect(parseCount('1,2 мил.', { locale: 'sr' })?.value).toBe(1_200_000);
    expect(parseCount('3,4 млрд.', { locale: 'sr' })?.value).toBe(3_400_000_000);
    expect(parseCount('1,2 милј.', { locale: 'mk' })?.value).toBe(1_200_000_000);
    // Without a language "mil." stays ambiguous (a thousand in Spanish without the dot).
    expect(parseCount('1,2 mil.')).toBeNull();
  });

  it('never throws on non-string input', () => {
    expect(parseCount(undefined as unknown as string)).toBeNull();
    expect(parseCount(42 as unknown as string)).toBeNull();
  });
});

describe('the front-coded unit word lists (lib/count-units.ts)', () => {
  it('decode to the words coded, in order, across surrogate pairs and shared prefixes of any length', () => {
    const words = ['milion', 'miliona', 'milione', 'milionów', 'miliony', 'mil m', 'mil millones', 'millionen-und-noch-mehr', 'millionen-und-noch-mehr!', '𞤣', '𞤣𞤵𞤦𞤵𞤲𞤫𞤪𞤫', '𞤣𞤵𞤶𞤵𞤲𞤫𞤪𞤫', '万', '万亿'];
    expect(frontDecoded(frontCoded(words))).toEqual([...words].sort());
    expect(frontCoded(['milion', 'miliona', 'milione'])).toBe('milion|6a|6e');
    expect(frontCoded(['𞤣', '𞤣𞤵']).includes('\ud83a|')).toBe(false);
  });

  it('hold every word the generator finds, and refuse to code a word starting with a digit', () => {
    for (const list of [...Object.values(UNIT_WORDS), PREFIX_UNIT_WORDS]) {
      const words = frontDecoded(list);
      expect(frontCoded(words)).toBe(list);
      for (const w of words) expect(w.length).toBeGreaterThan(0);
    }
    expect(() => frontCoded(['2x'])).toThrow();
  });
});

describe('normalise on plain ASCII (its shortcut)', () => {
  it('gives what the full path gives', () => {
    // A zero-width space sends the same text down the full path, which removes it.
    const samples = ['1.2M', '  12,345 \t followers\n', '4 690', "1'234", '', ' ', '12\u000b3', '1.2K views  '];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 500; i++) samples.push(Array.from({ length: 1 + Math.floor(rand() * 20) }, () => String.fromCharCode(Math.floor(rand() * 128))).join(''));
    for (const s of samples) expect(normalise(s), JSON.stringify(s)).toBe(normalise(`${s}\u200b`));
  });
});

describe('unitWordAt at a word’s end, ASCII or not', () => {
  it('tells an ASCII letter as the Unicode classes do (its shortcut)', () => {
    for (let i = 0; i < 128; i++) {
      const c = String.fromCharCode(i);
      expect(/[a-z]/i.test(c), JSON.stringify(c)).toBe(/[\p{L}\p{M}]/u.test(c));
    }
  });

  it('reads a unit only where its word ends', () => {
    expect(unitWordAt('K followers')).toBe('k');
    expect(unitWordAt('Kfollowers')).toBeUndefined();
    expect(unitWordAt('kä')).toBeUndefined();
    expect(unitWordAt('k\u0301')).toBeUndefined(); // a combining mark continues the word
    expect(unitWordAt('k·')).toBe('k');
  });
});
