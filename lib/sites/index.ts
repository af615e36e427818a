/**
 * The site registry: which adapter reads which host, and one entry point that turns a page
 * into a Snapshot or a clear reason why not. Used by the content script and `npm run analyze`.
 */
import type { Platform, Snapshot } from '../snapshot';
import type { SiteAdapter } from './common';
import { readWith } from '../content/read';
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

/** Reads a page with whichever adapter reads its host: never throws, whatever the page holds. */
export function readPage(doc: Document, url: string): PageReading {
  const adapter = adapterForUrl(url);
  return adapter ? readWith(adapter, doc, url) : { status: 'unsupported-site' };
}
