/**
 * `npm run bench`: what RealReach costs the pages it runs on, beside what a peer extension costs.
 * Writes bench/results.json and bench/results.md, and prints as its last line
 *   bench: added_ms_visit=A added_ms_per100=B longtasks=N update_ms=M content_kb=K peer_ratio=R
 * A: RealReach's own main-thread time for one visit (injection, first read, badge), the stack's idle
 * cost left out; B: its time per 100 posts loaded while scrolling (both the worst site's median,
 * bench/profile.ts says how they are attributed, bench/trace.ts adds its scripts' compiles); N: long tasks its own work made long (all sites, medians;
 * bench/profile.ts longTasksCaused); M: posts painted -> badge
 * painted; K: largest content script, minified kB; R: what Control Panel for Twitter
 * (../shared/peers/, loaded instead of RealReach, never beside it) adds on the X page / what RealReach adds there.
 * Targets: A <= 8, B <= 1, N = 0, M <= 33, K <= 45, R >= 10.
 *
 * 1. Built sizes (the Chrome build, as `npm run build` makes it), raw and gzipped.
 * 2. Adapters + scoring in Node on every shared real page and committed fixture.
 * 3. Real Chromium (Debian's /usr/bin/chromium): heavy synthetic pages per site (bench/synthetic),
 *    served at their real URLs, grown as on scroll, in a context with the extension, one
 *    launched without it, one with an idle copy (site scripts that are WXT's wrapper with nothing
 *    to do: the stack's own cost), and on the X page one with the peer; repeated BENCH_REPS times (default 3),
 *    medians reported.
 *
 * Environment: BENCH_REPS (repetitions), BENCH_SITES (comma-separated subset), BENCH_HISTORY=N (store
 * N history records first, as a long-time user has: up to 5,000), BENCH_SKIP_BUILD=1
 * (measure .output/chrome-mv3 as it is, and the idle copy a previous run left in bench/tmp).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { launch, ProfileMissed, runPage, seedHistory, type Browser, type RunResult } from '../bench/browser';
import { median, timeNode, type NodeTiming } from '../bench/node';
import { fixturePages, realPages } from '../bench/pages';
import { headlineLine, markdown } from '../bench/report';
import { builtSizes, contentScriptBytes, type BuiltFile } from '../bench/sizes';
import { syntheticPages, type SyntheticPage } from '../bench/synthetic';
import { chromiumPath } from '../tests/e2e/support/extension';
import { REPO_ROOT } from '../tests/support/shared';

const TARGETS = { addedMsVisit: 8, addedMsPer100: 1, longtasks: 0, updateMs: 33, contentKb: 45, peerRatio: 10 };
/** Control Panel for Twitter, unpacked (../shared/peers/README.md): measured on the X page only. */
const PEER_DIR = resolve(REPO_ROOT, '../shared/peers/control-panel-for-twitter');
const PEER_SITE = 'x';
const REPS = Number(process.env.BENCH_REPS ?? 3);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 0);
const RUN = { interval: 150, settle: 800, flips: 3 };
const started = Date.now();
const loadBefore = loadavg()[0];
const log = (...args: unknown[]) => console.log(...args);

// ---- 1. build and sizes ----
const outDir = resolve(REPO_ROOT, '.output/chrome-mv3');
const extDir = resolve(REPO_ROOT, 'bench/tmp/extension');
// The idle build: the same extension whose site scripts are WXT's wrapper with nothing to do
// (scripts/site-content-scripts.ts), so the stack's own cost is told apart from RealReach's.
const idleDir = resolve(REPO_ROOT, 'bench/tmp/extension-idle');
function buildInto(dir: string, label: string, env: Record<string, string> = {}) {
  if (!process.env.BENCH_SKIP_BUILD) {
    log(`bench: building the ${label} (npx wxt build)`);
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    if (built.status !== 0) {
      console.error('bench: the build failed');
      process.exit(1);
    }
  }
  // Measure a private copy: other builds into .output must not change the extension mid-run.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, '..'), { recursive: true });
  cpSync(outDir, dir, { recursive: true });
}
if (!process.env.BENCH_SKIP_BUILD) buildInto(idleDir, 'idle copy of the extension', { REALREACH_IDLE_CONTENT: '1' });
// Last, so that .output holds the real build afterwards.
buildInto(extDir, 'Chrome extension');
const files: BuiltFile[] = builtSizes(extDir);
const content = contentScriptBytes(files);
const partTotal = (part: BuiltFile['part'], ext = '.js') =>
  files.filter((f) => f.part === part && f.file.endsWith(ext)).reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzipBytes: a.gzipBytes + f.gzipBytes }), { bytes: 0, gzipBytes: 0 });
const sizes = { content: partTotal('content'), contentLargest: content, popup: partTotal('popup'), background: partTotal('background'), files };
log(`bench: content script ${(content.bytes / 1000).toFixed(1)} kB (${(content.gzipBytes / 1000).toFixed(1)} kB gzipped)`);

// ---- 2. Node ----
log('bench: adapters + scoring in Node on saved pages');
const fixtures = fixturePages();
const saved = [...realPages(), ...fixtures.pages];
const nodeTimings: NodeTiming[] = timeNode(saved);
const nodeSummary = {
  pages: nodeTimings.length,
  medianMs: median(nodeTimings.map((t) => t.medianMs)),
  worstMs: Math.max(...nodeTimings.map((t) => t.worstMs)),
  worstPage: nodeTimings.reduce((a, b) => (b.worstMs > a.worstMs ? b : a)).page,
};

// ---- 3. Chromium ----
const only = process.env.BENCH_SITES?.split(',');
const sites: SyntheticPage[] = syntheticPages().filter((s) => !only || only.includes(s.site));
const withPeer = existsSync(resolve(PEER_DIR, 'manifest.json')) && sites.some((s) => s.site === PEER_SITE);
log(`bench: Chromium ${chromiumPath()}, ${sites.length} synthetic pages x ${REPS} runs, with the extension, without it, with its idle copy${withPeer ? ', and on X with the peer instead' : ''}`);
const withExt = await launch(extDir);
const without = await launch(null);
if (HISTORY) {
  // A long-time user's history (see seedHistory): the background scores every report against it.
  const sample = JSON.parse(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/storage/v2.json'), 'utf8'));
  await seedHistory(withExt.worker!, HISTORY, sample.local.history.records[0]);
  log(`bench: stored ${HISTORY} history records in the extension's profile`);
}
// Its content scripts never report, so it is run as a page without the extension is.
const idle = { ...(await launch(idleDir)), worker: undefined };
// The peer in its own browser, never beside RealReach; its scripts' time is attributed to its id.
const peer = withPeer ? { ...(await launch(PEER_DIR)), worker: undefined } : undefined;
type Variant = 'with' | 'without' | 'idle' | 'peer';
const runs: Record<string, Record<Variant, RunResult[]>> = {};
try {
  for (let rep = 0; rep < REPS; rep++) {
    for (const site of sites) {
      runs[site.site] ??= { with: [], without: [], idle: [], peer: [] };
      // Turn which goes first each repetition, so warm caches and thermal drift favour none.
      const variants: [Variant, Browser][] = [['with', withExt], ['without', without], ['idle', idle]];
      if (peer && site.site === PEER_SITE) variants.push(['peer', peer]);
      const order = [...variants.slice(rep % variants.length), ...variants.slice(0, rep % variants.length)];
      for (const [label, browser] of order) {
        const r = await runMeasured(browser, site);
        runs[site.site][label].push(r);
        log(
          `  ${site.site.padEnd(9)} run ${rep + 1} ${label.padEnd(7)} script ${r.scriptMs.toFixed(0).padStart(5)} ms (visit ${r.visitScriptMs.toFixed(0)}), tasks ${r.taskMs.toFixed(0).padStart(5)} ms, long tasks ${r.longTasks} (caused ${r.longTasksCaused})` +
            (label === 'with' || label === 'idle' || label === 'peer' ? `, its own ${r.extVisitMs.toFixed(1)} + ${r.extScrollMs.toFixed(1)} ms` : '') +
            (label === 'with' ? `, badge ${fmtList(r.badgeMs)} ms, stored ${fmtList(r.storedMs)} ms, posts read ${r.postsRead}` : ''),
        );
      }
    }
  }
} finally {
  await withExt.close();
  await without.close();
  await idle.close();
  await peer?.close();
}
const refused = [...withExt.refused, ...without.refused, ...idle.refused, ...(peer?.refused ?? [])];

/** One run, measured again (up to twice) when its visit's profile missed the page. */
async function runMeasured(browser: Browser, site: SyntheticPage): Promise<RunResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runPage(browser, site, RUN);
    } catch (e) {
      if (!(e instanceof ProfileMissed) || attempt === 3) throw e;
      log(`  ${site.site.padEnd(9)} ${e.message}: measured again`);
    }
  }
}

function fmtList(xs: number[]): string {
  return xs.length ? xs.map((x) => (Number.isFinite(x) ? x.toFixed(0) : 'timeout')).join('/') : '-';
}

const perSite = sites.map((site) => {
  const r = runs[site.site];
  const m = (rs: RunResult[], f: (x: RunResult) => number) => median(rs.map(f));
  const scriptWith = m(r.with, (x) => x.scriptMs);
  const scriptWithout = m(r.without, (x) => x.scriptMs);
  const taskWith = m(r.with, (x) => x.taskMs);
  const taskWithout = m(r.without, (x) => x.taskMs);
  const badge = r.with.flatMap((x) => x.badgeMs);
  const stored = r.with.flatMap((x) => x.storedMs);
  const badgeRaw = r.with.flatMap((x) => x.badgeRawMs);
  const storedRaw = r.with.flatMap((x) => x.storedRawMs);
  const frames = [...r.with, ...r.without].flatMap((x) => x.framesMs);
  const report = r.with.flatMap((x) => x.reportMs);
  const longWith = m(r.with, (x) => x.longTasks);
  const longWithout = m(r.without, (x) => x.longTasks);
  // RealReach's own time (bench/profile.ts, and its scripts' compiles: bench/trace.ts): its content script's samples with the work on, less
  // the idle copy's (the stack: WXT's content-script runtime loading, then stopping).
  const ownVisit = m(r.with, (x) => x.extVisitMs);
  const stackVisit = r.idle.length ? m(r.idle, (x) => x.extVisitMs) : 0;
  const per100 = (x: RunResult) => (x.extScrollMs / Math.max(1, x.postsLoaded)) * 100;
  const peerRuns = r.peer;
  return {
    site: site.site,
    url: site.url,
    items: site.total,
    batch: site.batch,
    postsLoaded: site.total - site.initial,
    addedMsVisit: Math.max(0, ownVisit - stackVisit),
    addedMsVisitRuns: r.with.map((x) => x.extVisitMs),
    compileMsVisit: m(r.with, (x) => x.extVisitCompileMs),
    stackMsVisit: stackVisit,
    addedMsPer100: Math.max(0, m(r.with, per100) - (r.idle.length ? m(r.idle, per100) : 0)),
    addedMsScroll: m(r.with, (x) => x.extScrollMs),
    // All RealReach's scripts' time over the run (visit + scrolling, stack included), as the peer's is counted.
    extensionMsTotal: m(r.with, (x) => x.extVisitMs + x.extScrollMs),
    visitScriptWithoutMs: m(r.without, (x) => x.visitScriptMs),
    visitScriptWithMs: m(r.with, (x) => x.visitScriptMs),
    visitScriptIdleMs: r.idle.length ? m(r.idle, (x) => x.visitScriptMs) : null,
    peer: peerRuns.length
      ? {
          extensionMsTotal: m(peerRuns, (x) => x.extVisitMs + x.extScrollMs),
          visitMs: m(peerRuns, (x) => x.extVisitMs),
          scrollMs: m(peerRuns, (x) => x.extScrollMs),
          scriptMs: m(peerRuns, (x) => x.scriptMs),
          addedScriptMs: m(peerRuns, (x) => x.scriptMs) - scriptWithout,
          overhead: m(peerRuns, (x) => x.scriptMs) / scriptWithout,
          taskMs: m(peerRuns, (x) => x.taskMs),
          longTasks: m(peerRuns, (x) => x.longTasks),
          longTasksCaused: m(peerRuns, (x) => x.longTasksCaused),
        }
      : null,
    scriptWithMs: scriptWith,
    scriptWithoutMs: scriptWithout,
    extensionScriptMs: scriptWith - scriptWithout,
    // What the stack costs before RealReach runs (the idle build), and what is RealReach's own.
    stackScriptMs: m(r.idle, (x) => x.scriptMs) - scriptWithout,
    ownScriptMs: scriptWith - m(r.idle, (x) => x.scriptMs),
    overhead: scriptWith / scriptWithout,
    taskWithMs: taskWith,
    taskWithoutMs: taskWithout,
    taskOverhead: taskWith / taskWithout,
    longTasksWith: longWith,
    longTasksWithout: longWithout,
    // Information: the difference of two noisy counts (the pages' own tasks sit near 50 ms and the
    // idle copy, which does nothing, moves the count as much); the headline counts what it caused.
    longTasksByExtension: Math.max(0, longWith - longWithout),
    longTasksCaused: m(r.with, (x) => x.longTasksCaused),
    longTaskMsWith: r.with.map((x) => x.longTaskMs),
    longTaskMsWithout: r.without.map((x) => x.longTaskMs),
    badgeDependsOnPosts: site.badgeDependsOnPosts,
    badgeUpdateMs: badge.length ? median(badge) : null,
    badgeUpdateWorstMs: badge.length ? Math.max(...badge) : null,
    reportMs: median(report),
    storedMs: median(stored),
    updateMs: badge.length ? median(badge) : median(stored),
    updateWorstMs: badge.length ? Math.max(...badge) : Math.max(...stored),
    updateRawMs: badge.length ? median(badgeRaw) : median(storedRaw),
    pagePaintMs: median(frames),
    heapWithMb: m(r.with, (x) => x.heapMb),
    heapWithoutMb: m(r.without, (x) => x.heapMb),
    heapDeltaMb: m(r.with, (x) => x.heapMb) - m(r.without, (x) => x.heapMb),
    nodesAdded: m(r.with, (x) => x.nodes) - m(r.without, (x) => x.nodes),
    listenersAdded: m(r.with, (x) => x.listeners) - m(r.without, (x) => x.listeners),
    postsRead: r.with.at(-1)?.postsRead ?? null,
    badgeText: r.with.at(-1)?.badgeTextEnd ?? null,
  };
});

const peerSite = perSite.find((s) => s.peer);
const headline = {
  addedMsVisit: Math.max(...perSite.map((s) => s.addedMsVisit)),
  addedMsPer100: Math.max(...perSite.map((s) => s.addedMsPer100)),
  longtasks: perSite.reduce((a, s) => a + s.longTasksCaused, 0),
  updateMs: Math.max(...perSite.map((s) => s.updateMs)),
  contentKb: content.bytes / 1000,
  // Whole run on the X page, each extension's own scripts (stack included on both sides).
  peerRatio: peerSite?.peer ? peerSite.peer.extensionMsTotal / peerSite.extensionMsTotal : Number.NaN,
  // For information: the same from totals with / without (noisier, includes what each makes the page do).
  peerRatioFromTotals: peerSite?.peer ? peerSite.peer.addedScriptMs / peerSite.extensionScriptMs : Number.NaN,
  overhead: Math.max(...perSite.map((s) => s.overhead)),
};
const met = {
  addedMsVisit: headline.addedMsVisit <= TARGETS.addedMsVisit,
  addedMsPer100: headline.addedMsPer100 <= TARGETS.addedMsPer100,
  longtasks: headline.longtasks <= TARGETS.longtasks,
  updateMs: headline.updateMs <= TARGETS.updateMs,
  contentKb: headline.contentKb <= TARGETS.contentKb,
  peerRatio: headline.peerRatio >= TARGETS.peerRatio,
};

const results = {
  generatedAt: new Date().toISOString(),
  command: 'npm run bench',
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumPath(),
    // Other work on the machine during the run (1-minute load average, before and after): timings are noisier above ~1 per core.
    loadAverage: [Number(loadBefore.toFixed(2)), Number(loadavg()[0].toFixed(2))],
  },
  settings: { reps: REPS, historyRecords: HISTORY, ...RUN },
  targets: TARGETS,
  headline,
  met,
  sizes,
  node: { summary: nodeSummary, pages: nodeTimings, unmappedFixtures: fixtures.unmapped },
  chromium: perSite,
  refusedRequests: refused,
  runtimeSeconds: Math.round((Date.now() - started) / 1000),
};

mkdirSync(resolve(REPO_ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(REPO_ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(resolve(REPO_ROOT, 'bench/results.md'), markdown(results));
log(`bench: wrote bench/results.md and bench/results.json in ${results.runtimeSeconds} s`);
if (refused.length) log(`bench: requests refused (not served by the bench): ${refused.join(', ')}`);
log(`bench: ${headlineLine(results.headline)}`);

