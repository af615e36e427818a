/**
 * The background's side of the parts loaded on demand (lib/parts.ts; the content side is
 * lib/content/part-load.ts): a content script asks for a part by name, and its bundle is injected
 * into that frame only. Which file is decided here, from the part's name (a fixed list the
 * message was checked against) and the sender's own URL and the site list: the message carries no
 * file and no site. Refused: a sender that is not this extension's content script in a tab, a page
 * on no site of the list, a site without that part (a followers reader, a post pages' reader).
 */
import { followersEntry, postReaderEntry, siteForUrl } from '../sites/list';
import { PANEL_ENTRY, UNITS_ENTRY, type PartName } from '../parts';
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

/** The part's file for a sender, or why not (for the console and the tests). */
export function partFileFor(sender: InjectionSender, part: PartName, extensionId: string): { file: string; tabId: number; frameId: number } | { refused: string } {
  if (sender.id !== extensionId) return { refused: 'not this extension' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return { refused: 'not from a tab' };
  const frameId = sender.frameId ?? 0;
  if (!Number.isInteger(frameId) || frameId < 0) return { refused: 'no frame' };
  const url = sender.url ?? sender.tab?.url;
  if (!url || !url.startsWith('https://')) return { refused: 'not an https page' };
  const site = siteForUrl(url);
  if (!site) return { refused: 'not a page of a site RealReach reads' };
  const entry =
    part === 'panel' ? PANEL_ENTRY : part === 'units' ? UNITS_ENTRY : part === 'followers' ? followersEntry(site) : part === 'post-reader' ? postReaderEntry(site) : undefined;
  if (!entry) {
    const missing = part === 'followers' ? 'followers-list reader' : part === 'post-reader' ? 'post-page reader part' : undefined;
    return { refused: missing ? `${site.name} has no ${missing}` : `no part named ${String(part)}` };
  }
  return { file: `/content-scripts/${entry}.js`, tabId, frameId };
}

export async function injectPart(sender: InjectionSender, part: PartName, extensionId: string, scripting: Scripting): Promise<Answers['part-load']> {
  const target = partFileFor(sender, part, extensionId);
  if ('refused' in target) {
    console.warn(`RealReach: refused to load the ${String(part)} part (${target.refused})`);
    return { loaded: false };
  }
  try {
    await scripting.executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [target.file] });
    return { loaded: true };
  } catch (err) {
    // The tab navigated away or closed meanwhile: the content script may ask again.
    console.warn(`RealReach: could not inject the ${part} part`, err);
    return { loaded: false };
  }
}
