/**
 * A site whose content script bundles the reader of one kind of page only (lib/sites/list.ts
 * `contentAdapter`: YouTube's channels, Instagram's profiles): on the other kind (a video, a post)
 * its read waits for the `post-reader` part (lib/parts.ts), then reads exactly what Node's adapter
 * (readPage) reads, on every saved page of the site; the bundled kind is read at once and never asks
 * for the part. The part is imported as a second copy of the modules (as its own bundle carries
 * them), so what those keep per module cannot make the two disagree.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePages, realPages } from '../../../bench/pages';
import { readPage } from '../../../lib/sites';
import { readWithin } from '../../../lib/sites/read';
import { withinRead } from '../../../lib/sites/read-scope';
import { SITES, type Site } from '../../../lib/sites/list';
import { adapterAmong } from '../../../lib/sites/read';
import type { SiteAdapter } from '../../../lib/sites/common';
import { handPartOver, PART_SHELF, takeWantedParts } from '../../../lib/part-shelf';
import type { PageKindReader } from '../../../lib/sites/page-kinds';

const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'capturedAt' || k === 'adapter' || k === 'anchor' ? undefined : v)));
const allPages = [...realPages(), ...fixturePages().pages];
const clearShelf = () => delete (globalThis as Record<string, unknown>)[PART_SHELF];

type PartModules = { postReader: PageKindReader; handPartOver: typeof import('../../../lib/part-shelf').handPartOver; oncePerRead: typeof import('../../../lib/sites/read-scope').oncePerRead };
/** Each split site's two modules (the site list names them; a dynamic import must name them here). */
const MODULES: Record<string, { content: () => Promise<Record<string, unknown>>; post: () => Promise<{ postReader: PageKindReader }> }> = {
  'instagram/content': { content: () => import('../../../lib/sites/instagram/content'), post: () => import('../../../lib/sites/instagram/post-page') },
  'youtube/content': { content: () => import('../../../lib/sites/youtube/content'), post: () => import('../../../lib/sites/youtube/video-page') },
};
const split = SITES.filter((s): s is Site & { contentAdapter: string; postReader: string } => !!s.contentAdapter && !!s.postReader);
/** Per site: the content script's adapter, and the part's bundle with its own copies of every module it shares with the content script. */
const loaded = new Map<string, { contentAdapter: SiteAdapter; part: PartModules }>();
beforeAll(async () => {
  // The content scripts' adapters first, in this copy of the modules; then each part as its own copy.
  const adapters = await Promise.all(split.map(async (site) => adapterAmong(await MODULES[site.contentAdapter].content(), site.platform)!));
  for (const [i, site] of split.entries()) {
    vi.resetModules();
    const [reader, shelf, scope] = await Promise.all([
      MODULES[site.contentAdapter].post(),
      import('../../../lib/part-shelf'),
      import('../../../lib/sites/read-scope'),
    ]);
    loaded.set(site.platform, { contentAdapter: adapters[i], part: { postReader: reader.postReader, handPartOver: shelf.handPartOver, oncePerRead: scope.oncePerRead } });
  }
});
beforeEach(clearShelf);
afterEach(clearShelf);

it('covers every site whose content script leaves its post pages to a part', () => {
  expect(split.map((s) => s.platform)).toEqual(['instagram', 'youtube']);
  expect(split.map((s) => s.contentAdapter).sort()).toEqual(Object.keys(MODULES).sort());
  expect(split.map((s) => s.postReader)).toEqual(['instagram/post-page', 'youtube/video-page']);
});

describe.each(split.map((site) => [site.name, site] as const))('the %s content script’s adapter', (_name, site) => {
  // Pages at an address the content script runs on (a fixture may use another of the adapter's hosts).
  const pages = allPages.filter((p) => p.site === site.platform && site.hosts.includes(new URL(p.url).hostname));
  const get = () => loaded.get(site.platform)!;
  const kindOf = (url: string) => get().contentAdapter.route(new URL(url))?.page;

  it('has saved pages of both kinds to read', () => {
    expect(new Set(pages.map((p) => kindOf(p.url)))).toEqual(new Set(['post', 'profile']));
    expect(get().part.handPartOver).not.toBe(handPartOver); // the part's own copy of the modules
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: waits for the part on a post page, then reads as readPage', (_page, page) => {
    const { contentAdapter, part } = get();
    const doc = parseHTML(page.html).document as unknown as Document;
    const expected = readPage(doc, page.url);

    const before = readWithin(contentAdapter, site.hosts, doc, page.url);
    if (kindOf(page.url) === 'post') expect(before).toEqual({ status: 'waiting', platform: site.platform, parts: ['post-reader'] });
    else expect(strip(before)).toEqual(strip(expected));

    part.handPartOver('post-reader', part.postReader);
    const after = readWithin(contentAdapter, site.hosts, doc, page.url);
    expect(strip(after)).toEqual(strip(expected));
    if (after.status === 'ok' && expected.status === 'ok') {
      expect(after.anchor).toBe(expected.anchor);
      // The badge goes back beside the same name when the page took it out (lib/content/start.ts).
      expect(contentAdapter.badgeAnchor(doc, after.snapshot)).toBe(expected.adapter.badgeAnchor(doc, expected.snapshot));
    }
    expect(takeWantedParts()).toEqual([]);
  });

  it('finds no badge place and no evidence for a post page before the part is here, and does not throw', () => {
    const { contentAdapter } = get();
    const page = pages.find((p) => kindOf(p.url) === 'post')!;
    const doc = parseHTML(page.html).document as unknown as Document;
    const expected = readPage(doc, page.url);
    if (expected.status !== 'ok') throw new Error(`${page.name} is not read in Node`);
    expect(contentAdapter.badgeAnchor(doc, expected.snapshot)).toBeNull();
    expect(contentAdapter.extras?.(doc, expected.snapshot)).toEqual({});
    expect(contentAdapter.read(doc, page.url)).toBeNull();
    expect(takeWantedParts()).toEqual(['post-reader']);
  });

  it('shares the read under way with a reader from a part (its own copy of lib/sites/read-scope.ts)', () => {
    const { part } = get();
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
