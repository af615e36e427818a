/**
 * Where the extension's time goes in a kept profile: `npm run bench:hot -- FILE.cpuprofile [N]`.
 *
 * Keep profiles with `REALREACH_SOURCEMAP=1 BENCH_PROFILES=DIR npm run bench` (one file per page,
 * variant and window: visit, scroll, flips). Only samples with a frame of an extension's script on
 * their stack count, as in bench/profile.ts; each frame is named through the bundle's source map
 * (bench/tmp/extension/...), so "readExtras lib/sites/x/extras.ts:26" instead of "Gn x.js:1:17583".
 * Prints the top N functions by self time and by inclusive time, in ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import type { CpuProfile } from '../bench/profile';
import { REPO_ROOT } from '../tests/support/shared';

const [file, topArg] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.error('usage: npm run bench:hot -- FILE.cpuprofile [N]   (profiles: BENCH_PROFILES=DIR npm run bench)');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const EXTENSION_DIR = resolve(REPO_ROOT, 'bench/tmp/extension');
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile & { nodes: { callFrame: { lineNumber: number; columnNumber: number } }[] };

const maps = new Map<string, SourceMapConsumer | null>();
function mapFor(url: string): SourceMapConsumer | null {
  const path = new URL(url).pathname;
  if (!maps.has(path)) {
    const mapFile = resolve(EXTENSION_DIR, `.${path}.map`);
    maps.set(path, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap) : null);
  }
  return maps.get(path) ?? null;
}

const isExtension = (url: string) => url.startsWith('chrome-extension://');
function frameName(frame: { url: string; functionName: string; lineNumber: number; columnNumber: number }): string {
  if (!isExtension(frame.url)) return `${frame.functionName || '(anonymous)'} [browser]`;
  const map = mapFor(frame.url);
  const at = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!at?.source) return `${frame.functionName || '(anonymous)'} ${new URL(frame.url).pathname}:${frame.lineNumber}:${frame.columnNumber}`;
  return `${at.name || frame.functionName || '(anonymous)'} ${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}`;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const names = new Map(profile.nodes.map((n) => [n.id, frameName(n.callFrame as never)]));
const ours = (id: number) => {
  for (let i: number | undefined = id; i !== undefined; i = parent.get(i)) if (isExtension(byId.get(i)!.callFrame.url)) return true;
  return false;
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
const deltas = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => {
  if (!ours(id)) return;
  // As bench/profile.ts: a gap far above the interval is the sampler descheduled, not work.
  const ms = Math.min(1000, deltas[i + 1] ?? 200) / 1000;
  total += ms;
  self.set(names.get(id)!, (self.get(names.get(id)!) ?? 0) + ms);
  const seen = new Set<string>();
  for (let j: number | undefined = id; j !== undefined; j = parent.get(j)) {
    const name = names.get(j)!;
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
});

const list = (m: Map<string, number>) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${ms.toFixed(2).padStart(8)}  ${name}`).join('\n');
console.log(`extension time in ${file}: ${total.toFixed(1)} ms`);
console.log(`\nself time, ms\n${list(self)}\n\ninclusive time, ms\n${list(inclusive)}`);
