/**
 * The site registry: which adapter reads which host, and one entry point that turns a page
 * into a Snapshot or a clear reason why not. Used by the content script and `npm run analyze`.
 */
import type { Platform, Snapshot } from '../snapshot';
import type { SiteAdapter } from './common';
import { instagram } from './instagram';
import { x } from './x';
import { tiktok } from './tiktok';
import { youtube } from './youtube';
import { bluesky } from './bluesky';

export const ADAPTERS: readonly SiteAdapter[] = [instagram, x, tiktok, youtube, bluesky];

export function adapterForUrl(url: string | URL): SiteAdapter | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return ADAPTERS.find((a) => a.hosts.includes(host));
}

export const SUPPORTED_PLATFORMS: readonly Platform[] = ADAPTERS.map((a) => a.platform);

export type PageReading =
  | { status: 'ok'; snapshot: Snapshot; adapter: SiteAdapter }
  | { status: 'unsupported-site' }
  | { status: 'no-account'; platform: Platform }
  | { status: 'unrecognised'; platform: Platform; reason: string };

/** Reads a page: never throws, whatever the page holds. */
export function readPage(doc: Document, url: string): PageReading {
  const adapter = adapterForUrl(url);
  if (!adapter) return { status: 'unsupported-site' };
  const route = adapter.route(new URL(url));
  if (!route) return { status: 'no-account', platform: adapter.platform };
  try {
    const snap = adapter.read(doc, url);
    if (snap) return { status: 'ok', snapshot: snap, adapter };
    return {
      status: 'unrecognised',
      platform: adapter.platform,
      reason: `This ${route.page} page did not show the structured data, labels or counts RealReach looks for.`,
    };
  } catch (err) {
    return {
      status: 'unrecognised',
      platform: adapter.platform,
      reason: `Reading the page failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300),
    };
  }
}
