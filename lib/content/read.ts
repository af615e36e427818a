/**
 * Reading a page with one site's adapter: what lib/sites readPage does, without the registry of
 * all adapters, so each site's content script bundles only its own adapter (npm run bench: one
 * content script for all five sites was 101 kB, most of it four adapters a page never uses).
 * tests/unit/content/read.test.ts checks it answers as readPage does on every saved page.
 */
import type { PageReading } from '../sites';
import type { SiteAdapter } from '../sites/common';

export function readWith(adapter: SiteAdapter, doc: Document, url: string): PageReading {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'unsupported-site' };
  }
  if (!adapter.hosts.includes(parsed.hostname.toLowerCase())) return { status: 'unsupported-site' };
  const route = adapter.route(parsed);
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

/** The match patterns of SITE_MATCHES (lib/hosts.ts) that name one of the adapter's hosts. */
export function matchesFor(adapter: SiteAdapter, patterns: readonly string[]): string[] {
  return patterns.filter((p) => {
    const host = /^https:\/\/([^/]+)\//.exec(p)?.[1];
    return !!host && adapter.hosts.includes(host);
  });
}
