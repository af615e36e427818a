/**
 * Minimal reproductions of the adapter bugs the mutation fuzzing found (tests/fuzz/support/known.ts).
 * Each is marked it.fails: it passes while the bug is there, and fails once the adapter reads the
 * page right, as the reminder to delete it here and its entry in known.ts.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import type { Snapshot } from '../../lib/snapshot';
import { KNOWN_FINDINGS } from './support/known';

function load(path: string): Document {
  return parseHTML(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')).document as unknown as Document;
}

function read(doc: Document, url: string): Snapshot | undefined {
  const r = readPage(doc, url);
  return r.status === 'ok' ? r.snapshot : undefined;
}

const post = (s: Snapshot | undefined, id: string) => s?.posts.find((p) => p.id === id);

describe('adapter bugs found by fuzzing (it.fails until fixed)', () => {
  it('lists each bug it reproduces', () => {
    const bugs = KNOWN_FINDINGS.filter((k) => k.kind === 'adapter bug').map((k) => k.id);
    expect(bugs.sort()).toEqual([]);
  });
});
