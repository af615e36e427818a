/**
 * The adapter registry: every site of the site list (./list.ts) with its adapter, loaded from
 * where the list says it lives, and one entry point that turns a page into a Snapshot or a clear
 * reason why not. Node-side only (`npm run analyze`, tests, benchmarks): the extension's pages
 * import ./list.ts, and each content script ./read.ts with its own adapter.
 */
import type { SiteAdapter } from './common';
import { adapterAmong, readWith, type PageReading } from './read';
import { SITES, siteForUrl, type Site } from './list';

export type { PageReading } from './read';
export { SUPPORTED_PLATFORMS } from './list';

/** The SiteAdapter among a module's exports (named after its platform by convention; any name works). */
async function loadAdapter(site: Site): Promise<SiteAdapter> {
  // A folder (lib/sites/<site>/index.ts) or, for the adapters not yet split, one file.
  const mod = (await import(`./${site.adapter}/index.ts`).catch((folderErr: unknown) =>
    import(`./${site.adapter}.ts`).catch(() => {
      throw folderErr;
    }),
  )) as Record<string, unknown>;
  const adapter = adapterAmong(mod, site.platform);
  if (!adapter) throw new Error(`lib/sites/${site.adapter} exports no ${site.platform} adapter`);
  return adapter;
}

/** In the site list's order. */
export const ADAPTERS: readonly SiteAdapter[] = await Promise.all(SITES.map(loadAdapter));

export function adapterForUrl(url: string | URL): SiteAdapter | undefined {
  const site = siteForUrl(url);
  return site && ADAPTERS.find((a) => a.platform === site.platform);
}

/** Reads a page with whichever adapter reads its host: never throws, whatever the page holds. */
export function readPage(doc: Document, url: string): PageReading {
  const adapter = adapterForUrl(url);
  return adapter ? readWith(adapter, doc, url) : { status: 'unsupported-site' };
}
