/**
 * Whether Bluesky's followers list is open: the cheap check (the URL) the site's content script
 * runs each second, and the reader (./followers.ts) runs before reading. Only this file rides in the
 * content script; the reader is injected when this says yes (lib/content/followers-load.ts).
 */

export function ownerOf(url: URL): string | null {
  if (url.hostname !== 'bsky.app') return null;
  const m = /^\/profile\/([^/]{1,253})\/followers\/?$/.exec(url.pathname);
  return m ? decodeURIComponent(m[1]) : null;
}

export const followersGate = { ownerOf };
