/**
 * The unit-word tables lib/count.ts reads counts with, built from lib/count-units.ts (generated from
 * CLDR) on the first count with a word, not when a content script loads: a page whose counts are
 * all digits, or that is not a profile, never pays for them (npm run bench).
 *
 * The sites' content scripts carry lib/count-units-core.ts in its place (wxt.config.ts,
 * scripts/content-units.ts): every unit of a class of words (UNITS_WITHIN: short Latin words, the
 * English ones) and the heads of the others. For a word outside it, whose head says it could be a
 * unit, the full table is taken from the `units` part (lib/parts.ts) when it is on the shelf; when
 * it is not, the part is wanted (lib/part-shelf.ts) and the word answered as no unit meanwhile: the
 * read that asked waits for the part and is read again (lib/sites/read.ts), so that answer is
 * never shown. Node, the background and the tests import the full table: every word is here.
 */
import { LOCALE_UNIT_WORDS, PREFIX_UNIT_WORDS, UNIT_WORDS, UNITS_ELSEWHERE, UNITS_WITHIN } from './count-units';
import { partHandedOver, wantPart } from './part-shelf';

/** What the `units` part hands over (lib/count-units-part.ts): the words the core leaves out. */
export interface FullUnitWords {
  unitWords: Record<number, string>;
  prefixWords: string;
}

export interface UnitTables {
  /** Unit word -> the power of ten most locales give it. */
  cldr: Map<string, number>;
  /** Locale -> its own words' powers of ten (-1: refused there). */
  local: Map<string, Map<string, number>>;
  /** Every word some locale gives its own meaning. */
  ambiguous: Set<string>;
  /** Words some locales write before the number. */
  prefix: Set<string>;
  /** Every unit word is here (the full table), not the core's class only. */
  complete: boolean;
}

/** How many UTF-16 units of a word its head is (scripts/gen-count-units.ts HEAD_LENGTH). */
const HEAD = 4;

let tables: UnitTables | undefined;
let heads: Set<string> | undefined;

/** The words of a front-coded list (scripts/gen-count-units.ts frontCoded): "milion|6a" is milion, miliona. */
export function frontDecoded(list: string): string[] {
  let prev = '';
  return list.split('|').map((part) => {
    const shared = part.charCodeAt(0) - 48;
    prev = shared >= 1 && shared <= 9 ? prev.slice(0, shared) + part.slice(1) : part;
    return prev;
  });
}

function built(unitWords: Record<number, string>, prefixWords: string, complete: boolean): UnitTables {
  const cldr = new Map<string, number>();
  for (const [exp, words] of Object.entries(unitWords)) for (const w of frontDecoded(words)) cldr.set(w, Number(exp));
  const local = new Map<string, Map<string, number>>();
  for (const entry of LOCALE_UNIT_WORDS.split('|')) {
    const first = entry.indexOf(' ');
    const last = entry.lastIndexOf(' ');
    const locale = entry.slice(0, first);
    const table = local.get(locale) ?? new Map<string, number>();
    local.set(locale, table);
    table.set(entry.slice(first + 1, last), Number(entry.slice(last + 1)));
  }
  const ambiguous = new Set([...local.values()].flatMap((t) => [...t.keys()]));
  return { cldr, local, ambiguous, prefix: new Set(frontDecoded(prefixWords)), complete };
}

/** The tables here: the full ones, or the core's until the full table comes. */
export function units(): UnitTables {
  return (tables ??= built(UNIT_WORDS, PREFIX_UNIT_WORDS, UNITS_WITHIN === undefined));
}

/**
 * Whether the tables here answer for `form` (a lower-case word as looked up) as the full table
 * would. When they may not, the full table is taken from the shelf (once), or the `units` part is
 * wanted and false answered: the caller then answers "no unit" for now.
 */
export function answersFor(form: string): boolean {
  if (units().complete || UNITS_WITHIN?.test(form)) return true;
  const head = form.slice(0, HEAD);
  heads ??= new Set(UNITS_ELSEWHERE.split('|'));
  // Every unit word outside the class whose head is ASCII has its head listed; other heads could be one.
  if (/^[\x00-\x7f]*$/.test(head) && !heads.has(head)) return true;
  // "million subscribers", "mil seguidores": no unit word starts so ("mil millones" does: "mil m" is listed).
  const space = form.indexOf(' ');
  if (space > 0 && UNITS_WITHIN?.test(form.slice(0, space)) && !heads.has(form.slice(0, space + 2))) return true;
  const full = fullWordsOnShelf();
  if (full) {
    tables = built(full.unitWords, full.prefixWords, true);
    return true;
  }
  wantPart('units');
  return false;
}

/** What the `units` part left on the shelf, if it is there and well formed (strings, bounded sizes). */
function fullWordsOnShelf(): FullUnitWords | undefined {
  const hand = partHandedOver('units');
  if (!hand) return undefined;
  try {
    const value = hand() as Partial<FullUnitWords> | null;
    const lists = value?.unitWords;
    if (typeof value?.prefixWords !== 'string' || value.prefixWords.length > 4_000) return undefined;
    if (typeof lists !== 'object' || lists === null) return undefined;
    const entries = Object.entries(lists);
    const fine = entries.length > 0 && entries.length <= 32 && entries.every(([exp, words]) => /^\d{1,2}$/.test(exp) && typeof words === 'string' && words.length <= 16_000);
    return fine ? { unitWords: lists, prefixWords: value.prefixWords } : undefined;
  } catch {
    return undefined;
  }
}
