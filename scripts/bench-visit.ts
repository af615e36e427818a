/**
 * `npm run bench:visit -- DIR [DIR ...] [--sites=x,tiktok] [--reps=8] [--path=/home] [--no-profiler | --trace] [--profiles=DIR]``
 *
 * The visit alone (injection, first read, badge) of one or more built extensions, side by side: an
 * A/B of a change in a minute instead of `npm run bench`'s seven. Each directory is a built
 * extension (`npx wxt build`, then a copy of .output/chrome-mv3) loaded in its own Chromium; each
 * repetition visits every bench page with every build, in turns that rotate, so neither build
 * always goes first. Per visit:
 * - by default, the build's own main-thread time as `npm run bench` counts it: V8's sampling
 *   profiler's (bench/profile.ts) and its scripts' compiles (bench/trace.ts); the idle copy's
 *   share, which `npm run bench` subtracts, is left in;
 * - with --no-profiler, the page's whole scripting for the visit (CDP ScriptDuration, thread time):
 *   the page's own scripts included, but no profiler in the way;
 * - with --trace, the build's own thread time from a trace, no profiler (bench/trace.ts
 *   ownThreadMs: compile, first run and the page's calls into it; not the badge drawn after the
 *   background's answer), with the compile's share: the steadiest of the three for an A/B.
 * --path serves the site's bench page at another address of the same site (`/home`: a page that
 * names no account). --profiles keeps each visit's profile (`npm run bench:hot` names its functions
 * when the build has source maps: REALREACH_SOURCEMAP=1).
 */
import { resolve } from 'node:path';
import { launch, metrics, type Browser } from '../bench/browser';
import { median } from '../bench/node';
import { extensionMs, profiledPage, saveProfiles, startProfile, stopProfile } from '../bench/profile';
import { syntheticPages } from '../bench/synthetic';
import { compileMs, ownThreadMs, startCompileTrace, startTrace } from '../bench/trace';
import { installStoreProbe, sleep, storeCount, waitForStore } from '../bench/worker';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (!dirs.length) {
  console.error('usage: npm run bench:visit -- DIR [DIR ...] [--sites=x,tiktok] [--reps=8] [--path=/home] [--no-profiler | --trace] [--profiles=DIR]');
  process.exit(2);
}
const reps = Number(flag('reps') ?? 8);
const only = flag('sites')?.split(',');
const path = flag('path');
const traced = args.includes('--trace');
const profiler = !args.includes('--no-profiler') && !traced;
const keep = flag('profiles');
const sites = syntheticPages()
  .filter((s) => !only || only.includes(s.site))
  .map((s) => (path ? { ...s, url: new URL(path, s.url).href } : s));
const SETTLE_MS = 800;

/** One visit: ms by the chosen measure (NaN when it could not be measured, and why), and in --trace mode its compile. */
async function visit(b: Browser, url: string, html: string, name: string): Promise<{ ms: number; compileMs?: number }> {
  b.serve(url, html);
  const page = await b.context.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    await installStoreProbe(b.worker!);
    const stored = await storeCount(b.worker!);
    const scripting = async () => (await metrics(cdp)).ScriptDuration * 1000;
    const before = await scripting();
    const stopTrace = profiler ? await startCompileTrace(cdp) : undefined;
    const stopOwnTrace = traced ? await startTrace(cdp, ['devtools.timeline', 'v8']) : undefined;
    if (profiler) await startProfile(cdp);
    await page.goto(url, { waitUntil: 'load' });
    // The background stores the tab's reading (or that the page names no account).
    await waitForStore(b.worker!, stored, 15_000);
    await sleep(SETTLE_MS);
    if (stopOwnTrace) {
      const own = ownThreadMs(await stopOwnTrace(), b.extensionId!);
      return { ms: own.totalMs, compileMs: own.compileMs };
    }
    if (!profiler) return { ms: (await scripting()) - before };
    const profile = await stopProfile(cdp);
    const compiles = (await stopTrace?.()) ?? [];
    if (keep) saveProfiles(keep, name, { visit: profile });
    return { ms: profiledPage(profile, url) ? extensionMs(profile, b.extensionId) + compileMs(compiles, b.extensionId) : Number.NaN };
  } catch (err) {
    console.warn(`  ${name}: ${(err as Error).message}`);
    return { ms: Number.NaN };
  } finally {
    await page.close();
  }
}

const browsers = await Promise.all(dirs.map((d) => launch(d)));
const results = new Map<string, number[]>();
const compiles = new Map<string, number[]>();
try {
  for (let rep = 0; rep < reps; rep++) {
    for (const site of sites) {
      for (let i = 0; i < dirs.length; i++) {
        const d = (i + rep) % dirs.length;
        const { ms, compileMs: compiled = Number.NaN } = await visit(browsers[d], site.url, site.html, `${site.site}-${d}-${rep}`);
        const key = `${site.site}\t${dirs[d]}`;
        results.set(key, [...(results.get(key) ?? []), ms]);
        compiles.set(key, [...(compiles.get(key) ?? []), compiled]);
      }
    }
  }
} finally {
  for (const b of browsers) await b.close();
}
const measure = traced ? "the build's own thread time, traced (compile's median in brackets)" : profiler ? "the build's own time, profiled" : "the page's whole scripting, thread time";
console.log(`${measure}, ms, ${reps} visits each${path ? ` at ${path}` : ''}:`);
for (const [key, runs] of results) {
  const [site, dir] = key.split('\t');
  const measured = runs.filter(Number.isFinite);
  const compiled = (compiles.get(key) ?? []).filter(Number.isFinite);
  const compile = traced && compiled.length ? ` (${median(compiled).toFixed(1)})` : '';
  console.log(`${site.padEnd(10)} median ${median(measured).toFixed(1).padStart(5)}${compile}  ${dir}  (${runs.map((x) => (Number.isFinite(x) ? x.toFixed(1) : 'missed')).join(', ')})`);
}
