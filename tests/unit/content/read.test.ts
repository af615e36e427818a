/**
 * The per-site content scripts read with lib/content/read.ts readWith(adapter) instead of
 * lib/sites readPage (which bundles every adapter): both must answer the same on every saved page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixturePages, realPages } from '../../../bench/pages';
import { SITE_MATCHES } from '../../../lib/hosts';
import { matchesFor, readWith } from '../../../lib/content/read';
import { ADAPTERS, adapterForUrl, readPage } from '../../../lib/sites';

const strip = (r: ReturnType<typeof readPage>) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'capturedAt' || k === 'adapter' ? undefined : v)));

describe('readWith(adapter) answers as readPage', () => {
  const pages = [...realPages(), ...fixturePages().pages];
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const doc = parseHTML(page.html).document as unknown as Document;
    const adapter = adapterForUrl(page.url);
    const expected = strip(readPage(doc, page.url));
    if (!adapter) {
      expect(expected.status).toBe('unsupported-site');
      for (const a of ADAPTERS) expect(readWith(a, doc, page.url).status).toBe('unsupported-site');
      return;
    }
    expect(strip(readWith(adapter, doc, page.url))).toEqual(expected);
    // Another site's script never reads this page.
    for (const other of ADAPTERS.filter((a) => a !== adapter)) expect(readWith(other, doc, page.url).status).toBe('unsupported-site');
  });

  it('refuses URLs that are not URLs, and pages on no account', () => {
    const doc = parseHTML('<html><body></body></html>').document as unknown as Document;
    for (const a of ADAPTERS) {
      expect(readWith(a, doc, 'not a url').status).toBe('unsupported-site');
      expect(strip(readWith(a, doc, `https://${a.hosts[0]}/`))).toEqual(strip(readPage(doc, `https://${a.hosts[0]}/`)));
    }
  });

  it('gives each site script exactly the match patterns of its hosts, together all of SITE_MATCHES', () => {
    const all = ADAPTERS.flatMap((a) => matchesFor(a, SITE_MATCHES));
    expect([...all].sort()).toEqual([...SITE_MATCHES].sort());
  });
});
