/**
 * Whether TikTok's followers list is open: the cheap check (a profile URL, then the panel's one selector) the site's content script
 * runs each second, and the reader (./followers.ts) runs before reading. Only this file rides in the
 * content script; the reader is injected when this says yes (lib/content/followers-load.ts).
 */

const HOSTS = ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'];

export function ownerOf(url: URL): string | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const m = /^\/@([A-Za-z0-9._]{1,30})\/?$/.exec(url.pathname);
  return m ? m[1] : null;
}

/** The panel opens over the profile, whose URL does not change: watch only while it is there. */
export const listOpen = (doc: Document) => doc.querySelector('[data-e2e="follow-info-popup"]') !== null;

export const followersGate = { ownerOf, listOpen };
