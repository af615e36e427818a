/**
 * User-facing strings come from the extension's messages (public/_locales/<lang>/messages.json),
 * so the UI follows the browser's language. Outside an extension (Node tests, `analyze`), the key
 * itself is returned, which keeps tests readable and missing messages visible.
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

/** The language numbers and dates are formatted in: the browser's UI language. */
export function uiLocale(): string | undefined {
  try {
    return browser?.i18n?.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}
