/**
 * Captions and comments are never sent anywhere nor stored unbounded (issue 14, item 7), as a
 * property over any text a page could show: a shortlisted account's post pages, with any caption
 * and comments, go through the background's store (scoring, history, the shortlist summary and its
 * evidence, the posts opened for pods) and its exports, while every network API is replaced by a
 * trap. No trap fires; no caption is stored (only the quoted commercial evidence, at most 6 of 100
 * characters); a comment is kept to its first 60 characters; what is stored stays within its bounds.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OBSERVED_TEXT_MAX } from '../../../lib/evidence/pods';
import type { Snapshot } from '../../../lib/snapshot';
import { EVIDENCE_BYTES_MAX } from '../../../lib/storage/evidence';
import { exportJson } from '../../../lib/storage/export';
import { QUOTE_MAX } from '../../../lib/storage/summary-evidence';
import { ShortlistSchema } from '../../../lib/storage/schema';
import { count, makeStore, recordingAnalyze } from '../storage/support';
import { silence } from '../storage/quiet';

silence();

const calls: string[] = [];
const saved: Record<string, unknown> = {};
const TRAPS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'] as const;
beforeEach(() => {
  calls.length = 0;
  for (const name of TRAPS) {
    saved[name] = (globalThis as Record<string, unknown>)[name];
    (globalThis as Record<string, unknown>)[name] = function trap(...args: unknown[]) {
      calls.push(`${name}(${String(args[0]).slice(0, 80)})`);
      throw new Error(`network call: ${name}`);
    };
  }
  saved.sendBeacon = globalThis.navigator?.sendBeacon;
  if (globalThis.navigator) Object.defineProperty(globalThis.navigator, 'sendBeacon', { configurable: true, value: (u: string) => calls.push(`sendBeacon(${u})`) });
});
afterEach(() => {
  for (const name of TRAPS) (globalThis as Record<string, unknown>)[name] = saved[name];
  if (globalThis.navigator) Object.defineProperty(globalThis.navigator, 'sendBeacon', { configurable: true, value: saved.sendBeacon });
});

/** Every string stored anywhere in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

const words = fc.constantFrom('code', 'GLOW20', '#ad', 'use', 'link', 'https://liketk.it/x', '15%', 'off', '@brand', 'thanks', 'nice', 'pic', '🔥', 'amazing', 'trip', 'beach', 'sunset', 'Paid', 'partnership', 'with');
const sentence = (min: number, max: number) => fc.array(fc.oneof(words, fc.string({ minLength: 1, maxLength: 30 })), { minLength: min, maxLength: max }).map((w) => w.join(' '));

function postPage(i: number, caption: string, comments: [string, string][]): Snapshot {
  return {
    platform: 'instagram', url: `https://www.instagram.com/p/P${i}/`, page: 'post', capturedAt: '2025-03-10T12:00:00.000Z',
    profile: { handle: 'lena.travels', followers: count(40_000) },
    posts: [{ id: `P${i}`, likes: count(900), comments: count(comments.length), caption, postedAt: '2025-03-09T10:00:00.000Z' }],
    comments: comments.map(([author, text]) => ({ author, text, post: 0 })),
  };
}

describe('captions and comments stay in the browser, bounded (property)', () => {
  it('whatever a post page shows, no network API is called and only bounded parts are stored', async () => {
    let quoted = 0;
    let longComments = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ caption: sentence(25, 120), comments: fc.array(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,20}$/), sentence(1, 40)), { minLength: 1, maxLength: 60 }) }), { minLength: 1, maxLength: 4 }),
        async (pages) => {
          fakeBrowser.reset();
          const store = makeStore({ now: () => new Date('2025-03-10T12:00:00.000Z') });
          const { analyze } = recordingAnalyze();
          await store.shortlistAdd({ platform: 'instagram', handle: 'lena.travels' });
          for (const [i, p] of pages.entries()) await store.pageReport(postPage(i, p.caption.slice(0, 500), p.comments.map(([a, t]) => [a, t.slice(0, 300)])), analyze);
          const exported = exportJson(await store.exportData('all')) + exportJson(await store.exportData('shortlist'));
          expect(calls).toEqual([]);

          const stored = await fakeBrowser.storage.local.get(null);
          const all = strings(stored);
          for (const p of pages) {
            const caption = p.caption.slice(0, 500);
            if (caption.length > QUOTE_MAX) {
              expect(all.some((s) => s.includes(caption))).toBe(false);
              expect(exported.includes(JSON.stringify(caption).slice(1, -1))).toBe(false);
            }
            for (const [, text] of p.comments) {
              const c = text.slice(0, 300);
              if (c.length > OBSERVED_TEXT_MAX + 1) expect(all.some((s) => s.includes(c)), c).toBe(false);
            }
          }
          // Bounds: the summary validates (quotes 6 x 100), the posts opened stay within their bytes.
          const view = await store.shortlistView();
          expect(ShortlistSchema.safeParse({ entries: view.entries.map(({ key: _k, sync: _s, ...e }) => e) }).success).toBe(true);
          expect(JSON.stringify(stored.evidence ?? '').length).toBeLessThanOrEqual(EVIDENCE_BYTES_MAX + 200);
          const quotes = view.entries[0].summary?.evidence?.sponsored?.quotes ?? [];
          if (quotes.length) quoted++;
          if (pages.some((p) => p.comments.some(([, t]) => t.length > OBSERVED_TEXT_MAX + 1))) longComments++;
          expect(quotes.length).toBeLessThanOrEqual(6);
          for (const q of quotes) expect(q.length).toBeLessThanOrEqual(QUOTE_MAX);
        },
      ),
      { numRuns: 40 },
    );
    // The runs did reach the part that keeps quotes (commercial evidence without disclosure).
    expect(quoted).toBeGreaterThan(0);
    expect(longComments).toBeGreaterThan(0);
  }, 120_000);
});
