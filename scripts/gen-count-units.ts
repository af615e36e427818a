/**
 * Writes lib/count-units.ts: the unit words of every compact number form Intl knows (CLDR, short
 * and long display, every locale of this Node's ICU), as data, so the count parser knows every
 * unit without formatting anything in the content script. And lib/count-units-core.ts, what the
 * sites' content scripts carry instead (wxt.config.ts): the same data for the words of a closed
 * class (CORE_WORDS), plus the heads of the others, so that lib/count-tables.ts knows which words
 * it answers for exactly and for which it must load the full table (the `units` part, lib/parts.ts).
 *
 *   npx tsx scripts/gen-count-units.ts          (rewrites both files)
 *   npx tsx scripts/gen-count-units.ts --print  (prints the full one; tests/fuzz/count-cldr.test.ts compares both)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactForms, DISPLAYS, intlLocales } from './intl-compact';

/**
 * Short Latin words every language's counts use ("K", "M", "Mrd"; lib/count.ts SUFFIXES). Other
 * words of one or two Latin letters ("d" Hausa, "e" Hungarian, "h", "n") are read only on pages in
 * a language that writes them: elsewhere "5 d" is five days, not five thousand.
 */
const INTERNATIONAL_SHORT = new Set(['k', 'm', 'b', 't', 'l', 'g', 'mn', 'bn', 'bi', 'mi', 'md', 'mr', 'mm', 'rb', 'jt', 'tr', 'cr', 'tn', 'kt']);

function localOnly(word: string, majorityOf: Map<string, number>): boolean {
  if (INTERNATIONAL_SHORT.has(word)) return false;
  if (/^[a-z]{1,2}\.?$/.test(word) && !INTERNATIONAL_SHORT.has(word.replace(/\.$/, ''))) return true;
  // "mil." (Czech million) beside "mil" (Spanish thousand): a sentence's full stop must not decide.
  const twin = word.endsWith('.') ? word.slice(0, -1) : `${word}.`;
  return majorityOf.has(twin) && majorityOf.get(twin) !== majorityOf.get(word);
}

/**
 * A sorted word list, front-coded (lib/count.ts frontDecoded reads it): each word after the first
 * starts with how many UTF-16 units it shares with the one before (a digit 1-9, none when 0), then
 * the rest. "milion|6a|6e|6i" is milion, miliona, milione, milioni: a third fewer bytes in every
 * content script (npm run bench), the same words.
 */
export function frontCoded(words: readonly string[]): string {
  let prev = '';
  return [...words].sort().map((word) => {
    if (/^[1-9]/.test(word)) throw new Error(`a unit word starting with a digit cannot be front-coded: ${word}`);
    let n = 0;
    while (n < 9 && n < prev.length && n < word.length && prev[n] === word[n]) n++;
    // Never between the two halves of a surrogate pair (the file would hold a lone surrogate).
    if (n > 0 && /[\ud800-\udbff]/.test(word[n - 1])) n--;
    prev = word;
    return (n ? String(n) : '') + word.slice(n);
  }).join('|');
}

/**
 * The words the core answers for exactly: short Latin words (every "k", "mil", "mln", "tys.", "mio.")
 * and the English words in full. Pages in English and most Latin-script counts need nothing else.
 */
export const CORE_WORDS = /^(?:[a-z.]{1,5}|thousand|million|billion|trillion|lakh crore)$/;
/** How many UTF-16 units of a word outside the core its head is (lib/count-tables.ts HEAD). */
export const HEAD_LENGTH = 4;

interface UnitData {
  byExponent: Map<number, string[]>;
  overrides: string[];
  prefixWords: Set<string>;
  zeros: Set<number>;
}
let data: UnitData | undefined;

function unitData(): UnitData {
  if (data) return data;
  const byWord = new Map<string, Map<number, Set<string>>>();
  const prefixWords = new Set<string>();
  const zeros = new Set<number>();
  for (const locale of intlLocales()) {
    const ns = new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
    const zero = new Intl.NumberFormat(`${locale}-u-nu-${ns}`, { useGrouping: false }).format(0);
    if (zero !== '0') zeros.add(zero.codePointAt(0)!);
    for (const display of DISPLAYS) {
      for (const form of compactForms(locale, display)) {
        if (!form.word || form.exponent === undefined) continue;
        const uses = byWord.get(form.word) ?? new Map<number, Set<string>>();
        byWord.set(form.word, uses);
        const locales = uses.get(form.exponent) ?? new Set<string>();
        uses.set(form.exponent, locales);
        locales.add(locale.toLowerCase());
        if (form.position === 'prefix') prefixWords.add(form.word);
      }
    }
  }
  // A word means one power of ten in most locales; the others are listed by locale (the language
  // when all its locales agree, else the full tag).
  const byExponent = new Map<number, string[]>();
  const overrides: string[] = [];
  const majorityOf = new Map<string, number>();
  const refusedIn = new Map<string, Set<string>>(); // word -> locales writing it for two powers of ten
  for (const [word, uses] of byWord) {
    const seen = new Map<string, number>();
    for (const [exp, locales] of uses) for (const l of locales) {
      if (seen.has(l) && seen.get(l) !== exp) (refusedIn.get(word) ?? refusedIn.set(word, new Set()).get(word)!).add(l);
      seen.set(l, exp);
    }
  }
  for (const [word, uses] of byWord) {
    // The majority among the locales that give the word one meaning; none: the word is local-only.
    const counted = [...uses].map(([exp, ls]) => [exp, [...ls].filter((l) => !refusedIn.get(word)?.has(l)).length] as const);
    const ranked = counted.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (ranked.length) majorityOf.set(word, ranked[0][0]);
  }
  for (const [word, uses] of [...byWord].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const local = !majorityOf.has(word) || localOnly(word, majorityOf);
    // A local-only word has no meaning outside the locales listed (-2 never matches an exponent).
    const majority = local ? -2 : majorityOf.get(word)!;
    if (!local) (byExponent.get(majority) ?? byExponent.set(majority, []).get(majority)!).push(word);
    // A word one locale writes for two powers of ten (Bengali "১ কো" 10^7 and "১কো" 10^11, Tongan
    // "m" 10^4 and "M" 10^6 once lower-cased) is refused there: -1.
    const exponentOf = new Map<string, number>();
    for (const [exp, locales] of uses) for (const l of locales) exponentOf.set(l, exponentOf.has(l) && exponentOf.get(l) !== exp ? -1 : exp);
    const languageExp = new Map<string, number>();
    for (const [l, exp] of exponentOf) {
      const lang = l.split('-')[0];
      if (!languageExp.has(lang)) languageExp.set(lang, exponentOf.get(lang) ?? exp);
    }
    for (const [lang, exp] of languageExp) if (exp !== majority) overrides.push(`${lang} ${word} ${exp}`);
    for (const [l, exp] of exponentOf) {
      const lang = l.split('-')[0];
      if (l !== lang && exp !== languageExp.get(lang)) overrides.push(`${l} ${word} ${exp}`);
    }
  }
  data = { byExponent, overrides: [...new Set(overrides)].sort(), prefixWords, zeros };
  return data;
}

/** The file's text: every word (`core` false), or the core's words only with the heads of the others. */
function unitsFile(core: boolean): string {
  const { byExponent, overrides, prefixWords, zeros } = unitData();
  const kept = (words: Iterable<string>) => [...words].filter((w) => !core || CORE_WORDS.test(w));
  const exponents = [...byExponent.keys()].filter((e) => kept(byExponent.get(e)!).length).sort((a, b) => a - b);
  // The words lib/count-tables.ts looks up in these lists (the locales' own words are all in both files).
  const listed = [...[...byExponent.values()].flat(), ...prefixWords];
  const all = [...listed, ...overrides.map((o) => o.split(' ').slice(1, -1).join(' '))];
  const others = listed.filter((w) => !CORE_WORDS.test(w));
  const elsewhere = new Set(others.map((w) => w.slice(0, HEAD_LENGTH)).filter((h) => /^[\x00-\x7f]*$/.test(h)));
  // And the first word, its space and the next letter of the others that start with a word of the core ("mil m").
  for (const w of others) if (w.includes(' ') && CORE_WORDS.test(w.slice(0, w.indexOf(' ')))) elsewhere.add(w.slice(0, w.indexOf(' ') + 2));
  const lines = [
    '// Generated by scripts/gen-count-units.ts from Intl.NumberFormat(locale, { notation: \'compact\' }),',
    `// short and long display, for all ${intlLocales().length} locales of Node ${process.versions.node} (ICU ${process.versions.icu},`,
    `// CLDR ${process.versions.cldr}). Do not edit: run \`npx tsx scripts/gen-count-units.ts\`.`,
    ...(core ? ['// The core the sites\' content scripts carry instead of lib/count-units.ts (wxt.config.ts, lib/count-tables.ts).'] : []),
    '',
    '/** Unit words (lower-case, with their dot), by the power of ten most locales give them; front-coded (lib/count-tables.ts frontDecoded). */',
    'export const UNIT_WORDS: Record<number, string> = {',
    ...exponents.map((e) => `  ${e}: ${JSON.stringify(frontCoded(kept(byExponent.get(e)!)))},`),
    '};',
    '',
    '/** "locale word power" for the locales where a word means another power of ten (-1: two, so refused). */',
    `export const LOCALE_UNIT_WORDS = ${JSON.stringify(overrides.join('|'))};`,
    '',
    '/** Words some locales write before the number ("elfu 12", Swahili for 12 thousand); front-coded. */',
    `export const PREFIX_UNIT_WORDS = ${JSON.stringify(frontCoded(kept(prefixWords)))};`,
    '',
    '/** The zero of each numbering system those locales write numbers in (besides 0-9). */',
    `export const DIGIT_ZEROS = [${[...zeros].sort((a, b) => a - b).map((z) => `0x${z.toString(16)}`).join(', ')}];`,
    '',
    '/** The longest unit word\'s length, in UTF-16 units (lib/count.ts reads that far after a number). */',
    `export const LONGEST_UNIT_WORD = ${Math.max(...all.map((w) => w.length))};`,
    '',
    ...(core
      ? [
          '/** The words this file holds every unit of (any other word: the heads below tell whether it could be one). */',
          `export const UNITS_WITHIN: RegExp | undefined = ${CORE_WORDS};`,
          '',
          `/** The first ${HEAD_LENGTH} UTF-16 units of every other unit word when ASCII, and its first word, space and next letter when that word is in the core's class ("mil m"): a word whose head or start is not listed is no unit. */`,
          `export const UNITS_ELSEWHERE = ${JSON.stringify([...elsewhere].sort().join('|'))};`,
        ]
      : [
          '/** Every unit word is here (lib/count-units-core.ts holds a class of them only). */',
          'export const UNITS_WITHIN: RegExp | undefined = undefined;',
          '',
          '/** No unit word elsewhere. */',
          'export const UNITS_ELSEWHERE = \'\';',
        ]),
    '',
  ];
  return lines.join('\n');
}

export function generateCountUnits(): string {
  return unitsFile(false);
}

export function generateCountUnitsCore(): string {
  return unitsFile(true);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateCountUnits();
  if (process.argv.includes('--print')) process.stdout.write(text);
  else {
    writeFileSync(new URL('../lib/count-units.ts', import.meta.url), text);
    writeFileSync(new URL('../lib/count-units-core.ts', import.meta.url), generateCountUnitsCore());
  }
}
