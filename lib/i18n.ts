/**
 * User-facing strings come from the extension's messages (public/_locales/<lang>/messages.json),
 * so the UI follows the browser's language. Outside an extension (Node tests, `analyze`), the key
 * itself is returned, which keeps tests readable and missing messages visible.
 *
 * Chrome's messages have no plural forms: `tp()` picks `<key>_one` or `<key>_other` with
 * Intl.PluralRules in the UI language (Spanish "many" and others fall back to `_other`).
 */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    // WXT types getMessage's keys from the English messages; keys here are checked by a test instead.
    const getMessage = browser?.i18n?.getMessage as ((key: string, subs?: string | string[]) => string) | undefined;
    const message = getMessage?.(key, substitutions);
    if (message) return message;
  } catch {
    // Not in an extension context.
  }
  return key;
}

/** A message with a count: `<key>_one` for 1 (in languages that single it out), `<key>_other` otherwise. */
export function tp(key: string, count: number, substitutions: string[]): string {
  let form = 'other';
  try {
    form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  } catch {
    form = count === 1 ? 'one' : 'other';
  }
  return t(`${key}_${form}`, substitutions);
}

let cachedLocale: string | undefined | null = null;

/**
 * The language numbers and dates are formatted in: the browser's UI language. When the messages
 * shown are in another language than that (a browser whose reported UI language and the locale
 * Chrome picked for the messages disagree, as headless Chromium's do), the page's language is
 * used if it matches the messages, so that words and numbers never mix two languages.
 */
export function uiLocale(): string | undefined {
  if (cachedLocale !== null) return cachedLocale;
  let ui: string | undefined;
  try {
    ui = browser?.i18n?.getUILanguage() || undefined;
  } catch {
    ui = undefined;
  }
  const messages = t('messagesLocale');
  const lang = (tag: string | undefined) => tag?.toLowerCase().split(/[-_]/)[0];
  if (messages !== 'messagesLocale' && ui && lang(ui) !== lang(messages)) {
    const nav = typeof navigator === 'object' ? navigator.language : undefined;
    ui = nav && lang(nav) === lang(messages) ? nav : messages;
  }
  cachedLocale = ui;
  return ui;
}

/** For tests that switch the messages between runs. */
export function resetLocaleCache(): void {
  cachedLocale = null;
}
