/**
 * One content script per site of the site list (lib/sites/list.ts), written at build time into
 * .wxt/content-scripts/ and added to WXT's entrypoints (wxt.config.ts, hook `entrypoints:found`).
 * Each bundles lib/content/start.ts with its own site's adapter only, and matches its own hosts
 * (written in as data: the script holds no site list).
 * The parts injected only when needed (lib/parts.ts): `<platform>-followers` for a site with a
 * followers-list reader, `<platform>-post-reader` for a site whose content script leaves its post
 * pages' reader out (it then bundles the site's `contentAdapter`), and `panel`, the badge's panel,
 * and `count-units`, CLDR's full unit-word table, one each for every site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntrypointInfo } from 'wxt';
import { PANEL_ENTRY, UNITS_ENTRY } from '../lib/parts';
import { followersEntry, matchPattern, postReaderEntry, SITES, type Site } from '../lib/sites/list';

export function contentScriptSource(site: Site): string {
  return idleContentScriptSource(site) ?? [
    `// Written by scripts/site-content-scripts.ts from lib/sites/list.ts: the ${site.name} content script.`,
    `import { defineContentScript } from 'wxt/utils/define-content-script';`,
    `import { siteContentScript } from '../../lib/content/start';`,
    `import { adapterAmong } from '../../lib/sites/read';`,
    `import * as site from '../../lib/sites/${site.contentAdapter ?? site.adapter}';`,
    ...(site.followers ? [`import { followersGate } from '../../lib/sites/${site.followers}-open';`] : []),
    ``,
    `const adapter = adapterAmong(site, ${JSON.stringify(site.platform)});`,
    `if (!adapter) throw new Error(${JSON.stringify(`lib/sites/${site.contentAdapter ?? site.adapter} exports no ${site.platform} adapter`)});`,
    `const where = ${JSON.stringify({ hosts: site.hosts, matches: site.hosts.map(matchPattern) })};`,
    `export default defineContentScript(siteContentScript(adapter, where${site.followers ? ', followersGate' : ''}));`,
    ``,
  ].join('\n');
}

/**
 * The bench's idle copy (`npm run bench` builds it with REALREACH_IDLE_CONTENT=1): each site's
 * script is WXT's entrypoint wrapper and context with nothing to do, and none of RealReach's code
 * (its compile would otherwise count as the stack's: bench/trace.ts). Undefined in every other build.
 */
function idleContentScriptSource(site: Site, idle = process.env.REALREACH_IDLE_CONTENT === '1'): string | undefined {
  if (!idle) return undefined;
  const matches = site.hosts.map(matchPattern);
  return [
    `// Written by scripts/site-content-scripts.ts: the ${site.name} content script of the bench's idle copy (the stack alone).`,
    `import { defineContentScript } from 'wxt/utils/define-content-script';`,
    ``,
    `export default defineContentScript({ matches: ${JSON.stringify(matches)}, runAt: 'document_idle', main() {} });`,
    ``,
  ].join('\n');
}

/**
 * The site's followers-list reader, a content script registered at run time (never in the
 * manifest, never web-accessible): the background injects it on the content script's request.
 */
export function followersScriptSource(site: Site & { followers: string }): string {
  return [
    `// Written by scripts/site-content-scripts.ts from lib/sites/list.ts: the ${site.name} followers-list reader, injected on demand.`,
    `import { defineContentScript } from 'wxt/utils/define-content-script';`,
    `import { handFollowersOver } from '../../lib/content/audience';`,
    `import { followersSite } from '../../lib/sites/${site.followers}';`,
    ``,
    `export default defineContentScript({ registration: 'runtime', main: () => handFollowersOver(followersSite) });`,
    ``,
  ].join('\n');
}

/** The reader of the site's post pages (lib/sites/page-kinds.ts), registered at run time like the followers readers: injected on demand. */
export function postReaderScriptSource(site: Site & { postReader: string }): string {
  return [
    `// Written by scripts/site-content-scripts.ts from lib/sites/list.ts: the ${site.name} post pages' reader, injected on demand (lib/parts.ts).`,
    `import { defineContentScript } from 'wxt/utils/define-content-script';`,
    `import { handPartOver } from '../../lib/part-shelf';`,
    `import { postReader } from '../../lib/sites/${site.postReader}';`,
    ``,
    `export default defineContentScript({ registration: 'runtime', main: () => handPartOver('post-reader', postReader) });`,
    ``,
  ].join('\n');
}

/** A part shared by every site, registered at run time like the readers: injected on demand. */
function sharedPartSource(what: string, module: string, handOver: string): string {
  return [
    `// Written by scripts/site-content-scripts.ts: ${what}, injected on demand (lib/parts.ts).`,
    `import { defineContentScript } from 'wxt/utils/define-content-script';`,
    `import { ${handOver} } from '${module}';`,
    ``,
    `export default defineContentScript({ registration: 'runtime', main: ${handOver} });`,
    ``,
  ].join('\n');
}

/** The badge's panel (components/badge-panel.ts). */
export const panelScriptSource = () => sharedPartSource("the badge's panel", '../../components/badge-panel', 'handPanelOver');

/** CLDR's full unit-word table (lib/count-units-part.ts). */
export const unitsScriptSource = () => sharedPartSource("CLDR's full unit-word table", '../../lib/count-units-part', 'handUnitsOver');

/** Writes the scripts (only when changed, so a watching dev build does not loop) and lists them. */
export function siteContentScripts(wxtDir: string): EntrypointInfo[] {
  const dir = resolve(wxtDir, 'content-scripts');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, source: string): EntrypointInfo => {
    const inputPath = resolve(dir, `${name}.content.ts`);
    let old: string | undefined;
    try {
      old = readFileSync(inputPath, 'utf8');
    } catch {
      old = undefined;
    }
    if (old !== source) writeFileSync(inputPath, source);
    return { name, inputPath, type: 'content-script' };
  };
  return [
    ...SITES.flatMap((site) => [
      write(site.platform, contentScriptSource(site)),
      ...(site.followers ? [write(followersEntry(site)!, followersScriptSource({ ...site, followers: site.followers }))] : []),
      ...(site.postReader ? [write(postReaderEntry(site)!, postReaderScriptSource({ ...site, postReader: site.postReader }))] : []),
    ]),
    write(PANEL_ENTRY, panelScriptSource()),
    write(UNITS_ENTRY, unitsScriptSource()),
  ];
}
