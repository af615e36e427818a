/**
 * Real-Chromium measurements for the benchmark: one context with the built extension and one
 * launched without it, the same synthetic page served at its real URL in both, and the costs
 * compared. Everything not served is refused, as in the e2e harness.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, serveOnly } from '../tests/e2e/support/extension';
import { BADGE_TEXT, isolatedWorld, LONGTASK_PROBE, PAINTED, WATCH_RESULT, WATCH_START } from './probes';
import { extensionMs, longTasksCaused, profiledPage, saveProfiles, startProfile, stopMarkedProfile } from './profile';
import { compileMs, startCompileTrace } from './trace';
import type { SyntheticPage } from './synthetic';
import { installStoreProbe, sleep, storeCount, waitForStore } from './worker';

export { seedHistory } from './worker';

export interface Browser {
  context: BrowserContext;
  /** The extension's service worker, when the bench waits for its readings (RealReach with its work on). */
  worker?: Worker;
  /** The loaded extension's id: its scripts' time is attributed to it (./profile.ts). */
  extensionId?: string;
  refused: string[];
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

export async function launch(extensionDir: string | null): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'realreach-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      ...CHROMIUM_ARGS,
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const { serve, refused } = await serveOnly(context);
  const worker = extensionDir ? context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 })) : undefined;
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : undefined,
    refused,
    serve,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface RunResult {
  /** Main-thread JS time (CDP ScriptDuration), ms, from navigating to the end of growth + settle. */
  scriptMs: number;
  /** All main-thread task time (CDP TaskDuration), ms, same window. */
  taskMs: number;
  /** The same two for the visit alone: navigating, the page's load, the first reading stored + settle. */
  visitScriptMs: number;
  visitTaskMs: number;
  /** Main-thread JS time while the page grew (+ settle), ms. */
  growScriptMs: number;
  /** The loaded extension's own JS time (./profile.ts) and its scripts' compiles (./trace.ts), ms: in the visit, and while the page grew. */
  extVisitMs: number;
  extScrollMs: number;
  /** Of extVisitMs, the compile of its injected scripts (./trace.ts), ms. */
  extVisitCompileMs: number;
  /** Posts the page loaded while growing (after its first render). */
  postsLoaded: number;
  /** Long tasks (> 50 ms) seen by the page's PerformanceObserver over the whole run. */
  longTasks: number;
  longTaskMs: number[];
  /** Of those, the ones RealReach's own work made long (bench/profile.ts longTasksCaused). */
  longTasksCaused: number;
  /** JS heap used after a forced GC at the end (whole isolate: page + content script), MB. */
  heapMb: number;
  /** DOM nodes and JS event listeners at the end (CDP Performance metrics). */
  nodes: number;
  listeners: number;
  /**
   * Posts appear -> badge updated, per flip: from the end of the frame that paints the new posts
   * to the end of the frame that paints the badge's new text (with the extension only).
   */
  badgeMs: number[];
  /** The same from the page inserting the posts to the badge's text changing in the DOM. */
  badgeRawMs: number[];
  /** How long the page itself took to paint the new posts (from inserting them), ms, per flip. */
  framesMs: number[];
  /** Posts painted -> the background stored a reading with them, ms, per flip. */
  storedMs: number[];
  /** The same from the page inserting the posts. */
  storedRawMs: number[];
  /** Time from posts appended to the content script's report reaching the background, ms, per flip. */
  reportMs: number[];
  badgeTextEnd?: string;
  postsRead?: number;
  wallMs: number;
}

/** CDP Performance metrics by name (ScriptDuration, TaskDuration: seconds). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}


/** A run whose visit profile missed the page (see runPage): nothing in it can be counted. */
export class ProfileMissed extends Error {
  constructor(url: string) {
    super(`the visit's profile holds none of ${url}'s own scripts`);
  }
}

export interface RunOptions {
  /** Pause between batches (ms): how fast new results arrive while scrolling. */
  interval: number;
  /** Quiet time after the last batch before measuring (ms). */
  settle: number;
  /** Posts-appear-to-badge-update measurements per run (with the extension). */
  flips: number;
}

export async function runPage(b: Browser, site: SyntheticPage, opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  b.serve(site.url, site.html);
  const page = await b.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(LONGTASK_PROBE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never).catch(() => cdp.send('Performance.enable'));
  // Every variant the same: Runtime on (the isolated world is found through it), profiler sampling.
  const inExtension = await isolatedWorld(cdp, b.extensionId ?? '-');
  if (b.worker) await installStoreProbe(b.worker);

  // From before the navigation: the page's load (parsing, running its scripts) and the content
  // script's injection and first read are in the window on both sides.
  const storedFirst = b.worker ? await storeCount(b.worker) : 0;
  // Each window is profiled and traced: the trace holds the compiles the profile cannot see (./trace.ts).
  let stopTrace = await startCompileTrace(cdp);
  await startProfile(cdp);
  const m0 = await metrics(cdp);
  await page.goto(site.url, { waitUntil: 'load' });
  // Let the page settle; with the extension, wait for the background to store its first reading.
  // The wait polls the service worker, not the page: a page.waitForFunction would run the
  // harness's own script in the page on one side only (Playwright's injected script, a check
  // every frame), and count as the extension's cost.
  if (b.worker) await waitForStore(b.worker, storedFirst, 15_000);
  await sleep(opts.settle);
  const mVisit = await metrics(cdp);
  const visit = { ...(await stopMarkedProfile(cdp)), compiles: await stopTrace() };
  const visitProfile = visit.profile;
  // Now and then (seen on a fresh browser's first page) the profile misses the whole visit: not one
  // frame of the page's own scripts. Its extension time would read 0; the run is measured again.
  if (!profiledPage(visitProfile, site.url)) {
    await page.close();
    throw new ProfileMissed(site.url);
  }
  if (b.worker && (await inExtension(BADGE_TEXT)) === null) throw new Error(`no badge on ${site.url} after its reading was stored`);

  stopTrace = await startCompileTrace(cdp);
  await startProfile(cdp);
  const mGrow = await metrics(cdp);
  await page.evaluate(
    ({ total, batch, interval }) => (window as unknown as { __bench: { run(t: number, b: number, i: number): Promise<number> } }).__bench.run(total, batch, interval),
    { total: site.total, batch: site.batch, interval: opts.interval },
  );
  await sleep(opts.settle);
  const m1 = await metrics(cdp);
  const scroll = { ...(await stopMarkedProfile(cdp)), compiles: await stopTrace() };
  const scrollProfile = scroll.profile;
  // BENCH_PROFILES=DIR keeps the profiles (open them in DevTools' Performance panel).
  if (process.env.BENCH_PROFILES) saveProfiles(process.env.BENCH_PROFILES, `${site.site}-${b.extensionId ?? 'none'}-${started}`, { visit: visitProfile, scroll: scrollProfile });

  const badgeMs: number[] = [];
  const storedMs: number[] = [];
  const storedRawMs: number[] = [];
  const badgeRawMs: number[] = [];
  const framesMs: number[] = [];
  const reportMs: number[] = [];
  let badgeTextEnd: string | undefined;
  let postsRead: number | undefined;
  // The flips run without the extension too: the page's own work for them (style and layout of the
  // new posts, long tasks) then counts on both sides.
  const worker = b.worker;
  // Profiled too: the long tasks of this window are attributed (bench/profile.ts longTasksCaused).
  stopTrace = await startCompileTrace(cdp);
  await startProfile(cdp);
  for (let i = 0; i < opts.flips; i++) {
    const storesBefore = worker ? await storeCount(worker) : 0;
    const watch = !!worker && site.badgeDependsOnPosts;
    // Watch the badge (isolated world), then append the posts in one page task with the timestamp.
    if (watch) await inExtension(WATCH_START(5_000));
    const result = await page.evaluate(async (paintedSrc) => {
      const painted = (0, eval)(paintedSrc) as () => Promise<{ at: number; wall: number }>;
      const flip = (window as unknown as { __bench: { flip(): { at: number; wall: number; added: number } } }).__bench.flip();
      const posts = await painted();
      return { ...flip, postsPaintedAt: posts.at, postsPaintedWall: posts.wall };
    }, PAINTED);
    framesMs.push(result.postsPaintedAt - result.at);
    if (!worker) {
      await sleep(300);
      continue;
    }
    if (watch) {
      const seen = await inExtension<{ changedAt: number; paintedAt: number }>(WATCH_RESULT);
      badgeRawMs.push(seen.changedAt < 0 ? Number.POSITIVE_INFINITY : seen.changedAt - result.at);
      badgeMs.push(seen.changedAt < 0 ? Number.POSITIVE_INFINITY : Math.max(0, seen.paintedAt - result.postsPaintedAt));
    }
    // The reading with the new posts, as stored by the background.
    const deadline = Date.now() + 5_000;
    let storedAt = -1;
    while (Date.now() < deadline) {
      const stores = await worker.evaluate((from) => (globalThis as unknown as { __stores: { wall: number; posts: number }[] }).__stores.slice(from), storesBefore);
      const hit = stores.find((s) => s.posts >= 0 && s.wall >= result.wall);
      if (hit) {
        storedAt = hit.wall;
        postsRead = hit.posts;
        break;
      }
      await sleep(10);
    }
    storedRawMs.push(storedAt < 0 ? Number.POSITIVE_INFINITY : storedAt - result.wall);
    storedMs.push(storedAt < 0 ? Number.POSITIVE_INFINITY : Math.max(0, storedAt - result.postsPaintedWall));
    const report = await worker.evaluate((wall) => (globalThis as unknown as { __reports: { wall: number }[] }).__reports.find((r) => r.wall >= wall), result.wall);
    reportMs.push(report ? report.wall - result.wall : Number.POSITIVE_INFINITY);
    await sleep(300);
  }
  const flips = { ...(await stopMarkedProfile(cdp)), compiles: await stopTrace() };
  if (process.env.BENCH_PROFILES) saveProfiles(process.env.BENCH_PROFILES, `${site.site}-${b.extensionId ?? 'none'}-${started}`, { flips: flips.profile });
  if (worker) badgeTextEnd = (await inExtension<string | null>(BADGE_TEXT)) ?? undefined;

  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const m2 = await metrics(cdp);
  const tasks = (await page.evaluate(() => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks)) as { start: number; duration: number }[];
  const longTasks = tasks.map((t) => t.duration);
  await cdp.detach().catch(() => {});
  await page.close();
  if (errors.length) throw new Error(`page errors on ${site.url}: ${errors.join('; ')}`);
  return {
    scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
    taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
    visitScriptMs: (mVisit.ScriptDuration - m0.ScriptDuration) * 1000,
    visitTaskMs: (mVisit.TaskDuration - m0.TaskDuration) * 1000,
    growScriptMs: (m1.ScriptDuration - mGrow.ScriptDuration) * 1000,
    extVisitMs: extensionMs(visitProfile, b.extensionId) + compileMs(visit.compiles, b.extensionId),
    extScrollMs: extensionMs(scrollProfile, b.extensionId) + compileMs(scroll.compiles, b.extensionId),
    extVisitCompileMs: compileMs(visit.compiles, b.extensionId),
    postsLoaded: site.total - site.initial,
    longTasks: longTasks.length,
    longTaskMs: longTasks.map((d) => Math.round(d)),
    longTasksCaused: longTasksCaused(tasks, [visit, scroll, flips], b.extensionId),
    heapMb: m2.JSHeapUsedSize / 2 ** 20,
    nodes: m2.Nodes,
    listeners: m2.JSEventListeners,
    badgeMs,
    storedMs,
    storedRawMs,
    badgeRawMs,
    framesMs,
    reportMs,
    badgeTextEnd,
    postsRead,
    wallMs: Date.now() - started,
  };
}
