/**
 * The saved pages the benchmark and the fuzz tests read: the shared real pages
 * (../shared/real-pages/MANIFEST.tsv, never copied into the repo) and the committed fixtures
 * (tests/fixtures/<site>/*.html). A fixture's URL is the one its site's unit tests read it at: of
 * the URLs written in tests/unit/sites/<site>.test.ts, the nearest one to the fixture's name that
 * the adapter reads the page at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/sites';
import { readManifest } from '../tests/support/manifest';
import { REAL_PAGES_DIR, REPO_ROOT, hasRealPages } from '../tests/support/shared';

export interface SavedPage {
  /** "real/<file>" or "fixture/<site>/<file>". */
  name: string;
  kind: 'real' | 'fixture';
  site: string;
  url: string;
  html: string;
}

export function realPages(): SavedPage[] {
  if (!hasRealPages) return [];
  return readManifest().map((row) => ({
    name: `real/${row.file}`,
    kind: 'real' as const,
    site: row.platform,
    url: row.url,
    html: readFileSync(resolve(REAL_PAGES_DIR, row.file), 'utf8'),
  }));
}

const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');
const TESTS_DIR = resolve(REPO_ROOT, 'tests');

function testSources(dir = TESTS_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== 'fuzz') out.push(...testSources(path));
    } else if (/\.(ts|tsx)$/.test(entry.name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

export function fixturePages(): { pages: SavedPage[]; unmapped: string[] } {
  const pages: SavedPage[] = [];
  const unmapped: string[] = [];
  if (!existsSync(FIXTURES_DIR)) return { pages, unmapped };
  const sources = testSources();
  for (const site of readdirSync(FIXTURES_DIR).sort()) {
    const dir = resolve(FIXTURES_DIR, site);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    } catch {
      continue; // not a directory
    }
    for (const file of files) {
      const html = readFileSync(resolve(dir, file), 'utf8');
      const name = file.replace(/[.]/g, '\\.');
      // URLs written right beside the file's name first ("read('post.html', 'https://...')"), then
      // the URLs of the test files that use it, nearest to a mention first.
      const candidates: string[] = [];
      for (const source of sources) {
        for (const m of source.matchAll(new RegExp(`['"\`]${name}['"\`]\\s*,\\s*['"\`](https://[^'"\`\\s$]+)['"\`]`, 'g'))) candidates.push(m[1]);
      }
      const near: { url: string; d: number }[] = [];
      for (const source of sources) {
        const mentions = [...source.matchAll(new RegExp(name, 'g'))].map((m) => m.index ?? 0);
        if (!mentions.length) continue;
        for (const m of source.matchAll(/['"`](https:\/\/[^'"`\s$]+)['"`]/g)) {
          near.push({ url: m[1], d: Math.min(...mentions.map((at) => Math.abs(at - (m.index ?? 0)))) });
        }
      }
      candidates.push(...near.sort((a, b) => a.d - b.d).map((n) => n.url));
      const { document } = parseHTML(html);
      const url = [...new Set(candidates)].find((c) => readPage(document as unknown as Document, c).status === 'ok');
      if (url) pages.push({ name: `fixture/${site}/${file}`, kind: 'fixture', site, url, html });
      else unmapped.push(`fixture/${site}/${file}`);
    }
  }
  return { pages, unmapped };
}
