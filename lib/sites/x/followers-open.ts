/**
 * Whether X's followers list is open: the cheap check (the URL) the site's content script
 * runs each second, and the reader (./followers.ts) runs before reading. Only this file rides in the
 * content script; the reader is injected when this says yes (lib/content/followers-load.ts).
 */

const HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'];

export function ownerOf(url: URL): string | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const m = /^\/([A-Za-z0-9_]{1,15})\/(followers|verified_followers)\/?$/.exec(url.pathname);
  return m && !['i', 'home', 'explore', 'search', 'settings'].includes(m[1].toLowerCase()) ? m[1] : null;
}

export const followersGate = { ownerOf };
