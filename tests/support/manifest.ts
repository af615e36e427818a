/**
 * Reads ../shared/real-pages/MANIFEST.tsv (format: GUIDE section 3) and checks a Snapshot
 * against one row's expectations.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PAGES_DIR } from './shared';

export interface ManifestRow {
  file: string;
  url: string;
  platform: string;
  page: string;
  expect: Expectation[];
  source: string;
}

export type Expectation =
  | { kind: 'exact'; path: string; value: number; text: string }
  | { kind: 'approx'; path: string; value: number; tolerance: number; text: string }
  | { kind: 'count'; value: number; text: string }
  | { kind: 'multiset'; field: string; values: number[]; text: string };

export function parseExpectation(text: string): Expectation {
  const t = text.trim();
  let m = /^posts\.count=(\d+)$/.exec(t);
  if (m) return { kind: 'count', value: Number(m[1]), text: t };
  m = /^posts\.(\w+)=([\d|]+)$/.exec(t);
  if (m && m[2].includes('|')) return { kind: 'multiset', field: m[1], values: m[2].split('|').map(Number), text: t };
  m = /^([\w.[\]]+)~(\d+)±(\d+)$/.exec(t);
  if (m) return { kind: 'approx', path: m[1], value: Number(m[2]), tolerance: Number(m[3]), text: t };
  m = /^([\w.[\]]+)=(\d+)$/.exec(t);
  if (m) return { kind: 'exact', path: m[1], value: Number(m[2]), text: t };
  throw new Error(`unreadable expectation: ${t}`);
}

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(resolve(REAL_PAGES_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(1).map((line) => {
    const [file, url, platform, page, expect, source] = line.split('\t');
    return { file, url, platform, page, source, expect: expect.split(';').filter((e) => e.trim()).map(parseExpectation) };
  });
}

/** Value at a Snapshot path ("profile.followers", "posts[0].likes"): a Count's value, or a number. */
export function valueAt(obj: unknown, path: string): number | undefined {
  let cur: unknown = obj;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (typeof cur === 'number') return cur;
  if (cur && typeof cur === 'object' && typeof (cur as { value?: unknown }).value === 'number') return (cur as { value: number }).value;
  return undefined;
}

/** Null when the snapshot meets the expectation, else what went wrong. */
export function checkExpectation(snapshot: { posts: unknown[] }, e: Expectation): string | null {
  switch (e.kind) {
    case 'count':
      return snapshot.posts.length === e.value ? null : `expected ${e.value} posts, read ${snapshot.posts.length}`;
    case 'multiset': {
      const got = snapshot.posts.map((_, i) => valueAt(snapshot, `posts[${i}].${e.field}`)).filter((v) => v !== undefined);
      const a = [...got].sort((x, y) => x - y).join('|');
      const b = [...e.values].sort((x, y) => x - y).join('|');
      return a === b ? null : `expected ${e.field} {${b}}, read {${a}}`;
    }
    case 'exact': {
      const v = valueAt(snapshot, e.path);
      return v === e.value ? null : `expected ${e.path}=${e.value}, read ${v}`;
    }
    case 'approx': {
      const v = valueAt(snapshot, e.path);
      return v !== undefined && Math.abs(v - e.value) <= e.tolerance ? null : `expected ${e.path}~${e.value}±${e.tolerance}, read ${v}`;
    }
  }
}
