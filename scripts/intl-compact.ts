/**
 * Every compact number form Intl knows: the locales of this Node's ICU and the unit words its
 * CLDR data writes with `notation: 'compact'` (short and long display). Used by
 * scripts/gen-count-units.ts to write lib/count-units.ts and by the fuzz tests to check every
 * form through every count reader. Node only (never bundled: it formats with Intl).
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SCRIPTS = [
  'Adlm', 'Arab', 'Aran', 'Armn', 'Beng', 'Cakm', 'Cher', 'Cyrl', 'Deva', 'Dsrt', 'Ethi', 'Geor', 'Grek', 'Gujr', 'Guru',
  'Hans', 'Hant', 'Hebr', 'Hmnp', 'Java', 'Jpan', 'Khmr', 'Knda', 'Kore', 'Laoo', 'Latn', 'Mlym', 'Mong', 'Mtei', 'Mymr',
  'Nkoo', 'Olck', 'Orya', 'Rohg', 'Shaw', 'Sinh', 'Sund', 'Syrc', 'Taml', 'Telu', 'Tfng', 'Thaa', 'Thai', 'Tibt', 'Vaii',
  'Yiii',
];

function resolves(tag: string): string | undefined {
  try {
    const resolved = new Intl.NumberFormat(tag).resolvedOptions().locale;
    return resolved.toLowerCase() === tag.toLowerCase() ? resolved : undefined;
  } catch {
    return undefined;
  }
}

let cachedLocales: string[] | undefined;

/**
 * The locales Node's Intl has its own data for: every 2- and 3-letter language it supports, alone,
 * with each region and with each script (and script + region) that resolves to itself rather than
 * falling back to its language (about 940 in Node 24, ICU 77).
 */
export function intlLocales(): string[] {
  if (cachedLocales) return cachedLocales;
  const codes: string[] = [];
  for (const a of LETTERS) for (const b of LETTERS) codes.push(a + b);
  for (const a of LETTERS) for (const b of LETTERS) for (const c of LETTERS) codes.push(a + b + c);
  const languages = Intl.NumberFormat.supportedLocalesOf(codes, { localeMatcher: 'lookup' });
  const regions = ['001', '150', '419'];
  for (const a of LETTERS.toUpperCase()) for (const b of LETTERS.toUpperCase()) regions.push(a + b);
  const known = new Set<string>();
  for (const lang of languages) {
    for (const tag of [lang, ...regions.map((r) => `${lang}-${r}`), ...SCRIPTS.map((s) => `${lang}-${s}`)]) {
      const resolved = resolves(tag);
      if (resolved) known.add(resolved);
    }
  }
  for (const tag of [...known]) {
    if (!/^[a-z]+-[A-Z][a-z]{3}$/.test(tag)) continue;
    for (const r of regions) {
      const resolved = resolves(`${tag}-${r}`);
      if (resolved) known.add(resolved);
    }
  }
  return (cachedLocales = [...known].sort());
}

type Display = 'short' | 'long';
export const DISPLAYS: Display[] = ['short', 'long'];

/** Leading digits that reach every plural form (one, two, few, many, other) and every unit up to 10^15. */
const MANTISSAS = [1, 1.2, 1.5, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 100, 101, 102, 105, 111, 121, 200, 500];

/** Numbers whose compact forms show every unit word: m x 10^e below 10^15. */
function sampleNumbers(): number[] {
  const out: number[] = [];
  for (let e = 3; e <= 14; e++) for (const m of MANTISSAS) if (m * 10 ** e < 1e15) out.push(Math.round(m * 10 ** e));
  return out;
}

const BIDI = /[\u200e\u200f\u061c]/g;
const NUMBER = /\p{Nd}(?:\p{Nd}|[.,'’٫٬ ](?=\p{Nd}))*/u;

/** The value of a digit of any numbering system (a run of ten code points from its zero). */
function digitValue(d: string): number {
  const cp = d.codePointAt(0)!;
  for (let k = 0; k < 10; k++) if (!/\p{Nd}/u.test(String.fromCodePoint(cp - k - 1))) return k;
  return -1;
}

export interface UnitForm {
  locale: string;
  display: Display;
  /** As Intl wrote it, spaces folded to one ASCII space, direction marks removed. */
  text: string;
  n: number;
  /** The unit word, lower-cased, its dot kept; undefined for a form without one ("1234"). */
  word?: string;
  /** Power of ten the word stands for. */
  exponent?: number;
  position?: 'prefix' | 'suffix';
  /** Set when the form has words on both sides of the number (Burmese "ဋေ ၁.၂ သိန်း"), or none at all (French long "mille"). */
  odd?: boolean;
  /** Set for a form that drops its unit: no reader can tell it from the exact number it shows. */
  unitless?: boolean;
}

/** Each compact form of each number in `numbers` for a locale and display, with its unit word and power of ten. */
export function compactForms(locale: string, display: Display, numbers = sampleNumbers()): UnitForm[] {
  const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: display });
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return numbers.map((n) => {
    const text = format.format(n).replace(BIDI, '').replace(/\s+/gu, ' ').trim();
    const m = NUMBER.exec(text);
    if (!m) return { locale, display, text, n, odd: true };
    const before = text.slice(0, m.index).trim();
    const after = text.slice(m.index + m[0].length).trim();
    if (before && after) return { locale, display, text, n, odd: true };
    const word = (before || after).toLowerCase();
    const digits = [...m[0]].map((c) => (/\p{Nd}/u.test(c) ? String(digitValue(c)) : c === decimal ? '.' : '')).join('');
    // A form that drops its unit (Venetian writes 1000 as "1") says another number: odd.
    if (!word) return Number(digits) === n ? { locale, display, text, n } : { locale, display, text, n, odd: true, unitless: true };
    const ratio = n / Number(digits);
    const exponent = Math.round(Math.log10(ratio));
    if (Math.abs(ratio / 10 ** exponent - 1) > 0.06) return { locale, display, text, n, odd: true };
    return { locale, display, text, n, word, exponent, position: before ? 'prefix' : 'suffix' };
  });
}
