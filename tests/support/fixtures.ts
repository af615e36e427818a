/**
 * The committed page fixtures (tests/fixtures/<site>/<name>): the one way tests read them, as text,
 * parsed into a Document (linkedom), optionally edited first (a test that changes one detail), or
 * read by the site's adapter into a Snapshot that must pass the schema.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { SiteAdapter } from '../../lib/sites/common';
import { SnapshotSchema, type Snapshot } from '../../lib/snapshot';
import { REPO_ROOT } from './shared';

export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');

type Edit = (html: string) => string;

/** HTML text parsed as a browser would give it to an adapter. */
export function parseDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** `adapter` reads `doc` at `url`: a Snapshot that passes the schema, or the test fails (`what` names the page). */
export function readValid(adapter: Pick<SiteAdapter, 'read'>, doc: Document, url: string, what = url): Snapshot {
  const snap = adapter.read(doc, url);
  if (!snap) throw new Error(`${what} was not read at ${url}`);
  expect(SnapshotSchema.safeParse(snap).success, `${what}: the Snapshot passes the schema`).toBe(true);
  return snap;
}

/**
 * One site's fixtures: `html(name)` the text, `doc(name, edit?)` the parsed page; with the site's
 * adapter, `read(name, url, edit?)` its valid Snapshot and `readPage` the page with it.
 */
export function siteFixtures(site: string, adapter?: Pick<SiteAdapter, 'read'>) {
  const html = (name: string): string => readFileSync(resolve(FIXTURES_DIR, site, name), 'utf8');
  const doc = (name: string, edit: Edit = (h) => h): Document => parseDoc(edit(html(name)));
  const readPage = (name: string, url: string, edit?: Edit): { doc: Document; snap: Snapshot } => {
    if (!adapter) throw new Error(`siteFixtures('${site}') was given no adapter to read with`);
    const d = doc(name, edit);
    return { doc: d, snap: readValid(adapter, d, url, name) };
  };
  return { dir: resolve(FIXTURES_DIR, site), html, doc, readPage, read: (name: string, url: string, edit?: Edit) => readPage(name, url, edit).snap };
}
