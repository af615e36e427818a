/**
 * Page data never becomes markup: no innerHTML, outerHTML assignment, insertAdjacentHTML,
 * document.write, createContextualFragment, srcdoc or Preact's dangerouslySetInnerHTML anywhere in
 * the extension's sources (lib/, components/, entrypoints/). Text goes in as text (textContent,
 * JSX children), which the browser never parses. YouTube enforces Trusted Types, and a count or a
 * name read from a page is attacker-controlled. (Preact's own dangerouslySetInnerHTML code path is
 * in the bundles, unused: web-ext lint's UNSAFE_VAR_ASSIGNMENT warning points at it.)
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared';
import { filesUnder } from './build';

const SOURCES = ['lib', 'components', 'entrypoints'].flatMap((d) => filesUnder(resolve(REPO_ROOT, d), /\.(ts|tsx|js|jsx|html)$/));

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML =', /\.outerHTML\s*=[^=]/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /srcdoc/i],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['Function constructor', /new\s+Function\s*\(/],
];

/** Source without comments, so that a comment may name what it avoids. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('the source scan', () => {
  it('catches each pattern in code, and ignores it in comments', () => {
    const samples = ['el.innerHTML = t', 'el.outerHTML = t', 'el.insertAdjacentHTML("beforeend", t)', 'document.write(t)', 'r.createContextualFragment(t)', 'f.srcdoc = t', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'eval(t)', 'new Function(t)'];
    FORBIDDEN.forEach(([name, pattern], i) => {
      expect(pattern.test(code(samples[i])), name).toBe(true);
      expect(pattern.test(code(`// ${samples[i]}\n/* ${samples[i]} */`)), `${name} in a comment`).toBe(false);
    });
    expect(code("const u = 'https://x.com/a'; // note")).toContain('https://x.com/a');
  });
});

describe('extension sources', () => {
  it('are found', () => expect(SOURCES.length).toBeGreaterThan(20));
  it.each(FORBIDDEN)('never use %s', (_name, pattern) => {
    const hits = SOURCES.filter((f) => pattern.test(code(readFileSync(f, 'utf8')))).map((f) => relative(REPO_ROOT, f));
    expect(hits).toEqual([]);
  });
});
