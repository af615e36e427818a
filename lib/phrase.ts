/**
 * What the engine says, as a message id and its parameters rather than a sentence: the UI words it
 * in the user's language from the locale catalogues (lib/words.ts), the CLI and tests in English
 * (lib/words-en.ts). Pure data (plain JSON), so analyses can be stored and messaged as they are.
 *
 * `msg` is a key of public/_locales/<lang>/messages.json; each argument fills $1..$9 in order:
 * - { num, digits? }  a number, formatted in the UI's locale (at most `digits` decimals, default 0);
 * - { pct }           a fraction shown as a percentage (0.012 -> "1.2%");
 * - { text }          words shown as they are: names, handles, page text and quotes;
 * - { msg, args? }    another message, worded first (its own arguments are flat);
 * - { list }          messages joined as a list in the UI's language ("a, b and c").
 */
export type FlatArg = { num: number; digits?: number } | { pct: number } | { text: string };
export interface FlatPhrase {
  msg: string;
  args?: FlatArg[];
}
export type PhraseArg = FlatArg | FlatPhrase | { list: FlatPhrase[] };
export interface Phrase {
  msg: string;
  args?: PhraseArg[];
}

/** A phrase: `ph('sig_low_title')`, `ph('sig_low_text', num(3), pct(0.012))`. */
export function ph(msg: string, ...args: PhraseArg[]): Phrase {
  return args.length ? { msg, args } : { msg };
}

/** A phrase whose arguments are plain values (one that can sit inside another phrase or a list). */
export function flat(msg: string, ...args: FlatArg[]): FlatPhrase {
  return args.length ? { msg, args } : { msg };
}

export const num = (n: number, digits = 0): FlatArg => (digits ? { num: n, digits } : { num: n });
export const pct = (fraction: number): FlatArg => ({ pct: fraction });
export const text = (words: string): FlatArg => ({ text: words });

/** A note an adapter wrote in English that has no message of its own: shown as it is, marked as the page reader's. */
export const PAGE_NOTE = 'note_page';

export function isPhrase(x: unknown): x is Phrase {
  return typeof x === 'object' && x !== null && typeof (x as Phrase).msg === 'string';
}
