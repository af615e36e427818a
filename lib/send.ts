/**
 * The one way to send a message of the protocol (lib/messages.ts): the answer's type follows from
 * the request's. Only types come from lib/messages.ts, so a content script using this bundles no
 * zod: requests are validated where they are received (the background's RequestSchema, the content
 * script's own check of the ping), never trusted for having been typed here.
 */
import { browser } from 'wxt/browser';
import type { Answers, ContentAnswers, Request } from './messages';
import { PING } from './ping';

/**
 * To the background. Resolves with its answer, or undefined where it gave none (a request the
 * sender may not make, a page report about another site than its tab); rejects when no background
 * listens (the extension was updated or reloaded).
 */
export const send = <R extends Request>(request: R): Promise<Answers[R['type']] | undefined> => browser.runtime.sendMessage(request);

/** To a tab's content script: is RealReach alive there (it is not after an extension update)? */
export async function pingTab(tabId: number): Promise<boolean> {
  const answer = (await browser.tabs.sendMessage(tabId, PING)) as ContentAnswers[typeof PING.type] | undefined;
  return answer?.alive === true;
}
