/**
 * The extension's messages in Node: loads public/_locales/<lang>/messages.json and answers
 * getMessage the way Chrome does ($name$ -> the placeholder's content, $1..$9 -> substitutions,
 * $$ -> $; names case-insensitive; a missing key -> ""), through WXT's fake browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetLocaleCache } from '../../../../lib/i18n';
import { REPO_ROOT } from '../../../support/shared';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export const LOCALES = ['en', 'es'] as const;

export function loadMessages(lang: string): Messages {
  return JSON.parse(readFileSync(resolve(REPO_ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
}

/** Chrome's substitution rules for one message. */
export function formatMessage(entry: MessageEntry | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withNames = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders[name.toLowerCase()];
    return content === undefined ? whole : `\u0000${content}\u0000`;
  });
  // Substitute inside placeholder contents and in the message's own $1 / $$.
  return withNames
    .split('\u0000')
    .map((part) => fill(part))
    .join('');
}

/** Makes `t()` answer from the given language's messages, and `uiLocale()` return `uiLanguage`. */
export function useMessages(lang: string, uiLanguage = lang === 'en' ? 'en-US' : lang): Messages {
  const messages = loadMessages(lang);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => formatMessage(messages[key], subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  resetLocaleCache();
  return messages;
}
