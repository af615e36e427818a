/**
 * The engine's phrases worded in English outside the browser: `npm run analyze` prints them, and Node tests read
 * them. The English catalogue is imported whole, so only Node code imports this file (never an extension bundle).
 */
import catalogue from '../public/_locales/en/messages.json';
import type { Phrase } from './phrase';
import { wordsWith, type Words } from './words';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES = catalogue as unknown as Record<string, Entry>;

/** getMessage as Chrome answers it: $name$ -> its placeholder's content, then $1..$9 and $$. A missing key -> the key. */
export function englishMessage(key: string, substitutions: string[] = []): string {
  const entry = MESSAGES[key];
  if (!entry) return key;
  const named = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const fill = (s: string) => s.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  return entry.message
    .split(/(\$[A-Za-z0-9_@]+\$)/)
    .map((part) => {
      const m = part.match(/^\$([A-Za-z0-9_@]+)\$$/);
      return m && named[m[1].toLowerCase()] !== undefined ? fill(named[m[1].toLowerCase()]) : fill(part);
    })
    .join('');
}

export const english: Words = wordsWith(englishMessage, 'en-US');

/** Every phrase inside a value (an Analysis, a Signal...) replaced by its English words: for printing. */
export function inEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inEnglish);
  if (!value || typeof value !== 'object') return value;
  if (typeof (value as Phrase).msg === 'string' && Object.keys(value).every((k) => k === 'msg' || k === 'args')) return english(value as Phrase);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inEnglish(v)]));
}
