/**
 * The YouTube content script bundles the channel reader only (lib/sites/youtube/content.ts): on a
 * video page its read waits for the `post-reader` part (lib/parts.ts), then reads exactly what
 * Node's adapter (readPage) reads, on every saved YouTube page; a channel page is read at once and
 * never asks for the part. The part is imported as a second copy of the modules (as its own bundle
 * carries them), so what those keep per module cannot make the two disagree.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePages, realPages } from '../../../bench/pages';
import { readPage } from '../../../lib/sites';
import { readWithin } from '../../../lib/sites/read';
import { withinRead } from '../../../lib/sites/read-scope';
import { youtubeSite } from '../../../lib/sites/list';
import { youtube as contentAdapter } from '../../../lib/sites/youtube/content';
import { handPartOver, PART_SHELF, takeWantedParts } from '../../../lib/part-shelf';
import type { PageKindReader } from '../../../lib/sites/page-kinds';

const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'capturedAt' || k === 'adapter' || k === 'anchor' ? undefined : v)));
const pages = [...realPages(), ...fixturePages().pages].filter((p) => p.site === 'youtube');
const clearShelf = () => delete (globalThis as Record<string, unknown>)[PART_SHELF];

/** The part's bundle, with its own copies of every module it shares with the content script. */
let part: { postReader: PageKindReader; handPartOver: typeof import('../../../lib/part-shelf').handPartOver; oncePerRead: typeof import('../../../lib/sites/read-scope').oncePerRead };
beforeAll(async () => {
  vi.resetModules();
  const [reader, shelf, scope] = await Promise.all([
    import('../../../lib/sites/youtube/video-page'),
    import('../../../lib/part-shelf'),
    import('../../../lib/sites/read-scope'),
  ]);
  part = { postReader: reader.postReader, handPartOver: shelf.handPartOver, oncePerRead: scope.oncePerRead };
});
beforeEach(clearShelf);
afterEach(clearShelf);

describe('the YouTube content script’s adapter', () => {
  it('has saved video and channel pages to read', () => {
    const kinds = new Set(pages.map((p) => contentAdapter.route(new URL(p.url))?.page));
    expect(kinds).toEqual(new Set(['post', 'profile']));
    expect(part.handPartOver).not.toBe(handPartOver); // the part's own copy of the modules
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: waits for the part on a video page, then reads as readPage', (_name, page) => {
    const doc = parseHTML(page.html).document as unknown as Document;
    const expected = readPage(doc, page.url);
    const kind = contentAdapter.route(new URL(page.url))?.page;

    const before = readWithin(contentAdapter, youtubeSite.hosts, doc, page.url);
    if (kind === 'post') expect(before).toEqual({ status: 'waiting', platform: 'youtube', parts: ['post-reader'] });
    else expect(strip(before)).toEqual(strip(expected));

    part.handPartOver('post-reader', part.postReader);
    const after = readWithin(contentAdapter, youtubeSite.hosts, doc, page.url);
    expect(strip(after)).toEqual(strip(expected));
    if (after.status === 'ok' && expected.status === 'ok') {
      expect(after.anchor).toBe(expected.anchor);
      // The badge goes back beside the same name when the page took it out (lib/content/start.ts).
      expect(contentAdapter.badgeAnchor(doc, after.snapshot)).toBe(expected.adapter.badgeAnchor(doc, expected.snapshot));
    }
    expect(takeWantedParts()).toEqual([]);
  });

  it('finds no badge place for a video page before the part is here, and does not throw', () => {
    const page = pages.find((p) => contentAdapter.route(new URL(p.url))?.page === 'post')!;
    const doc = parseHTML(page.html).document as unknown as Document;
    const expected = readPage(doc, page.url);
    if (expected.status !== 'ok') throw new Error(`${page.name} is not read in Node`);
    expect(contentAdapter.badgeAnchor(doc, expected.snapshot)).toBeNull();
    expect(contentAdapter.read(doc, page.url)).toBeNull();
    expect(takeWantedParts()).toEqual(['post-reader']);
  });

  it('shares the read under way with a reader from a part (its own copy of lib/sites/read-scope.ts)', () => {
    const doc = parseHTML('<html><body></body></html>').document as unknown as Document;
    let lookups = 0;
    const lookup = () => ++lookups;
    withinRead(doc, () => {
      expect(part.oncePerRead(doc, 'k', lookup)).toBe(1);
      expect(part.oncePerRead(doc, 'k', lookup)).toBe(1);
    });
    expect(part.oncePerRead(doc, 'k', lookup)).toBe(2); // outside a read: afresh
  });
});
