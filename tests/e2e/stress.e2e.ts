/**
 * Stress, in real Chromium with the built extension:
 * 1. 500 in-site navigations between two X profiles (pushState + the page's content replaced, as
 *    the app does), each waited for until the badge shows the new account's rate: afterwards the
 *    content script holds as many MutationObservers, the page as many listeners on window and
 *    document, DOM nodes and JS listeners as after the first ten, and exactly one badge.
 *    Observers are counted with CDP Runtime.queryObjects in the content script's isolated world
 *    (a main-world wrapper would not see them); listeners with DOMDebugger.getEventListeners and
 *    Memory.getDOMCounters, after forced garbage collection.
 * 2. The extension reloaded (chrome.runtime.reload) while a page with a badge is open: the old
 *    content script stops (its badge goes within its 1 s tick, nothing is thrown into the page, in
 *    any world, even as the page keeps changing and navigates in-site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { analyzeHtml } from '../../scripts/analyze-html';
import { headlineRate } from '../../lib/view/verdict';
import { badgeCount, inBadge, isolatedWorld, launchWithExtension, spaNavigate, waitForBadge, type ExtensionBrowser } from './support/extension';
import { postsAround, xProfile } from './support/pages';

const NAVIGATIONS = Number(process.env.STRESS_NAVIGATIONS ?? 500);

const A = {
  url: 'https://x.com/nadia_codes',
  html: xProfile({ handle: 'nadia_codes', name: 'Nadia Ortiz', followers: 4_820, following: 1_045, posts: 12_400, items: postsAround('18430000000000', 10, 4_820, 0.012, true) }),
};
const B = {
  url: 'https://x.com/growthhacker_9',
  html: xProfile({ handle: 'growthhacker_9', name: 'Growth Hacker', followers: 171, following: 5_001, posts: 9_800, items: postsAround('18440000000000', 10, 171, 0.004, true) }),
};

function expectedRate(p: { url: string; html: string }): string {
  const r = analyzeHtml(p.html, p.url);
  if (r.status !== 'ok') throw new Error(`page not readable in Node: ${r.message}`);
  const rate = headlineRate(r.analysis, 'en-US');
  if (!rate) throw new Error('the stress pages need a rate on the badge');
  return rate;
}

/**
 * Waits until the badge shows `rate` (its label carries the rate in the browser's language),
 * checked every frame inside the content script's world (the badge's shadow root is closed).
 */
async function waitForRate(page: Page, rate: string, timeout = 10_000) {
  const shown = inBadge(
    page,
    (_root, _host, a) =>
      new Promise<boolean>((resolve) => {
        const end = performance.now() + a.timeout;
        const tick = () => {
          const b = (globalThis as { __realreachBadge?: { root: ShadowRoot } }).__realreachBadge?.root.querySelector('.rr-badge');
          if (b && (b.textContent ?? '').includes(a.rate)) resolve(true);
          else if (performance.now() > end) resolve(false);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    { rate, timeout },
  );
  if (!(await shown)) throw new Error(`the badge did not show ${rate} within ${timeout} ms`);
}

interface Census {
  badges: number;
  observers: number;
  windowListeners: number;
  documentListeners: number;
  jsEventListeners: number;
  nodes: number;
  heapMb: number;
}

async function census(page: Page, cdp: CDPSession, world: number): Promise<Census> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const count = async (expression: string) => {
    const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: unknown[] };
    return listeners.length;
  };
  // Live MutationObservers created in the content script's world.
  const proto = (await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId: world })) as { result: { objectId: string } };
  const found = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId })) as { objects: { objectId: string } };
  const length = (await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return {
    badges: await badgeCount(page),
    observers: length.result.value,
    windowListeners: await count('window'),
    documentListeners: await count('document'),
    jsEventListeners: dom.jsEventListeners,
    nodes: dom.nodes,
    heapMb: heap.usedSize / 2 ** 20,
  };
}

describe('stress', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(A.url, A.html);
    browser.serve(B.url, B.html);
  });
  afterAll(async () => browser?.close());

  it(`${NAVIGATIONS} in-site navigations leave no observers, listeners, nodes or badges behind`, async () => {
    const rates = [expectedRate(A), expectedRate(B)];
    expect(rates[0]).not.toBe(rates[1]);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await browser.context.newCDPSession(page);
    await page.goto(A.url);
    const world = await isolatedWorld(cdp, browser.extensionId);
    await waitForBadge(page);
    await waitForRate(page, rates[0]);

    const started = Date.now();
    let warm: Census | undefined;
    for (let i = 1; i <= NAVIGATIONS; i++) {
      const to = i % 2 ? B : A;
      await spaNavigate(page, to.url, to.html);
      await waitForRate(page, rates[i % 2]);
      if (i === 10) warm = await census(page, cdp, world);
    }
    const end = await census(page, cdp, world);
    const seconds = (Date.now() - started) / 1000;
    console.info(`stress: ${NAVIGATIONS} navigations in ${seconds.toFixed(1)} s; after 10: ${JSON.stringify(warm)}; after ${NAVIGATIONS}: ${JSON.stringify(end)}`);

    expect(end.badges).toBe(1);
    expect(end.observers, 'MutationObservers in the content script').toBe(warm!.observers);
    expect(end.observers).toBeLessThanOrEqual(1);
    expect(end.windowListeners, 'listeners on window').toBe(warm!.windowListeners);
    expect(end.documentListeners, 'listeners on document').toBe(warm!.documentListeners);
    expect(end.jsEventListeners, 'JS event listeners (Memory.getDOMCounters)').toBeLessThanOrEqual(warm!.jsEventListeners);
    // The two pages alternate: the same page again has the same nodes (allow a few for timing).
    expect(end.nodes, 'DOM nodes').toBeLessThanOrEqual(warm!.nodes + 20);
    expect(end.heapMb - warm!.heapMb, 'JS heap growth, MB').toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);

  it('reloading the extension stops the old content script cleanly', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Runtime.enable');
    // Uncaught exceptions in any world of the page (main and isolated).
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
      errors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
    );
    await page.goto(A.url);
    await waitForBadge(page);
    await waitForRate(page, expectedRate(A));

    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    // The old script notices within its 1 s tick and removes its badge.
    const reloadedAt = Date.now();
    await expect.poll(() => badgeCount(page), { timeout: 5_000, interval: 50 }).toBe(0);
    console.info(`stress: badge gone ${Date.now() - reloadedAt} ms after chrome.runtime.reload()`);
    // The page keeps changing: the orphaned script must neither throw nor draw.
    for (let i = 0; i < 20; i++) {
      await page.evaluate((i) => {
        const p = document.createElement('p');
        p.textContent = `more ${i}`;
        (document.querySelector('main') ?? document.body).append(p);
      }, i);
      await page.waitForTimeout(50);
    }
    await spaNavigate(page, B.url, B.html);
    await page.waitForTimeout(1_500);
    expect(await badgeCount(page)).toBe(0);
    expect(errors).toEqual([]);
    // (Chromium 156 does not bring back an extension loaded with --load-extension after
    // runtime.reload(): no new worker, no content script on new pages; so the reloaded extension's
    // own start is not checked here. Every other e2e test covers a fresh start.)
    await page.close();
  }, 120_000);
});
