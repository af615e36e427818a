/**
 * The site list (lib/sites/list.ts) is the one place the platforms are named: everything else
 * derives from it. Checks that what derives from it does, and that the pages importing it (popup,
 * options, every content script) stay free of the adapters.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../../lib/hosts';
import { analyzeHtml } from '../../../scripts/analyze-html';
import { followersEntry, matchPattern, postReaderEntry, SITES, siteNames, SUPPORTED_PLATFORMS } from '../../../lib/sites/list';
import { PLATFORMS } from '../../../lib/snapshot';
import { DYNAMIC_KEYS } from '../../../components/format';
import { contentScriptSource, followersScriptSource, panelScriptSource, postReaderScriptSource, unitsScriptSource } from '../../../scripts/site-content-scripts';
import { PANEL_ENTRY } from '../../../lib/parts';
import { REPO_ROOT } from '../../support/shared';
import { builtOutputs, manifestOf } from '../security/build';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the site list', () => {
  it('names each platform once, with hosts no other site claims', () => {
    expect(new Set(SUPPORTED_PLATFORMS).size).toBe(SITES.length);
    for (const p of SUPPORTED_PLATFORMS) expect(PLATFORMS).toContain(p);
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const h of hosts) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('is the manifest host list and the UI platform keys', () => {
    expect([...SITE_MATCHES]).toEqual(SITES.flatMap((s) => s.hosts.map(matchPattern)));
    expect([...DYNAMIC_KEYS.platform]).toEqual(SUPPORTED_PLATFORMS.map((p) => `platform_${p}`));
  });

  it("words analyze's refusal of other sites from the list", () => {
    const r = analyzeHtml('<html></html>', 'https://example.com/a');
    expect(r.status).toBe('unsupported');
    if (r.status === 'unsupported') expect(r.message).toContain(siteNames());
    for (const s of SITES) expect(siteNames()).toContain(s.name);
  });

  it('imports nothing but types, so the pages that import it stay small', () => {
    const text = readFileSync(resolve(REPO_ROOT, 'lib/sites/list.ts'), 'utf8');
    expect(text.match(/^import (?!type ).*$/gm) ?? []).toEqual([]);
  });

  it('is what the extension pages import, never the adapter registry', () => {
    const pageSources = [...sources(resolve(REPO_ROOT, 'entrypoints')), ...sources(resolve(REPO_ROOT, 'components')), ...sources(resolve(REPO_ROOT, 'lib'))];
    const offenders = pageSources
      .filter((f) => /from '(?:\.\.?\/)+(?:lib\/)?sites(?:\/index)?'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO_ROOT, f));
    // Only the Node-side `analyze` entry may load every adapter, and it lives with the scripts (scripts/analyze-html.ts).
    expect(offenders).toEqual([]);
  });

  it('gives the bench\'s idle copy the site\'s matches and WXT\'s wrapper only: none of RealReach\'s code to compile', () => {
    const before = process.env.REALREACH_IDLE_CONTENT;
    process.env.REALREACH_IDLE_CONTENT = '1';
    try {
      for (const site of SITES) {
        const src = contentScriptSource(site);
        expect(src.match(/^import .*$/gm)).toEqual([`import { defineContentScript } from 'wxt/utils/define-content-script';`]);
        expect(src).toContain(JSON.stringify(site.hosts.map(matchPattern)));
        expect(src).toContain('main() {}');
      }
    } finally {
      if (before === undefined) delete process.env.REALREACH_IDLE_CONTENT;
      else process.env.REALREACH_IDLE_CONTENT = before;
    }
    expect(contentScriptSource(SITES[0])).toContain('siteContentScript(');
  });

  it('gives each site a content script with its own adapter (and its own followers gate) only, and its reader apart', () => {
    for (const site of SITES) {
      const src = contentScriptSource(site);
      // A site that leaves its post pages' reader to a part bundles its content adapter instead, in its own folder.
      expect(!!site.contentAdapter, site.platform).toBe(!!site.postReader);
      const adapter = site.contentAdapter ?? site.adapter;
      const own = [`lib/sites/read'`, `lib/sites/${adapter}'`, ...(site.followers ? [`lib/sites/${site.followers}-open'`] : [])];
      expect(src.match(/lib\/sites\/[\w/-]+'/g)).toEqual(own);
      expect(src).toContain(JSON.stringify(site.platform));
      if (site.postReader) {
        expect(site.contentAdapter!.startsWith(`${site.adapter}/`)).toBe(true);
        expect(site.postReader.startsWith(`${site.adapter}/`)).toBe(true);
        const part = postReaderScriptSource({ ...site, postReader: site.postReader });
        expect(part.match(/lib\/sites\/[\w/-]+'/g)).toEqual([`lib/sites/${site.postReader}'`]);
        expect(part).toContain(`registration: 'runtime'`);
        expect(part).toContain(`handPartOver('post-reader', postReader)`);
      }
      if (!site.followers) continue;
      expect(site.followers.startsWith(`${site.adapter}/`)).toBe(true);
      // The reader itself is its own bundle, injected on demand, and never in the manifest.
      const reader = followersScriptSource({ ...site, followers: site.followers });
      expect(reader.match(/lib\/sites\/[\w/-]+'/g)).toEqual([`lib/sites/${site.followers}'`]);
      expect(reader).toContain(`registration: 'runtime'`);
    }
    // The badge's panel: one bundle for every site, no site's code in it.
    expect(panelScriptSource()).not.toMatch(/lib\/sites\//);
    expect(panelScriptSource()).toContain(`registration: 'runtime'`);
    // The full unit-word table likewise: its own module only (which imports the full lib/count-units.ts).
    expect(unitsScriptSource().match(/from '[^']+'/g)).toEqual([`from 'wxt/utils/define-content-script'`, `from '../../lib/count-units-part'`]);
    expect(unitsScriptSource()).toContain(`registration: 'runtime', main: handUnitsOver`);
  });

  it.skipIf(!builtOutputs().length)('is what the built manifest runs on (after `npx wxt build`)', () => {
    for (const { dir } of builtOutputs()) {
      const scripts = manifestOf(dir).content_scripts as { matches: string[]; js: string[] }[];
      expect(scripts.map((s) => s.js)).toEqual(expect.arrayContaining(SITES.map((s) => [`content-scripts/${s.platform}.js`])));
      for (const site of SITES) {
        const script = scripts.find((s) => s.js[0] === `content-scripts/${site.platform}.js`)!;
        expect([...script.matches].sort()).toEqual(site.hosts.map(matchPattern).sort());
      }
      // The parts (followers readers, the panel) are built, but neither run by the manifest nor reachable by a page.
      const manifest = JSON.stringify(manifestOf(dir));
      for (const site of SITES.filter((s) => s.followers)) {
        expect(existsSync(resolve(dir, `content-scripts/${followersEntry(site)}.js`))).toBe(true);
        expect(manifest).not.toContain(`${followersEntry(site)}.js`);
      }
      for (const site of SITES.filter((s) => s.postReader)) {
        expect(existsSync(resolve(dir, `content-scripts/${postReaderEntry(site)}.js`))).toBe(true);
        expect(manifest).not.toContain(`${postReaderEntry(site)}.js`);
      }
      expect(existsSync(resolve(dir, `content-scripts/${PANEL_ENTRY}.js`))).toBe(true);
      expect(manifest).not.toContain(`${PANEL_ENTRY}.js`);
      expect(manifest).not.toContain('web_accessible_resources');
    }
  });
});
