/**
 * Every compact form Intl writes, in every locale Node's Intl knows (scripts/intl-compact.ts:
 * about 940 locales, short and long display, every unit up to 10^14 and every plural form),
 * through every count reader: parseCount, countFromText, leadingCount (alone, before a word,
 * after a word) and countInElement (number and unit in one element, or in two). Issue 17 found
 * "412 tūkst." read as 412 and "48 હજાર" as 48: a reader that does not know a unit must refuse.
 *
 * - With the page's language, every form is read, and read right (its interval holds the number),
 *   except the forms CLDR itself makes ambiguous (Bengali "১ কো" 10^7 beside "১কো" 10^11), which
 *   are refused.
 * - Without a page language, a form is read right or refused, for counts below 10^11 (see
 *   tests/fuzz/count.test.ts for why); languages whose short letters clash with English ones are
 *   read the English way there, so they are checked with their language only.
 * - lib/count-units.ts and its core (lib/count-units-core.ts) are what scripts/gen-count-units.ts
 *   writes from this Node's Intl.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../lib/count';
import { LOCALE_UNIT_WORDS } from '../../lib/count-units';
import { countFromText, countInElement, leadingCount } from '../../lib/sites/common';
import { compactForms, DISPLAYS, intlLocales, type UnitForm } from '../../scripts/intl-compact';
import { generateCountUnits, generateCountUnitsCore } from '../../scripts/gen-count-units';

const REFUSED = new Set(
  LOCALE_UNIT_WORDS.split('|')
    .filter((e) => e.endsWith(' -1'))
    .map((e) => e.slice(0, -3)),
);
const NEEDS_PAGE_LANGUAGE = new Set(['tr', 'vi', 'id', 'ms', 'jv', 'to', 'da', 'sv', 'ca', 'es', 'eu', 'gl', 'hu', 'pt', 'kgp', 'yrl', 'kxv']);

type Reading = { value: number; exact: boolean; min: number; max: number } | null | undefined;

function wrong(form: UnitForm, r: Reading): string | null {
  if (!r) return null;
  if (r.exact && r.value !== form.n) return `exact ${r.value}`;
  if (!(r.min <= form.n && form.n <= r.max)) return `[${r.min}, ${r.max}]`;
  return null;
}

function refusedByCldr(form: UnitForm): boolean {
  if (!form.word) return false;
  const parts = form.locale.toLowerCase().split('-');
  return parts.some((_, i) => REFUSED.has(`${parts.slice(0, parts.length - i).join('-')} ${form.word}`));
}

// Locales whose forms can read differently from their language's: those lib/count-units.ts lists.
const REGIONAL = new Set(LOCALE_UNIT_WORDS.split('|').map((e) => e.split(' ')[0]).filter((l) => l.includes('-')));

/** Each form once per language (a region writing the same text as its language reads the same). */
const FORMS: UnitForm[] = (() => {
  const seen = new Set<string>();
  return intlLocales()
    .flatMap((locale) => DISPLAYS.flatMap((display) => compactForms(locale, display)))
    .filter((f) => {
      const key = `${f.text}|${f.n}|${REGIONAL.has(f.locale.toLowerCase()) ? f.locale : f.locale.split('-')[0]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
})();

function failures(read: (form: UnitForm) => Reading, opts: { mustRead: boolean; filter?: (f: UnitForm) => boolean }): string[] {
  const out: string[] = [];
  for (const form of FORMS) {
    if (form.unitless || (opts.filter && !opts.filter(form))) continue;
    const r = read(form);
    const w = wrong(form, r);
    if (w) out.push(`${JSON.stringify(form.text)} (${form.locale}) for ${form.n}: ${w}`);
    else if (opts.mustRead && !r && !form.odd && !refusedByCldr(form)) out.push(`${JSON.stringify(form.text)} (${form.locale}) for ${form.n}: not read`);
    if (out.length > 20) break;
  }
  return out;
}

describe('every CLDR compact form of every Intl locale, through every count reader', () => {
  it('covers the locales and forms it claims', () => {
    expect(intlLocales().length).toBeGreaterThan(700);
    expect(FORMS.length).toBeGreaterThan(50_000);
    // Odd forms (no number, or words on both sides) are few: French long "mille", Burmese "ဋေ ၁.၂ သိန်း".
    expect(FORMS.filter((f) => f.odd).length).toBeLessThan(1_000);
    // Forms that drop their unit (Venetian "1" for 1000) are skipped: they look exact to any reader.
    expect(new Set(FORMS.filter((f) => f.unitless).map((f) => f.locale.split('-')[0]))).toEqual(new Set(['vec']));
  });

  it('lib/count-units.ts and lib/count-units-core.ts are what scripts/gen-count-units.ts writes from this Node', { timeout: 120_000 }, () => {
    const onDisk = readFileSync(new URL('../../lib/count-units.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(generateCountUnits());
    expect(readFileSync(new URL('../../lib/count-units-core.ts', import.meta.url), 'utf8')).toBe(generateCountUnitsCore());
  });

  it('parseCount with the page language: every form read, and read right', () => {
    expect(failures((f) => parseCount(f.text, { locale: f.locale }), { mustRead: true })).toEqual([]);
  });

  it('parseCount without a page language: right or refused', () => {
    const filter = (f: UnitForm) => f.n < 1e11 && !NEEDS_PAGE_LANGUAGE.has(f.locale.split('-')[0]);
    expect(failures((f) => parseCount(f.text), { mustRead: false, filter })).toEqual([]);
  });

  it("countFromText and leadingCount, alone and inside words, with the page language", { timeout: 120_000 }, () => {
    expect(failures((f) => countFromText(f.text, 'text', f.locale), { mustRead: true })).toEqual([]);
    expect(failures((f) => leadingCount(f.text, 'text', f.locale), { mustRead: true })).toEqual([]);
    // Followed by a word ("12 tūkst. peržiūrų") or a sentence, and after one ("Followers: 12 tūkst.").
    expect(failures((f) => leadingCount(`${f.text} followers`, 'text', f.locale), { mustRead: true })).toEqual([]);
    expect(failures((f) => leadingCount(`${f.text}, last week`, 'text', f.locale), { mustRead: true })).toEqual([]);
    expect(failures((f) => leadingCount(`Followers: ${f.text}`, 'text', f.locale), { mustRead: true })).toEqual([]);
  });

  it('leadingCount never reads a number beside a unit it cannot resolve: without a language, or in another language', () => {
    const filter = (f: UnitForm) => f.n < 1e11 && !NEEDS_PAGE_LANGUAGE.has(f.locale.split('-')[0]);
    expect(failures((f) => leadingCount(`${f.text} views`, 'text'), { mustRead: false, filter })).toEqual([]);
    // A page that says it is in English, showing another language's form: right or refused, for
    // the forms whose words English does not write.
    // ("10.000 millones" is left out: a separator before three digits is a decimal point in English.)
    const foreign = (f: UnitForm) => filter(f) && !/^[a-z]{1,2}\.?$/.test(f.word ?? 'x') && !/\p{Nd}[.,]\p{Nd}{3}(?!\p{Nd})/u.test(f.text);
    expect(failures((f) => leadingCount(`${f.text} views`, 'text', 'en'), { mustRead: false, filter: foreign })).toEqual([]);
  });

  it('countInElement: the form in one element, or its number and unit in two', () => {
    const { document } = parseHTML('<html><body><div id="one"></div><div id="two"><span></span><span></span></div></body></html>');
    const one = document.getElementById('one')!;
    const two = document.getElementById('two')!;
    const [num, unit] = Array.from(two.children);
    // One form per locale, display and power of ten keeps this DOM-bound reader to a few seconds.
    const seen = new Set<string>();
    const sample = (f: UnitForm) => {
      const key = `${f.locale} ${f.display} ${f.word} ${String(f.n).length}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    expect(
      failures(
        (f) => {
          one.textContent = f.text;
          return countInElement(one, 'text', f.locale);
        },
        { mustRead: true, filter: sample },
      ),
    ).toEqual([]);
    seen.clear();
    const split = (f: UnitForm) => {
      const m = /^(.*\p{Nd})([^\p{Nd}]*)$/u.exec(f.text);
      return m && !f.odd && f.position === 'suffix' ? [m[1], m[2]] : null;
    };
    expect(
      failures(
        (f) => {
          const parts = split(f)!;
          num.textContent = parts[0];
          unit.textContent = parts[1];
          return countInElement(two, 'text', f.locale);
        },
        { mustRead: false, filter: (f) => split(f) !== null && sample(f) },
      ),
    ).toEqual([]);
  });
});
