/** The built extension directories the security tests read (npm test builds them first). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { REPO_ROOT } from '../../support/shared';

export const OUTPUTS = ['chrome-mv3', 'firefox-mv3', 'firefox-mv2'].map((name) => ({ name, dir: resolve(REPO_ROOT, '.output', name) }));
export const builtOutputs = () => OUTPUTS.filter((o) => existsSync(resolve(o.dir, 'manifest.json')));

export function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

export const manifestOf = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Code made from strings at run time, or loaded from outside the extension. */
export const FORBIDDEN_IN_BUNDLES: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['indirect eval', /\(\s*0\s*,\s*eval\s*\)/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function(...)', /(?<![\w$.])Function\s*\(/],
  ['Function aliased', /[=:,(]\s*Function\s*[;,)}]/],
  ['string setTimeout/setInterval', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
  ['importScripts', /importScripts\s*\(/],
  ['remote import', /import\s*\(\s*["'`]https?:/],
  ['remote script src', /\.src\s*=\s*["'`]https?:/],
];

/** Every match of a forbidden pattern in a build's JS and HTML files. */
export function scanBundles(dir: string): { pattern: string; where: string }[] {
  const hits: { pattern: string; where: string }[] = [];
  for (const f of filesUnder(dir, /\.(js|html)$/)) {
    const text = readFileSync(f, 'utf8');
    for (const [name, pattern] of FORBIDDEN_IN_BUNDLES) {
      const m = pattern.exec(text);
      if (m) hits.push({ pattern: name, where: `${relative(dir, f)}: ...${text.slice(Math.max(0, m.index - 60), m.index + 60)}...` });
    }
  }
  return hits;
}
