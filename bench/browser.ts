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
import type { SyntheticPage } from './synthetic';

export interface Browser {
  context: BrowserContext;
  worker?: Worker;
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
    refused,
    serve,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Installed in the page's main world before any page script: records long tasks. */
const LONGTASK_PROBE = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface RunResult {
  /** Main-thread JS time (CDP ScriptDuration), ms, from navigating to the end of growth + settle. */
  scriptMs: number;
  /** All main-thread task time (CDP TaskDuration), ms, same window. */
  taskMs: number;
  /** Long tasks (> 50 ms) seen by the page's PerformanceObserver over the whole run. */
  longTasks: number;
  longTaskMs: number[];
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

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The badge's visible text, read in the page (the shadow root is open). */
const BADGE_TEXT = `(() => { const host = document.querySelector('realreach-badge'); const b = host?.shadowRoot?.querySelector('.rr-badge'); return b ? (b.getAttribute('aria-label') || '') + '|' + b.textContent : null; })()`;

/**
 * Resolves (in the page) with performance.now() when the badge's text differs from `before`:
 * watches the document for the host being replaced and the open shadow root for re-renders.
 */
const WAIT_BADGE_CHANGE = `(before, timeout) => new Promise((resolve) => {
  const text = () => { const host = document.querySelector('realreach-badge'); const b = host?.shadowRoot?.querySelector('.rr-badge'); return b ? (b.getAttribute('aria-label') || '') + '|' + b.textContent : null; };
  const observers = [];
  const done = (v) => { observers.forEach((o) => o.disconnect()); clearTimeout(timer); resolve(v); };
  const check = () => { const t = text(); if (t !== null && t !== before) { done(performance.now()); return; } watchShadow(); };
  let watched = null;
  const watchShadow = () => {
    const root = document.querySelector('realreach-badge')?.shadowRoot;
    if (!root || root === watched) return;
    watched = root;
    const o = new MutationObserver(check); o.observe(root, { subtree: true, childList: true, characterData: true, attributes: true }); observers.push(o);
  };
  const d = new MutationObserver(check); d.observe(document.documentElement, { subtree: true, childList: true }); observers.push(d);
  watchShadow();
  const timer = setTimeout(() => done(-1), timeout);
  check();
})`;

/**
 * Resolves at the end of the next frame: the first task after its requestAnimationFrame callbacks,
 * style, layout and paint (what was changed before is then on screen). A source string, evaluated
 * in the page (tsx would wrap a named function with a helper the page does not have).
 */
const PAINTED = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => resolve({ at: performance.now(), wall: Date.now() });
  ch.port2.postMessage(0);
}))`;

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> }; onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void } };
  runtime: { onMessage: { addListener(cb: (message: unknown) => undefined): void } };
};

/** Records, in the service worker, when the background stores a tab's reading and how many posts it had. */
async function installStoreProbe(worker: Worker) {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __stores?: { wall: number; posts: number }[]; __reports?: { wall: number; posts: number }[] };
    if (g.__stores) return;
    g.__stores = [];
    g.__reports = [];
    // When each page report reaches the background (this listener answers nothing).
    chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; report?: { snapshot?: { posts?: unknown[] } } };
      if (m?.type === 'page-report') g.__reports!.push({ wall: Date.now(), posts: m.report?.snapshot?.posts?.length ?? -1 });
      return undefined;
    });
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith('tab:')) continue;
        const v = change.newValue as { snapshot?: { posts?: unknown[] } } | undefined;
        g.__stores!.push({ wall: Date.now(), posts: v?.snapshot?.posts?.length ?? -1 });
      }
    });
  });
}

async function storeCount(worker: Worker): Promise<number> {
  return worker.evaluate(() => (globalThis as unknown as { __stores: unknown[] }).__stores.length);
}

async function waitForStore(worker: Worker, after: number, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await storeCount(worker)) <= after) {
    if (Date.now() > deadline) throw new Error('the background stored no reading');
    await sleep(20);
  }
}

/**
 * Stores `n` history records (400 accounts, one record a day each, the newest today), as a
 * long-time user's browser holds them (the limit is 5,000): page reports are then scored against a
 * full history. Built from a record of the saved storage sample, so it validates as real data does.
 */
export async function seedHistory(worker: Worker, n: number, template: Record<string, unknown>): Promise<void> {
  const day = 86_400_000;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12);
  const records = Array.from({ length: n }, (_, i) => {
    const at = new Date(today - Math.floor(i / 400) * day);
    return { ...template, handle: `bench.account${i % 400}`, day: at.toISOString().slice(0, 10), at: at.toISOString() };
  }).reverse(); // oldest first, as the store keeps them
  await worker.evaluate((history) => chrome.storage.local.set({ history, 'history$': { v: 2 } }), { records });
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
  if (b.worker) await installStoreProbe(b.worker);

  // From before the navigation: the page's load (parsing, running its scripts) and the content
  // script's injection and first read are in the window on both sides.
  const storedFirst = b.worker ? await storeCount(b.worker) : 0;
  const m0 = await metrics(cdp);
  await page.goto(site.url, { waitUntil: 'load' });
  // Let the page settle; with the extension, wait for the background to store its first reading.
  // The wait polls the service worker, not the page: a page.waitForFunction would run the
  // harness's own script in the page on one side only (Playwright's injected script, a check
  // every frame), and count as the extension's cost.
  if (b.worker) await waitForStore(b.worker, storedFirst, 15_000);
  await sleep(opts.settle);
  if (b.worker && (await page.evaluate(BADGE_TEXT)) === null) throw new Error(`no badge on ${site.url} after its reading was stored`);

  await page.evaluate(
    ({ total, batch, interval }) => (window as unknown as { __bench: { run(t: number, b: number, i: number): Promise<number> } }).__bench.run(total, batch, interval),
    { total: site.total, batch: site.batch, interval: opts.interval },
  );
  await sleep(opts.settle);
  const m1 = await metrics(cdp);

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
  {
    for (let i = 0; i < opts.flips; i++) {
      const before = (await page.evaluate(BADGE_TEXT)) as string | null;
      const storesBefore = worker ? await storeCount(worker) : 0;
      // Start watching the badge, then append the posts in the same page task as the timestamp.
      const result = await page.evaluate(
        async ({ waitSrc, paintedSrc, before, timeout, badge }) => {
          const wait = (0, eval)(waitSrc) as (before: string | null, timeout: number) => Promise<number>;
          const painted = (0, eval)(paintedSrc) as () => Promise<{ at: number; wall: number }>;
          const bench = (window as unknown as { __bench: { flip(): { at: number; wall: number; added: number } } }).__bench;
          const flip = bench.flip();
          const postsPainted = painted();
          const changedAt = badge ? await wait(before, timeout) : -1;
          const badgePainted = changedAt >= 0 ? await painted() : undefined;
          const posts = await postsPainted;
          return { ...flip, changedAt, postsPaintedAt: posts.at, postsPaintedWall: posts.wall, badgePaintedAt: badgePainted?.at ?? -1 };
        },
        { waitSrc: WAIT_BADGE_CHANGE, paintedSrc: PAINTED, before, timeout: 5_000, badge: !!worker && site.badgeDependsOnPosts },
      );
      framesMs.push(result.postsPaintedAt - result.at);
      if (!worker) {
        await sleep(300);
        continue;
      }
      if (site.badgeDependsOnPosts) {
        badgeRawMs.push(result.changedAt < 0 ? Number.POSITIVE_INFINITY : result.changedAt - result.at);
        badgeMs.push(result.changedAt < 0 ? Number.POSITIVE_INFINITY : Math.max(0, result.badgePaintedAt - result.postsPaintedAt));
      }
      // The reading with the new posts, as stored by the background.
      const expected = await page.evaluate(() => (window as unknown as { __bench: { count(): number } }).__bench.count());
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
      void expected;
      await sleep(300);
    }
    badgeTextEnd = ((await page.evaluate(BADGE_TEXT)) as string | null) ?? undefined;
  }

  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const m2 = await metrics(cdp);
  const longTasks = (await page.evaluate(() => (window as unknown as { __longtasks: { duration: number }[] }).__longtasks.map((t) => t.duration))) as number[];
  await cdp.detach().catch(() => {});
  await page.close();
  if (errors.length) throw new Error(`page errors on ${site.url}: ${errors.join('; ')}`);
  return {
    scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
    taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
    longTasks: longTasks.length,
    longTaskMs: longTasks.map((d) => Math.round(d)),
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
