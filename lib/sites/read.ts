/**
 * Reading a page with one site's adapter: what ./index.ts readPage does, without the registry of
 * all adapters, so each site's content script bundles only its own adapter (npm run bench: one
 * content script for all five sites was 101 kB, most of it four adapters a page never uses).
 * tests/unit/content/read.test.ts checks it answers as readPage does on every saved page.
 *
 * Here, not in lib/content, so that lib/sites never imports lib/content (lib/content imports this).
 */
import type { Platform, Snapshot } from '../snapshot';
import type { SiteAdapter } from './common';
import { siteOf } from './list';
import { withExtras } from './extras';
import { withinRead } from './read-scope';
import type { PartName } from '../parts';
import { takeWantedParts } from '../part-shelf';

export type PageReading =
  /** `anchor`: where the badge goes (the adapter's badgeAnchor), found in the same read. */
  | { status: 'ok'; snapshot: Snapshot; adapter: SiteAdapter; anchor: Element | null }
  | { status: 'unsupported-site' }
  | { status: 'no-account'; platform: Platform }
  | { status: 'unrecognised'; platform: Platform; reason: string }
  /**
   * The page needs code that is loaded on demand (lib/parts.ts) and is not here yet: what the read
   * found would be incomplete, so nothing is shown until the parts are here and the page is read again.
   */
  | { status: 'waiting'; platform: Platform; parts: PartName[] };

export function readWith(adapter: SiteAdapter, doc: Document, url: string): PageReading {
  return readWithin(adapter, siteOf(adapter.platform)?.hosts ?? [], doc, url);
}

/**
 * readWith, given the site's hosts from the site list: what a content script calls (its build wrote
 * its site's hosts into it, scripts/site-content-scripts.ts), so that it bundles no site list.
 */
export function readWithin(adapter: SiteAdapter, hosts: readonly string[], doc: Document, url: string): PageReading {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'unsupported-site' };
  }
  // The site list says where RealReach runs (an adapter may know more hosts: they are not read).
  if (!hosts.includes(parsed.hostname.toLowerCase())) return { status: 'unsupported-site' };
  const route = adapter.route(parsed);
  if (!route) return { status: 'no-account', platform: adapter.platform };
  try {
    takeWantedParts(); // a previous read's wishes, if it threw
    const found = withinRead(doc, () => {
      const snap = adapter.read(doc, url);
      if (!snap) return null;
      const snapshot = withPageExtras(adapter, doc, snap);
      return { snapshot, anchor: anchorOf(adapter, doc, snapshot) };
    });
    const parts = takeWantedParts();
    if (parts.length) return { status: 'waiting', platform: adapter.platform, parts };
    if (found) return { status: 'ok', ...found, adapter };
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

/** The SiteAdapter of `platform` among a module's exports (named after the platform by convention). */
export function adapterAmong(exports: Record<string, unknown>, platform: Platform): SiteAdapter | undefined {
  for (const value of Object.values(exports)) {
    const a = value as Partial<SiteAdapter> | null;
    if (typeof a === 'object' && a !== null && a.platform === platform && typeof a.read === 'function' && typeof a.route === 'function') {
      return a as SiteAdapter;
    }
  }
  return undefined;
}

/** The badge's anchor; an adapter that fails to find it costs only the badge. */
function anchorOf(adapter: SiteAdapter, doc: Document, snap: Snapshot): Element | null {
  try {
    return adapter.badgeAnchor(doc, snap);
  } catch {
    return null;
  }
}

/** The counts with the page's captions, labels and comments; a reader that fails costs only those. */
function withPageExtras(adapter: SiteAdapter, doc: Document, snap: Snapshot): Snapshot {
  if (!adapter.extras) return snap;
  try {
    return withExtras(snap, adapter.extras(doc, snap));
  } catch {
    return snap;
  }
}
