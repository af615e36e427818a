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

// Suffix words, lower-cased, without a trailing dot. Multi-word ones first (longest match wins).
// Sources: CLDR compact-decimal patterns as Intl.NumberFormat renders them, plus long forms that
// YouTube and TikTok print in their localised UIs ("millones", "Millionen", "lakh").
const SUFFIXES: Record<string, number> = {
  'mil millones': 1e9,
  'mil milhões': 1e9,
  // Long forms of CLDR's compact patterns that YouTube writes in labels ("299 mille abonnés", "12 mila").
  mille: 1e3, mila: 1e3, milioni: 1e6, miliardi: 1e9, milliards: 1e9,
  k: 1e3, thousand: 1e3, mil: 1e3, tsd: 1e3, tn: 1e3, t: 1e3, tys: 1e3, tis: 1e3, rb: 1e3, ribu: 1e3,
  'тыс': 1e3, 'тис': 1e3, 'χιλ': 1e3, 'ألف': 1e3, 'آلاف': 1e3, 'हज़ार': 1e3, 'हजार': 1e3, '千': 1e3, '천': 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, mi: 1e6, milj: 1e6, mill: 1e6, million: 1e6, millions: 1e6,
  millón: 1e6, millon: 1e6, millones: 1e6, milhão: 1e6, milhões: 1e6, millionen: 1e6, jt: 1e6, juta: 1e6,
  tr: 1e6, 'млн': 1e6, 'εκ': 1e6, 'مليون': 1e6,
  b: 1e9, bn: 1e9, bi: 1e9, billion: 1e9, md: 1e9, mrd: 1e9, mld: 1e9, mia: 1e9, mr: 1e9, mm: 1e9,
  milliard: 1e9, milliarden: 1e9, miliar: 1e9, 'млрд': 1e9, 'δισ': 1e9, 'مليار': 1e9, 'अ॰': 1e9,
  lakh: 1e5, lakhs: 1e5, l: 1e5, 'लाख': 1e5, crore: 1e7, crores: 1e7, cr: 1e7, 'क॰': 1e7, 'करोड़': 1e7,
  '万': 1e4, '萬': 1e4, '만': 1e4, '億': 1e8, '亿': 1e8, '억': 1e8, '兆': 1e12, '조': 1e12,
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

const DIGITS: Record<string, string> = {};
'٠١٢٣٤٥٦٧٨٩'.split('').forEach((d, i) => (DIGITS[d] = String(i)));
'۰۱۲۳۴۵۶۷۸۹'.split('').forEach((d, i) => (DIGITS[d] = String(i)));
'０１２３４５６７８９'.split('').forEach((d, i) => (DIGITS[d] = String(i)));

function normalise(raw: string): string {
  return raw
    .replace(/[٠-٩۰-۹０-９]/g, (d) => DIGITS[d] ?? d)
    .replace(/٫/g, '.') // Arabic decimal separator
    .replace(/[٬’]/g, "'") // Arabic thousands separator, typographic apostrophe
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ') // no-break, narrow no-break, thin, figure spaces
    .replace(/[\u200e\u200f\u061c\u200b]/g, '') // direction marks, zero-width space
    .replace(/\s+/g, ' ')
    .trim();
}

function lookupSuffix(word: string, locale: string | undefined): number | undefined {
  const lang = (locale ?? '').toLowerCase();
  const bare = word.replace(/\.$/, '');
  for (const key of [lang, lang.split('-')[0]]) {
    const table = key ? LOCALE_SUFFIXES[key] : undefined;
    if (table && bare in table) return table[bare];
  }
  if (!lang && NEEDS_LOCALE.has(word)) return undefined;
  return SUFFIXES[bare];
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

export function parseCount(raw: string, options: ParseOptions = {}): ParsedCount | null {
  if (typeof raw !== 'string' || raw.length > 64) return null;
  const text = normalise(raw);
  const match = COUNT_PATTERN.exec(text);
  if (!match) return null;
  const num = match[1].trim();
  const word = (match[2] ?? '').trim().toLowerCase();
  if (!word) {
    if (text.endsWith('.')) return null;
    const value = parseFullInteger(num);
    if (value === null || !Number.isSafeInteger(value)) return null;
    return { value, exact: true, min: value, max: value };
  }
  const suffix = lookupSuffix(text.endsWith('.') ? `${word}.` : word, options.locale);
  if (suffix === undefined) return null;
  const parsed = parseAbbreviatedNumber(num, options.locale);
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
