/**
 * One content script per site of the site list (lib/sites/list.ts), written at build time into
 * .wxt/content-scripts/ and added to WXT's entrypoints (wxt.config.ts, hook `entrypoints:found`).
 * Each bundles lib/content/start.ts with its own site's adapter only, and matches its own hosts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntrypointInfo } from 'wxt';
import { SITES, type Site } from '../lib/sites/list';

export function contentScriptSource(site: Site): string {
  return [
    `// Written by scripts/site-content-scripts.ts from lib/sites/list.ts: the ${site.name} content script.`,
    `import { defineContentScript } from 'wxt/utils/define-content-script';`,
    `import { siteContentScript } from '../../lib/content/start';`,
    `import { adapterAmong } from '../../lib/sites/read';`,
    `import * as site from '../../lib/sites/${site.adapter}';`,
    ``,
    `const adapter = adapterAmong(site, ${JSON.stringify(site.platform)});`,
    `if (!adapter) throw new Error(${JSON.stringify(`lib/sites/${site.adapter} exports no ${site.platform} adapter`)});`,
    `export default defineContentScript(siteContentScript(adapter));`,
    ``,
  ].join('\n');
}

/** Writes the scripts (only when changed, so a watching dev build does not loop) and lists them. */
export function siteContentScripts(wxtDir: string): EntrypointInfo[] {
  const dir = resolve(wxtDir, 'content-scripts');
  mkdirSync(dir, { recursive: true });
  return SITES.map((site) => {
    const inputPath = resolve(dir, `${site.platform}.content.ts`);
    const source = contentScriptSource(site);
    let old: string | undefined;
    try {
      old = readFileSync(inputPath, 'utf8');
    } catch {
      old = undefined;
    }
    if (old !== source) writeFileSync(inputPath, source);
    return { name: site.platform, inputPath, type: 'content-script' };
  });
}
