/**
 * The committed page fixtures (tests/fixtures/<site>/<name>): the one way tests read them, as text
 * or parsed into a Document (linkedom), optionally edited first (a test that changes one detail).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { REPO_ROOT } from './shared';

export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');

type Edit = (html: string) => string;

/** HTML text parsed as a browser would give it to an adapter. */
export function parseDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** One site's fixtures: `html(name)` is the text, `doc(name, edit?)` the parsed page. */
export function siteFixtures(site: string) {
  const html = (name: string): string => readFileSync(resolve(FIXTURES_DIR, site, name), 'utf8');
  const doc = (name: string, edit: Edit = (h) => h): Document => parseDoc(edit(html(name)));
  return { dir: resolve(FIXTURES_DIR, site), html, doc };
}
