/**
 * Typed requests from the extension's pages to the background (lib/messages.ts). The background
 * is the only writer of stored data; pages ask it.
 */
import { browser } from 'wxt/browser';
import type { Answers, VettingRequest } from '../../lib/messages';
import { send } from '../../lib/send';

/** A vetting request (lib/send.ts), for pages that show an error when the background gives no answer. */
export async function ask<R extends VettingRequest>(request: R): Promise<Answers[R['type']]> {
  const answer = await send(request);
  if (answer === undefined || answer === null) throw new Error(`no answer to "${request.type}"`);
  return answer;
}

/** Calls `onChange` when stored vetting data changes (the background wrote it); returns the unsubscribe. */
export function watchStorage(onChange: () => void, keys: readonly string[] = ['history', 'shortlist', 'settings']): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => keys.includes(k) || k.startsWith('quarantine:'))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function extensionUrl(path: '/shortlist.html' | '/options.html' | '/report.html', hash = ''): string {
  return browser.runtime.getURL(path) + hash;
}

/** Opens one of the extension's pages in a tab (from the popup, which closes when it loses focus). */
export async function openPage(path: '/shortlist.html' | '/options.html' | '/report.html', hash = ''): Promise<void> {
  await browser.tabs.create({ url: extensionUrl(path, hash) });
}
