/**
 * The background's side of the followers-list reader on demand (lib/content/followers-load.ts): a
 * content script whose page shows a followers list asks for its site's reader, and it is injected
 * into that frame only. Which file is decided here, from the sender's own URL and the site list:
 * the message carries nothing to choose it with. Refused: a sender that is not this extension's
 * content script in a tab, a page on no site of the list, a site without a reader.
 */
import { followersEntry, siteForUrl } from '../sites/list';
import type { Answers } from '../messages';

export interface InjectionSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** The part of `browser.scripting` used here (a fake in the unit tests). */
export interface Scripting {
  executeScript(options: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

/** The reader file for a sender, or why not (for the console and the tests). */
export function followersFileFor(sender: InjectionSender, extensionId: string): { file: string; tabId: number; frameId: number } | { refused: string } {
  if (sender.id !== extensionId) return { refused: 'not this extension' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return { refused: 'not from a tab' };
  const frameId = sender.frameId ?? 0;
  if (!Number.isInteger(frameId) || frameId < 0) return { refused: 'no frame' };
  const url = sender.url ?? sender.tab?.url;
  if (!url || !url.startsWith('https://')) return { refused: 'not an https page' };
  const site = siteForUrl(url);
  if (!site) return { refused: 'not a page of a site RealReach reads' };
  const entry = followersEntry(site);
  if (!entry) return { refused: `${site.name} has no followers-list reader` };
  return { file: `/content-scripts/${entry}.js`, tabId, frameId };
}

export async function injectFollowers(sender: InjectionSender, extensionId: string, scripting: Scripting): Promise<Answers['followers-load']> {
  const target = followersFileFor(sender, extensionId);
  if ('refused' in target) {
    console.warn(`RealReach: refused to load a followers reader (${target.refused})`);
    return { loaded: false };
  }
  try {
    await scripting.executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [target.file] });
    return { loaded: true };
  } catch (err) {
    // The tab navigated away or closed meanwhile: the content script may ask again.
    console.warn('RealReach: could not inject the followers reader', err);
    return { loaded: false };
  }
}
