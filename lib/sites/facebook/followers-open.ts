/**
 * Whether Facebook's followers list is open: the cheap check (the URL) the site's content script
 * runs each second, and the reader (./followers.ts) runs before reading. Only this file rides in the
 * content script; the reader is injected when this says yes (lib/content/followers-load.ts).
 */
import { facebookSite } from '../list';
import { route } from './route';

export function ownerOf(url: URL): string | null {
  if (!facebookSite.hosts.includes(url.hostname)) return null;
  if (url.pathname === '/profile.php') return url.searchParams.get('sk') === 'followers' ? route(url)?.handle ?? null : null;
  const parts = url.pathname.split('/').filter(Boolean);
  return parts.length === 2 && parts[1].toLowerCase() === 'followers' ? route(url)?.handle ?? null : null;
}

export const followersGate = { ownerOf };
