/**
 * Adapters and scoring in Node (linkedom), as `npm run analyze` runs them: each saved page is
 * parsed once, then read and scored repeatedly; the time per page is readPage + analyzeSnapshot.
 */
import { parseHTML } from 'linkedom';
import { analyzeSnapshot } from '../lib/score';
import { readPage } from '../lib/sites';
import type { SavedPage } from './pages';

export interface NodeTiming {
  page: string;
  url: string;
  bytes: number;
  status: string;
  posts: number;
  parseMs: number;
  medianMs: number;
  worstMs: number;
}

export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeNode(pages: SavedPage[], runs = 15, warmup = 2): NodeTiming[] {
  return pages.map((p) => {
    const t0 = performance.now();
    const doc = parseHTML(p.html).document as unknown as Document;
    const parseMs = performance.now() - t0;
    const times: number[] = [];
    let status = '';
    let posts = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const start = performance.now();
      const reading = readPage(doc, p.url);
      if (reading.status === 'ok') analyzeSnapshot(reading.snapshot);
      const ms = performance.now() - start;
      if (i >= warmup) times.push(ms);
      status = reading.status;
      posts = reading.status === 'ok' ? reading.snapshot.posts.length : 0;
    }
    return { page: p.name, url: p.url, bytes: Buffer.byteLength(p.html), status, posts, parseMs, medianMs: median(times), worstMs: Math.max(...times) };
  });
}
