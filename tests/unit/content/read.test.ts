/**
 * The per-site content scripts read with lib/sites/read.ts readWith(adapter) instead of
 * lib/sites readPage (which bundles every adapter): both must answer the same on every saved page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixturePages, realPages } from '../../../bench/pages';
import { SITE_MATCHES } from '../../../lib/hosts';
import { readWith } from '../../../lib/sites/read';
import { matchPattern, SITES, siteForUrl, SUPPORTED_PLATFORMS } from '../../../lib/sites/list';
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
    const all = SITES.flatMap((s) => s.hosts.map(matchPattern));
    expect([...all].sort()).toEqual([...SITE_MATCHES].sort());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the site list and the adapter registry agree', () => {
  it('has one adapter per site, in the list order, reading the listed hosts (and no other)', () => {
    expect(ADAPTERS.map((a) => a.platform)).toEqual([...SUPPORTED_PLATFORMS]);
    for (const site of SITES) {
      const adapter = ADAPTERS.find((a) => a.platform === site.platform)!;
      for (const host of site.hosts) expect(adapter.hosts, site.platform).toContain(host);
      for (const host of adapter.hosts.filter((h) => !site.hosts.includes(h))) {
        expect(readWith(adapter, parseHTML('<html></html>').document as unknown as Document, `https://${host}/a/`).status).toBe('unsupported-site');
      }
      for (const host of site.hosts) {
        expect(siteForUrl(`https://${host}/a`)?.platform).toBe(site.platform);
        expect(adapterForUrl(`https://${host.toUpperCase()}/a`)).toBe(adapter);
      }
    }
  });

  it('finds no site for look-alike hosts', () => {
    for (const url of ['https://instagram.com.evil.example/', 'https://example.com/', 'not a url']) expect(siteForUrl(url)).toBeUndefined();
  });
});
