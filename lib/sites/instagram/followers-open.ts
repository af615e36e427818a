/**
 * Whether Instagram's followers list is open: the cheap check (the URL, then one selector) the site's content script
 * runs each second, and the reader (./followers.ts) runs before reading. Only this file rides in the
 * content script; the reader is injected when this says yes (lib/content/followers-load.ts).
 */

const HOSTS = ['www.instagram.com', 'instagram.com'];
export const NOT_ACCOUNTS = new Set(['explore', 'accounts', 'direct', 'reels', 'reel', 'p', 'stories', 'about', 'legal', 'web', 'developer', 'tv']);

export function ownerOf(url: URL): string | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const m = /^\/([A-Za-z0-9._]{1,30})\/followers\/?$/.exec(url.pathname);
  return m && !NOT_ACCOUNTS.has(m[1].toLowerCase()) ? m[1] : null;
}

export const listOpen = (doc: Document) => doc.querySelector('[role="dialog"]') !== null;

export const followersGate = { ownerOf, listOpen };
