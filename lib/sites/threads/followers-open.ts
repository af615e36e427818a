/**
 * Whether Threads's followers list is open: the cheap check (a profile URL, then one selector for a dialog with tabs) the site's content script
 * runs each second, and the reader (./followers.ts) runs before reading. Only this file rides in the
 * content script; the reader is injected when this says yes (lib/content/followers-load.ts).
 */
import { threadsSite } from '../list';

export function ownerOf(url: URL): string | null {
  if (!threadsSite.hosts.includes(url.hostname)) return null;
  const m = /^\/@([A-Za-z0-9._]{1,40})\/?$/.exec(url.pathname);
  return m ? m[1] : null;
}

/** The dialog opens over the profile, whose URL does not change: watch only while one is open. */
export const listOpen = (doc: Document) => doc.querySelector('[role="dialog"] [role="tab"]') !== null;

export const followersGate = { ownerOf, listOpen };
