/**
 * Vite plugin (wxt.config.ts): in the build of a site's own content script (`<platform>.content.ts`,
 * scripts/site-content-scripts.ts) and of its post pages' reader (`<platform>-post-reader`, a part),
 * lib/count-units.ts (CLDR's full unit-word table, ~7 kB) resolves to lib/count-units-core.ts, the
 * words most pages need; the rest comes on demand as the `units` part (lib/count-tables.ts). Every other build (the parts, background, popup) and Node keep the
 * full table, with no setup to forget.
 */
import { dirname, resolve } from 'node:path';

const FULL = resolve(import.meta.dirname, '../lib/count-units');
const CORE = resolve(import.meta.dirname, '../lib/count-units-core.ts');

export function contentUnits(platforms: readonly string[]) {
  let siteScript = false;
  return {
    name: 'realreach:content-units',
    enforce: 'pre' as const,
    options(options: { input?: unknown }) {
      // WXT builds each content script on its own, from its entrypoint.
      const input = JSON.stringify(options.input ?? '');
      // A site's post-page reader (a part, lib/sites/page-kinds.ts) too: it reads the same pages' words.
      siteScript = platforms.some((p) => input.includes(`/${p}.content.`) || input.includes(`/${p}-post-reader.content.`));
      return null;
    },
    resolveId(id: string, importer?: string) {
      if (!siteScript || !importer || !id.startsWith('.')) return null;
      return resolve(dirname(importer), id).replace(/\.ts$/, '') === FULL ? CORE : null;
    },
  };
}
