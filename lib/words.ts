/**
 * Words the engine's phrases (lib/phrase.ts) in the user's language: the message from the locale catalogue, its
 * numbers formatted in the UI's locale. Runs in extension pages and in the background (which words the in-page
 * panel), never in a content script. A plain string is shown as it is (names and page text, and summaries stored
 * before phrases existed).
 */
import { isPhrase, PAGE_NOTE, type FlatArg, type Phrase, type PhraseArg } from './phrase';
import { t, uiLocale } from './i18n';

export type Translate = (key: string, substitutions?: string[]) => string;
export type Words = (phrase: Phrase | string | undefined) => string;

/** The same digits rule as the badge's rate: 0.012 -> "1.2%", 0.0345 -> "3.45%", 0.00012 -> "0.012%". */
function percent(fraction: number, locale: string | undefined): string {
  const digits = fraction < 0.001 ? 3 : fraction < 0.1 ? 2 : 1;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(fraction);
}

export function wordsWith(translate: Translate, locale: string | undefined): Words {
  const formats = new Map<number, Intl.NumberFormat>();
  const number = (n: number, digits: number) => {
    let f = formats.get(digits);
    if (!f) formats.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f.format(n);
  };
  const arg = (a: PhraseArg | FlatArg): string => {
    // Stored or messaged data may be anything: what is not an argument shows as nothing rather than throwing.
    if (!a || typeof a !== 'object') return typeof a === 'string' || typeof a === 'number' ? String(a) : '';
    if ('num' in a) return Number.isFinite(a.num) ? number(a.num, a.digits ?? 0) : '—';
    if ('pct' in a) return Number.isFinite(a.pct) ? percent(a.pct, locale) : '—';
    if ('text' in a) return a.text;
    if ('list' in a) return Array.isArray(a.list) ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(a.list.map(word)) : '';
    return word(a);
  };
  const word: Words = (p) => {
    if (p === undefined) return '';
    if (typeof p === 'string') return p;
    if (!isPhrase(p)) return '';
    return translate(p.msg, (Array.isArray(p.args) ? p.args : []).map(arg));
  };
  return word;
}

/** In the UI: the browser's messages and language. */
export function words(locale: string | undefined = uiLocale()): Words {
  return wordsWith((key, subs) => t(key, subs), locale);
}

/** One phrase in the UI's language. */
export function word(p: Phrase | string | undefined): string {
  return words()(p);
}

/** An adapter note shown as written (English): the UI marks it as such (lang="en"). */
export function isPageNote(p: Phrase | string | undefined): boolean {
  return typeof p === 'object' && p !== null && p.msg === PAGE_NOTE;
}
