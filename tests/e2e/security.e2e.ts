/**
 * Security, in real Chromium with the built extension:
 * 1. The extension makes no network request. Every supported site's page is served at its real
 *    URL (with an in-site navigation), and the popup, options and shortlist pages are opened;
 *    everything else the browser asks for, from pages, content scripts, extension pages and the
 *    service worker (checked first with a probe fetch from the worker), is refused and recorded.
 *    The list must stay empty: the pages themselves request nothing, so anything in it would be
 *    the extension's.
 * 2. Every message is validated before use: garbage sent to the background from an extension page
 *    and from the content script's own world (the one a compromised page is nearest to) is refused
 *    (no answer, or { ok: false } with a reason) and changes nothing in storage; privileged requests from the content script are
 *    refused; garbage sent to the content script is ignored. The background still answers a valid
 *    request afterwards, and nothing is thrown into the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, inBadge, isolatedWorld, launchWithExtension, spaNavigate, waitForBadge, type ExtensionBrowser } from './support/extension';

// Playwright routes (and so records) the service worker's requests too with this set (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
import { blueskyProfile, instagramProfile, postsAround, tiktokProfile, xProfile, youtubeChannel } from './support/pages';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: Record<'local' | 'session' | 'sync', { get(k: null): Promise<Record<string, unknown>> }>;
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
};

const PAGES = [
  { url: 'https://www.instagram.com/lena.travels/reels/', html: instagramProfile({ handle: 'lena.travels', name: 'Lena', followers: 48_213, following: 312, posts: 1_024, items: postsAround('C9lena', 12, 48_213, 0.021, true) }) },
  { url: 'https://www.instagram.com/cafe.ritual/reels/', html: instagramProfile({ handle: 'cafe.ritual', name: 'Café', followers: 2_230_586, following: 4_810, posts: 301, items: postsAround('C9cafe', 12, 2_230_586, 0.0009, true) }) },
  { url: 'https://x.com/nadia_codes', html: xProfile({ handle: 'nadia_codes', name: 'Nadia Ortiz', followers: 4_820, following: 1_045, posts: 12_400, items: postsAround('18430000000000', 10, 4_820, 0.012, true) }) },
  { url: 'https://www.tiktok.com/@miacocina', html: tiktokProfile({ handle: 'miacocina', name: 'Mia Cocina', followers: 128_345, following: 212, posts: 342, items: postsAround('74100000000000', 12, 128_345, 0.05, true) }) },
  { url: 'https://www.youtube.com/@mrbakes/videos', html: youtubeChannel({ handle: 'mrbakes', name: 'Mr Bakes', followers: 1_230_000, following: 0, posts: 412, items: postsAround('bakes00', 12, 1_230_000, 0.01, true) }) },
  { url: 'https://bsky.app/profile/potterybarn.bsky.social', html: blueskyProfile({ handle: 'potterybarn.bsky.social', name: 'Pottery Pam', followers: 18_342, following: 412, posts: 2_204, items: postsAround('3kpot00000', 10, 18_342, 0.03) }) },
];

/** Everything the extension keeps, as an extension page sees it. */
async function storageSnapshot(extPage: Page): Promise<string> {
  return extPage.evaluate(async () => {
    const all = await Promise.all((['local', 'session', 'sync'] as const).map(async (a) => [a, await chrome.storage[a].get(null)] as const));
    return JSON.stringify(all);
  });
}

/** Garbage and hostile messages. */
const GARBAGE: unknown[] = [
  null,
  0,
  'page-report',
  [],
  {},
  { type: 'nope' },
  { type: 'page-report' },
  { type: 'page-report', report: { status: 'ok' } },
  { type: 'page-report', report: { status: 'ok', snapshot: { platform: 'x', url: 'https://x.com/a', page: 'profile', capturedAt: 'now', profile: { handle: 'a', followers: { value: -5, exact: true, source: 'text', raw: '-5', min: -5, max: -5 } }, posts: [] } } },
  { type: 'page-report', report: { status: 'ok', snapshot: { platform: 'x', url: 'https://x.com/a', page: 'profile', capturedAt: 'now', profile: { handle: 'a' }, posts: Array.from({ length: 6000 }, () => ({})) } } },
  { type: 'page-report', report: { status: 'ok', snapshot: { platform: 'myspace', url: 'u', page: 'profile', capturedAt: 'now', profile: { handle: 'a' }, posts: [] } } },
  { type: 'page-report', report: { status: 'unrecognised', platform: 'x', url: 'u', reason: 'x'.repeat(100_000) } },
  { type: 'get-tab-state', tabId: -1 },
  { type: 'get-tab-state', tabId: 'all' },
  { type: 'get-tab-state', tabId: 1.5 },
  { type: 'settings-set', settings: { showBadge: 'yes', sites: null } },
  { type: 'settings-set' },
  { type: 'data-import', text: '{"version": 999, "shortlist": "everything"}' },
  { type: 'data-import', text: 'not json at all' },
  { type: 'data-delete-all', confirm: 'yes' },
  { type: 'data-delete-all' },
  { type: 'shortlist-remove', keys: 'all' },
  { type: 'shortlist-add', account: { platform: 'x', handle: '' } },
  JSON.parse('{"type":"get-tab-state","tabId":1,"__proto__":{"polluted":true}}'),
  JSON.parse('{"__proto__":{"type":"data-delete-all","confirm":"delete-all"}}'),
  { type: 'page-report', report: 'x'.repeat(1_000_000) },
];

/**
 * A message nested 5,000 deep is built where it is sent (Playwright's argument serialisation is
 * what would choke on it, not the extension): DEEP is that many levels.
 */
const DEEP = 5_000;

/** A refusal: no answer, a rejected promise, or an answer that says it did nothing ({ ok: false }). */
function refused(answer: string): boolean {
  if (answer === 'null' || answer.startsWith('"rejected')) return true;
  try {
    return (JSON.parse(answer) as { ok?: unknown }).ok === false;
  } catch {
    return false;
  }
}

/** Requests a content script must never be able to make (only the extension's own pages may). */
const PRIVILEGED: unknown[] = [
  { type: 'data-delete-all', confirm: 'delete-all' },
  { type: 'set-aside-discard', confirm: 'discard' },
  { type: 'data-export', scope: 'all' },
  { type: 'settings-set', settings: { showBadge: false } },
  { type: 'shortlist-get' },
  { type: 'storage-report' },
];

describe('security', () => {
  let h: ExtensionBrowser;
  beforeAll(async () => {
    h = await launchWithExtension();
    for (const p of PAGES) h.serve(p.url, p.html);
  });
  afterAll(async () => h?.close());

  it("records the service worker's requests too (the net works)", async () => {
    await h.worker.evaluate(() => fetch('https://probe.invalid/from-the-worker').catch(() => undefined));
    expect(h.refused).toContain('https://probe.invalid/from-the-worker');
    h.refused.length = 0;
  });

  it('makes no network request: every site, in-site navigation, popup, options and shortlist pages', async () => {
    const page = await h.context.newPage();
    for (const p of PAGES) {
      await page.goto(p.url);
      await waitForBadge(page);
    }
    // In-site navigation between two Instagram profiles.
    await page.goto(PAGES[0].url);
    await waitForBadge(page);
    await spaNavigate(page, PAGES[1].url, PAGES[1].html);
    await page.waitForTimeout(1_000);
    for (const path of ['popup.html', 'options.html', 'shortlist.html']) {
      const ext = await h.context.newPage();
      const ok = await ext.goto(`chrome-extension://${h.extensionId}/${path}`).then(() => true, () => false);
      if (ok) await ext.waitForTimeout(1_000);
      await ext.close();
    }
    await page.waitForTimeout(2_000);
    expect(h.refused, 'requests made by the extension').toEqual([]);
    await page.close();
  }, 120_000);

  it('validates every message: garbage is refused and changes nothing, privileged requests from a content script are refused', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await h.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string } }) => errors.push(`exception: ${e.exceptionDetails.text}`));
    await page.goto(PAGES[2].url);
    const world = await isolatedWorld(cdp, h.extensionId);
    await waitForBadge(page);

    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/popup.html`);
    // Something in storage worth protecting: a shortlist entry, saved from the extension page.
    await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'shortlist-add', account: { platform: 'x', handle: 'nadia_codes' } }).catch(() => undefined));
    const before = await storageSnapshot(ext);

    // From an extension page: every garbage message is refused (no answer).
    const answers = await ext.evaluate(
      async ({ garbage, deep }) => {
        const out: string[] = [];
        let nested: unknown = { type: 'page-report' };
        for (let i = 0; i < deep; i++) nested = { type: 'page-report', report: nested };
        for (const m of [...garbage, nested]) {
          const answer = chrome.runtime.sendMessage(m).then((a) => a ?? null, (e: Error) => `rejected: ${e.message}`);
          out.push(JSON.stringify(await Promise.race([answer, new Promise((r) => setTimeout(() => r('no answer in 5 s'), 5000))])));
        }
        return out;
      },
      { garbage: GARBAGE, deep: DEEP },
    );
    for (const [i, a] of answers.entries()) expect(refused(a), `garbage #${i} answered ${a.slice(0, 200)}`).toBe(true);

    // From the content script's world: garbage, and requests only extension pages may make.
    const fromContent = (await cdp.send('Runtime.evaluate', {
      contextId: world,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { let nested = { type: 'page-report' }; for (let i = 0; i < ${DEEP}; i++) nested = { type: 'page-report', report: nested }; const out = []; for (const m of [...${JSON.stringify([...GARBAGE, ...PRIVILEGED])}, nested]) out.push(JSON.stringify(await chrome.runtime.sendMessage(m).then((a) => a ?? null, (e) => 'rejected: ' + e.message))); return out; })()`,
    })) as { result: { value: string[] } };
    for (const [i, a] of fromContent.result.value.entries()) expect(refused(a), `from the content script, #${i} answered ${a.slice(0, 200)}`).toBe(true);

    // Garbage sent to the content script (as if from elsewhere in the extension) is ignored.
    const toContent = await ext.evaluate(async (garbage) => {
      const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
      const out: string[] = [];
      for (const m of garbage) out.push(JSON.stringify(await chrome.tabs.sendMessage(tab.id!, m).then((a) => a ?? null, (e: Error) => `rejected: ${e.message}`)));
      return out;
    }, GARBAGE.slice(0, 10));
    for (const a of toContent) expect(refused(a), `content script answered ${a}`).toBe(true);

    expect(await storageSnapshot(ext), 'storage after the garbage').toBe(before);
    // Still working: a valid request gets its answer, and the badge is still there.
    const state = await ext.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
      return chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id });
    });
    expect(state).toMatchObject({ status: 'ok' });
    expect(await badgeCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await ext.close();
    await page.close();
  }, 120_000);
});

describe('what a page can do to the badge and to storage (issue 17)', () => {
  let h: ExtensionBrowser;
  beforeAll(async () => {
    h = await launchWithExtension();
    for (const p of PAGES) h.serve(p.url, p.html);
  });
  afterAll(async () => h?.close());

  it('a page that defines <realreach-badge> itself does not suppress the badge; one it removes comes back; its scripts cannot read it', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      customElements.define('realreach-badge', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
          this.style.display = 'none';
        }
      });
    });
    await page.goto(PAGES[2].url);
    await waitForBadge(page);
    expect(await badgeCount(page)).toBe(1);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('*')).some((el) => el.shadowRoot?.querySelector('.rr-badge')))).toBe(false);
    // The page takes the badge out, on a page that does not change otherwise: it comes back.
    for (let i = 0; i < 3; i++) {
      // Removed and counted in one task: the badge now comes back at the next frame, sooner than a second round trip.
      const left = await inBadge(page, (_root, host) => {
        host?.remove();
        return (globalThis as { __realreachBadge?: { connected(): number } }).__realreachBadge?.connected() ?? -1;
      });
      expect(left).toBe(0);
      await expect.poll(() => badgeCount(page), { timeout: 5_000, interval: 100 }).toBe(1);
    }
    await page.close();
  });

  it('the content script\'s world can neither read nor wipe storage (setAccessLevel: trusted contexts only)', async () => {
    const page = await h.context.newPage();
    await page.goto(PAGES[2].url);
    await waitForBadge(page);
    const result = await inBadge(page, async () => {
      const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', { get(k: null): Promise<unknown>; clear(): Promise<void> }> } }).chrome;
      const tries = await Promise.all(
        (['local', 'sync'] as const).flatMap((a) => [c.storage[a]?.get(null), c.storage[a]?.clear()].map((p) => Promise.resolve(p).then(() => 'allowed', (e: Error) => `refused: ${e.message}`))),
      );
      return tries;
    });
    for (const r of result) expect(r).toMatch(/refused|undefined/);
    await page.close();
  });
});
