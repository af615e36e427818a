/**
 * One parser for the counts social sites display: "1.2M", "1,2 M", "4,69 millones", "7,3 mil",
 * "14 K", "1.077.715", "1 234", "12,3 k", "1,2 Mio.", "1.2万", "3.4億", "2 lakh", "12,34,567".
 *
 * A displayed count is either a full number (exact) or an abbreviation whose true value lies in
 * a rounding interval. Sites both round ("1.25M" -> "1.3M", as Intl.NumberFormat does) and
 * truncate ("2,230,586" -> "2.2M", as Instagram does), so the interval covers both:
 * [shown - half a unit of the last digit, shown + one unit of the last digit).
 *
 * Anything it cannot read with certainty is refused (null): a wrong number is worse than none.
 */

import { DIGIT_ZEROS, LONGEST_UNIT_WORD } from './count-units';
import { answersFor, units } from './count-tables';

export { frontDecoded } from './count-tables';

export interface ParsedCount {
  /** The number as displayed: "73.1K" -> 73100. */
  value: number;
  /** False when the display was abbreviated. */
  exact: boolean;
  /** Smallest true value consistent with the display. */
  min: number;
  /** Largest true value consistent with the display. */
  max: number;
}

export interface ParseOptions {
  /** BCP 47 language of the page (document.documentElement.lang); resolves ambiguous suffixes. */
  locale?: string;
}

// Unit words read without the page's language where CLDR's table (lib/count-units.ts) does not
// settle them: words it lists for another power of ten or only for some languages ("t", "b", "bn",
// "k", "mil", "tn"), or not at all ("millon", "lakhs", "crores"). Every other word sites print is
// read from that table (tests/fuzz/count.test.ts).
const SUFFIXES: Record<string, number> = {
  k: 1e3, mil: 1e3, tn: 1e3, t: 1e3,
  millon: 1e6,
  b: 1e9, bn: 1e9, bi: 1e9, billion: 1e9,
  lakhs: 1e5, crores: 1e7,
};

// Suffixes whose meaning depends on the page's language (Intl compact patterns).
const LOCALE_SUFFIXES: Record<string, Record<string, number>> = {
  tr: { b: 1e3 }, // "1,2 B" = 1,2 bin
  id: { m: 1e9 }, // "1,2 M" = 1,2 miliar
  ms: { b: 1e9, j: 1e6 },
  vi: { n: 1e3, t: 1e9 }, // nghìn, tỷ
  hu: { e: 1e3 }, // ezer
  // "mil." is a million in the Czech, Slovak, Romanian and South Slavic compact patterns.
  cs: { mil: 1e6 },
  sk: { mil: 1e6 },
  ro: { mil: 1e6 },
  hr: { mil: 1e6, mlr: 1e9 }, // tis. / mil. / mlr. (tisuća, milijun, milijarda)
  bs: { mil: 1e6, hilj: 1e3, mlrd: 1e9 }, // hilj. / mil. / mlrd. (hiljada, milion, milijarda)
  sr: { mil: 1e6, hilj: 1e3, mlrd: 1e9, 'хиљ': 1e3, 'мил': 1e6, 'млрд': 1e9 }, // Latin and Cyrillic script
  mk: { 'илј': 1e3, 'мил': 1e6, 'милј': 1e9 },
  da: { t: 1e3 },
  'pt-pt': { mm: 1e9 },
};
// Ambiguous without a language: "mil." is a million in Czech and Romanian but a thousand
// ("mil", no dot) in Spanish and Portuguese; "T" is a thousand in Danish, a billion in Vietnamese.
const NEEDS_LOCALE = new Set(['mil.']);

// The longest unit word, CLDR's or the hand-written ones: unitWordAt reads no further after a number.
// Worked out on first use: a module-level call would keep SUFFIXES in bundles that never read a count.
let longestUnit = 0;
const longest = () => (longestUnit ||= Math.max(LONGEST_UNIT_WORD, ...Object.keys(SUFFIXES).map((w) => w.length)));

/**
 * The power of ten CLDR's table (./count-tables.ts) gives a unit word, undefined for none; null
 * when the word is beyond the table here and the full one is wanted (the read waits for it).
 */
function cldrPower(form: string): number | undefined | null {
  return answersFor(form) ? units().cldr.get(form) : null;
}

/** Whether some language writes the word before the number; null as cldrPower. */
function isPrefixWord(word: string): boolean | null {
  return answersFor(word) ? units().prefix.has(word) : null;
}

const CJK_UNIT = /^[万萬億亿千만억천조兆]$/u;
// Scripts without spaces between words: a unit ends anywhere ("2.2万人", "12ពាន់នាក់").
const NO_SPACES = /[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3000-\u9fff\uac00-\ud7af]/u;

/** A decimal digit of any numbering system Intl writes (Arabic, Bengali, Devanagari, ...) as 0-9. */
function asciiDigit(d: string): string {
  const cp = d.codePointAt(0)!;
  for (const zero of [...DIGIT_ZEROS, 0xff10]) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  return d;
}

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** A letter or combining mark; an ASCII one without the Unicode classes (their first use compiles them: ~0.5 ms). */
const isLetter = (c: string): boolean => (c < '\x80' ? /[a-z]/i.test(c) : /[\p{L}\p{M}]/u.test(c));

/** Digits as 0-9, one kind of space, no direction marks. */
export function normalise(raw: string): string {
  // Plain ASCII, as most counts are: nothing below applies but the spaces (and the Unicode patterns
  // are not compiled on a page that never needs them: a first visit's cost, npm run bench).
  if (PLAIN_ASCII.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  return raw
    .replace(/[^\x00-\x7f]/gu, (c) => (/\p{Nd}/u.test(c) ? asciiDigit(c) : c))
    .replace(/٫/g, '.') // Arabic decimal separator
    .replace(/[٬’]/g, "'") // Arabic thousands separator, typographic apostrophe
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ') // no-break, narrow no-break, thin, figure spaces
    .replace(/[\u200e\u200f\u061c\u200b]/g, '') // direction marks, zero-width space
    .replace(/\s+/g, ' ')
    .trim();
}

/** The locale and its shorter forms, lower-case: "sr-Latn-BA" -> sr-latn-ba, sr-latn, sr. */
function localeChain(locale: string | undefined): string[] {
  const key = locale ?? '';
  let chain = chains.get(key);
  if (!chain) {
    const parts = key.toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
    chain = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
    // A page has one language: the few chains seen are kept (bounded, for a page's odd lang attributes).
    if (chains.size < 32) chains.set(key, chain);
  }
  return chain;
}
/** Locale chains already worked out: every count of a page asks for the same one. */
const chains = new Map<string, string[]>();

/**
 * What a unit word multiplies by on a page in `locale`, or undefined (unknown, or ambiguous
 * there). `word` is lower-case without its dot; `dotted` says whether the text had one.
 */
function lookupSuffix(word: string, dotted: boolean, locale: string | undefined): number | undefined {
  const forms = dotted ? [`${word}.`, word] : [word, `${word}.`];
  const chain = localeChain(locale);
  const { local: CLDR_LOCAL, ambiguous: AMBIGUOUS } = units();
  for (const key of chain) {
    const hand = LOCALE_SUFFIXES[key];
    if (hand && word in hand) return hand[word];
    const cldr = CLDR_LOCAL.get(key);
    for (const form of forms) {
      const exp = cldr?.get(form);
      if (exp !== undefined) return exp < 0 ? undefined : 10 ** exp;
    }
  }
  if (dotted && NEEDS_LOCALE.has(`${word}.`)) return undefined; // a language that does not settle it
  // With the page's language, CLDR's meaning (English "1.2T" is a trillion); without it, the
  // hand-written table reads the words sites print the English way (see tests/fuzz/count.test.ts).
  if (chain.length) {
    for (const form of forms) {
      const exp = cldrPower(form);
      if (exp === null) return undefined;
      if (exp !== undefined) return 10 ** exp;
    }
  }
  if (word in SUFFIXES) return SUFFIXES[word];
  for (const form of forms) {
    const exp = cldrPower(form);
    if (exp === null) return undefined;
    if (exp !== undefined && !AMBIGUOUS.has(form)) return 10 ** exp;
  }
  return undefined;
}

/** Whether a word (any case, dot kept or not) is a unit in some language's compact numbers. */
export function isUnitWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/, '');
  const forms = [bare, `${bare}.`];
  if (bare in SUFFIXES || CJK_UNIT.test(bare) || forms.some((f) => units().ambiguous.has(f))) return true;
  // Not one while the full table is wanted (null): the read waits for it.
  return forms.some((f) => cldrPower(f) != null);
}

/**
 * The longest unit word `text` starts with (after at most one space) that ends where a word ends,
 * normalised and lower-case: "tūkst. peržiūrų" -> "tūkst.", "mil millones de vistas" -> "mil
 * millones", "万次观看" -> "万", "Beiträge" -> undefined.
 */
export function unitWordAt(text: string): string | undefined {
  const LONGEST_UNIT = longest();
  const head = normalise(text.slice(0, LONGEST_UNIT + 3)).toLowerCase();
  for (let end = Math.min(head.length, LONGEST_UNIT); end > 0; end--) {
    const word = head.slice(0, end);
    if (word.endsWith(' ')) continue;
    // A unit ends where a word ends. Checked first: most prefixes of a label ("followe", "follow")
    // end inside a word, and this test is cheaper than the table lookup (1 ms of X's visit).
    const next = head.charAt(end);
    if (next && isLetter(next) && !NO_SPACES.test(word.slice(-1))) continue;
    if (isUnitWord(word)) return word;
  }
  return undefined;
}

/**
 * The unit word `text` ends with, as it would stand before a number: a word some languages write
 * first ("Dubu ", "elfu ": `prefix`), or any other language's unit ("ဋေ " in Burmese "ဋေ ၁ ထ"),
 * which leaves the number after it unreadable. Lower-case.
 */
export function unitWordBefore(text: string): { word: string; prefix: boolean } | undefined {
  const words = normalise(text.slice(-longest() - 2)).toLowerCase().split(' ').slice(-3);
  for (let i = 0; i < words.length; i++) {
    const word = words.slice(i).join(' ');
    if (isPrefixWord(word)) return { word, prefix: true };
  }
  // Single Latin letters ("a 1.022.656 personas") are ordinary words too often to count here.
  const last = words[words.length - 1] ?? '';
  if (!/^[a-z]{1,2}\.?$/.test(last) && cldrPower(last) != null) return { word: last, prefix: false };
  return undefined;
}

/** Decimal separator of a locale, or undefined without one. */
function decimalSeparator(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value;
  } catch {
    return undefined;
  }
}

const GROUPED_WESTERN = /^\d{1,3}(?:([,. ']) ?\d{3})(?:\1 ?\d{3})*$/;
const GROUPED_INDIAN = /^\d{1,2}(?:,\d{2})*,\d{3}$/;

/** A full (unabbreviated) integer: "1,234,567", "1.077.715", "1 234", "12,34,567", "1234". */
function parseFullInteger(num: string): number | null {
  if (/^\d+$/.test(num)) return Number(num);
  if (GROUPED_WESTERN.test(num) || GROUPED_INDIAN.test(num)) return Number(num.replace(/[^\d]/g, ''));
  return null;
}

/** The number part of an abbreviation: "1.2", "1,2", "4,69", "1235". */
function parseAbbreviatedNumber(num: string, locale: string | undefined): { value: number; decimals: number } | null {
  if (/^\d+$/.test(num)) return { value: Number(num), decimals: 0 };
  const m = /^(\d{1,3})([.,])(\d+)$/.exec(num);
  if (!m) return null;
  const [, int, sep, frac] = m;
  if (frac.length > 3) return null;
  if (frac.length === 3) {
    // "1.234K" is 1.234 thousand in English but 1234 thousand in German: only a locale decides.
    const dec = decimalSeparator(locale);
    if (!dec) return null;
    if (sep !== dec) return { value: Number(int + frac), decimals: 0 };
  }
  return { value: Number(`${int}.${frac}`), decimals: frac.length };
}

const COUNT_PATTERN = /^(\d[\d.,' ]*?)\s?([^\d\s.,][^\d]*?)?\.?$/u;
// A unit some languages write first: Swahili "elfu 12", Hausa "Dubu 1.2".
const PREFIX_PATTERN = /^([^\d\s.,][^\d]*?) ?(\d[\d.,' ]*)$/u;

export function parseCount(raw: string, options: ParseOptions = {}): ParsedCount | null {
  if (typeof raw !== 'string' || raw.length > 64) return null;
  const text = normalise(raw);
  const prefixed = PREFIX_PATTERN.exec(text);
  if (prefixed && !isPrefixWord(prefixed[1].toLowerCase())) return null;
  const match = prefixed ? [text, prefixed[2], prefixed[1]] : COUNT_PATTERN.exec(text);
  if (!match) return null;
  const num = match[1].trim();
  const word = (match[2] ?? '').trim().toLowerCase();
  const dotted = !prefixed && text.endsWith('.');
  if (!word) {
    if (text.endsWith('.')) return null;
    const value = parseFullInteger(num);
    if (value === null || !Number.isSafeInteger(value)) return null;
    return { value, exact: true, min: value, max: value };
  }
  const suffix = lookupSuffix(word, dotted, options.locale);
  if (suffix === undefined) return null;
  // "1.000.000 millones" (Asturian 10^12), "10٬000G" (Pashto): a grouped mantissa is an integer.
  const grouped = /[.,' ].*[.,' ]|[' ]/.test(num) ? parseFullInteger(num) : null;
  const parsed = grouped !== null ? { value: grouped, decimals: 0 } : parseAbbreviatedNumber(num, options.locale);
  if (!parsed) return null;
  const unit = suffix / 10 ** parsed.decimals;
  const value = Math.round(parsed.value * suffix);
  if (!Number.isSafeInteger(value)) return null;
  return {
    value,
    exact: false,
    min: Math.max(0, Math.ceil(value - unit / 2)),
    max: Math.floor(value + unit) - 1,
  };
}

/** Half-width of a count's interval relative to its value: 0 for exact counts. */
export function relativeUncertainty(count: { value: number; min: number; max: number }): number {
  return count.value > 0 ? (count.max - count.min) / 2 / count.value : 0;
}
