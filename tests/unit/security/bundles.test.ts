/**
 * No code is made from strings at run time in the built bundles (Chrome and Firefox builds): no
 * eval, no Function constructor (also not aliased, as zod's JIT probe does), no string timers, no
 * document.write, no remote script loading. Scans the minified output, so it also covers what
 * dependencies bring in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtOutputs, FORBIDDEN_IN_BUNDLES as FORBIDDEN, filesUnder, scanBundles } from './build';


describe('the bundle scan', () => {
  it.each([
    ['eval', 'x=eval("1")'],
    ['indirect eval', 'var y=(0,eval)(s)'],
    ['new Function', 'f=new Function("a","return a")'],
    ['Function(...)', 'g=Function("return this")()'],
    ['Function aliased', 'const F=Function;new F("")'],
    ['string setTimeout/setInterval', 'setTimeout("alert(1)",1)'],
    ['document.write', 'document.write(x)'],
    ['importScripts', 'importScripts(u)'],
    ['remote import', 'import("https://evil.example/x.js")'],
    ['remote script src', 's.src="https://evil.example/x.js"'],
  ])('catches %s', (name, sample) => {
    expect(FORBIDDEN.find(([n]) => n === name)![1].test(sample)).toBe(true);
  });
  it('does not flag ordinary code', () => {
    for (const ok of ['a.evaluate(x)', 'isFunction(x)', 'Function.prototype.call', 'typeof x=="function"', 'setTimeout(f,1)']) {
      expect(FORBIDDEN.filter(([, p]) => p.test(ok)).map(([n]) => n), ok).toEqual([]);
    }
  });
});

describe.each(builtOutputs())('bundles of $name', ({ dir }) => {
  const files = filesUnder(dir, /\.(js|html)$/);
  it('has scripts to check', () => expect(files.length).toBeGreaterThan(3));
  it.each(FORBIDDEN)('contain no %s', (name) => {
    expect(scanBundles(dir).filter((h) => h.pattern === name).map((h) => h.where)).toEqual([]);
  });
  it("keep the badge's shadow root closed in every content script (only the Firefox e2e copy opens it)", () => {
    const scripts = files.filter((f) => /content-scripts[\\/][^\\/]+\.js$/.test(f));
    expect(scripts.length).toBeGreaterThan(4);
    for (const f of scripts) {
      const text = readFileSync(f, 'utf8');
      // The parts injected on demand (lib/parts.ts: the followers-list readers, the badge's panel,
      // which goes into the badge's root, the unit-word table, the post pages' readers) make no shadow root of their own.
      if (/(-followers|-post-reader|[\\/]panel|[\\/]count-units)\.js$/.test(f)) expect(text, f).not.toMatch(/attachShadow/);
      else expect(text, f).toMatch(/attachShadow\(\{mode:"closed"\}\)/);
      expect(text, f).not.toMatch(/mode:"open"/);
    }
  });
  it('carry the core of the unit words in the sites’ scripts, the full table in the units part only', () => {
    const scripts = files.filter((f) => /content-scripts[\\/][^\\/]+\.js$/.test(f));
    const full = scripts.filter((f) => /\binkulungwane\b.*\btausend\b|\btausend\b.*\binkulungwane\b/s.test(readFileSync(f, 'utf8')));
    expect(full.map((f) => f.split(/[\\/]/).pop())).toEqual(['count-units.js']);
  });
  it('load no script from outside the extension (HTML pages)', () => {
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(f, 'utf8')).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
    }
  });
});
