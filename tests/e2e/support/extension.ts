/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3), serves fixture pages
 * at the real sites' URLs with context.route(), and refuses every other request (so a test also
 * sees any request the extension would make).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { REPO_ROOT } from '../../support/shared';

/** The part of the extension API these helpers call inside the service worker. */
declare const chrome: { tabs: { query(query: { url?: string }): Promise<{ id?: number; url?: string }[]> } };

export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'artifacts/e2e');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (scripts/setup-test-env.sh does) or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that left the fixtures: anything the page or extension asked of the network. */
  refused: string[];
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Flags for Debian's Chromium on this kind of machine: no sandbox as root, no GPU, and none of the
 * background connections that the closed network would refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves registered pages at their real URLs and refuses (and records) every other http(s) request. */
export async function serveOnly(context: BrowserContext): Promise<{ serve(url: string, html: string): void; refused: string[] }> {
  const pages = new Map<string, string>();
  const refused: string[] = [];
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const body = pages.get(url.split('#')[0]);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return { serve: (url, html) => void pages.set(url, html), refused };
}

export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the extension first (npm run build): ${EXTENSION_DIR} is missing`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'realreach-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const { serve, refused } = await serveOnly(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  currentExtensionId = extensionId;
  return {
    context,
    extensionId,
    worker,
    refused,
    serve,
    close: () => context.close(),
  };
}

export function fixture(path: string): string {
  return readFileSync(resolve(REPO_ROOT, 'tests/fixtures', path), 'utf8');
}

// ---- The badge, read through the content script's isolated world ----
// Its shadow root is closed (issue 17, defect 4): neither the page nor Playwright's selectors reach
// inside. The content script keeps its host and root on its own global object (BADGE_HANDLE in
// lib/content/badge-host.ts), which exists only in the extension's isolated world: tests evaluate
// there through CDP, and click with the mouse at the element's place (a trusted click, as a user's).

let currentExtensionId = '';
type Context = { id: number; origin: string; auxData?: { type?: string; frameId?: string } };
const worlds = new WeakMap<Page, { cdp: CDPSession; contexts: Map<number, Context> }>();

async function badgeWorld(page: Page): Promise<{ cdp: CDPSession; id: number }> {
  let w = worlds.get(page);
  if (!w) {
    const cdp = await page.context().newCDPSession(page);
    const contexts = new Map<number, Context>();
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.set(e.context.id, e.context));
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => contexts.delete(e.executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
    await cdp.send('Runtime.enable');
    w = { cdp, contexts };
    worlds.set(page, w);
  }
  for (let i = 0; i < 100; i++) {
    const world = [...w.contexts.values()].filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(currentExtensionId)).at(-1);
    if (world) return { cdp: w.cdp, id: world.id };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no isolated world of the extension in this page');
}

/**
 * Runs `fn(root, host, arg)` in the content script's isolated world: `root` is the badge's closed
 * shadow root, `host` its element in the page (both null before a badge was made). JSON in, JSON out.
 */
export async function inBadge<T, A = undefined>(page: Page, fn: (root: ShadowRoot | null, host: HTMLElement | null, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  const { cdp, id } = await badgeWorld(page);
  const expression = `(async () => { const b = globalThis.__realreachBadge; return (${fn.toString()})(b ? b.root : null, b ? b.host : null, ${JSON.stringify(arg ?? null)}); })()`;
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (r.exceptionDetails) throw new Error(`in the badge's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** How many badge hosts this page's content script has in the document. */
export async function badgeCount(page: Page): Promise<number> {
  return inBadge(page, () => ((globalThis as { __realreachBadge?: { connected(): number } }).__realreachBadge?.connected() ?? 0));
}

/** Waits until the badge is in the page, scored. */
export async function waitForBadge(page: Page, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await inBadge(page, (root, host) => !!host?.isConnected && !!root?.querySelector('.rr-badge')).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no badge appeared');
}

/**
 * The words the badge shows; waits for them as a Playwright locator would (the badge is redrawn while a page settles).
 * Its letter and rate are drawn on canvases whose fallback content holds them (components/badge-words.ts): textContent.
 */
export async function badgeText(page: Page, timeout = 5_000): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const text = await inBadge(page, (root, host) => (host?.isConnected ? (root?.querySelector('.rr-badge')?.textContent ?? null) : null));
    if (text !== null) return text.replace(/\s+/g, ' ').trim();
    if (Date.now() > end) throw new Error('no badge');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The box of an element inside the badge (`selector`), or of its host (no selector); null when absent. */
export async function badgeBox(page: Page, selector?: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inBadge(
    page,
    (root, host, sel) => {
      const el = sel ? root?.querySelector(sel) : host;
      if (!el || !el.isConnected) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  );
}

/** Clicks an element inside the badge with the mouse (a trusted click). */
export async function badgeClick(page: Page, selector: string): Promise<void> {
  const end = Date.now() + 5_000;
  let box = null;
  while (!box && Date.now() < end) {
    await inBadge(page, (root, _h, sel) => root?.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);
    box = await badgeBox(page, selector);
    if (!box) await new Promise((r) => setTimeout(r, 100));
  }
  if (!box) throw new Error(`no ${selector} in the badge`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Whether an element inside the badge is there. */
export async function badgeHas(page: Page, selector: string): Promise<boolean> {
  return inBadge(page, (root, _h, sel) => !!root?.querySelector(sel), selector);
}

/** An attribute or the text of an element inside the badge (null when absent). */
export async function badgeRead(page: Page, selector: string, attribute?: string): Promise<string | null> {
  return inBadge(
    page,
    (root, _h, a) => {
      const el = root?.querySelector(a.selector) as HTMLElement | null;
      return el ? (a.attribute ? el.getAttribute(a.attribute) : el.innerText) : null;
    },
    { selector, attribute },
  );
}

/** The class and aria-label of the focused element inside the badge, when the focus is in it. */
export async function badgeFocus(page: Page): Promise<{ className: string; label: string | null } | null> {
  return inBadge(page, (root, host) => {
    const el = document.activeElement === host ? (root?.activeElement as HTMLElement | null) : null;
    return el ? { className: el.className, label: el.getAttribute('aria-label') } : null;
  });
}

/**
 * The id of the tab showing `urlPattern`, from the extension's service worker. Without host access
 * (an unsupported site) the extension cannot see tab URLs: pass null for the newest web tab.
 */
export async function tabIdFor(browser: ExtensionBrowser, urlPattern: string | null): Promise<number> {
  const id = await browser.worker.evaluate(async (pattern) => {
    const tabs = pattern ? await chrome.tabs.query({ url: pattern }) : await chrome.tabs.query({});
    const web = tabs.filter((t) => !t.url?.startsWith('chrome-extension:'));
    return web.length ? Math.max(...web.map((t) => t.id ?? -1)) : -1;
  }, urlPattern);
  if (id < 0) throw new Error(`no tab found for ${urlPattern}`);
  return id;
}

/** Opens the popup page for a tab as a normal page (the toolbar popup cannot be screenshotted). */
export async function openPopupFor(browser: ExtensionBrowser, tabId: number, size = { width: 400, height: 640 }): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(size);
  popup.on('pageerror', (err) => console.error('popup error:', err.message));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('#app > *').first().waitFor({ timeout: 10_000 });
  return popup;
}

/**
 * In-site navigation as a single-page app does it: the URL changes with pushState and the page's
 * content is replaced without a load.
 */
export async function spaNavigate(page: Page, url: string, html: string): Promise<void> {
  await page.evaluate(replacePage, { url, html });
}

/** Runs in the page (Chromium's or Firefox's driver): pushState, then the new page's title, body, meta tags and JSON-LD. */
export function replacePage({ url, html }: { url: string; html: string }): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', url);
  document.title = doc.title;
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  for (const old of Array.from(document.head.querySelectorAll('meta, script[type="application/ld+json"]'))) old.remove();
  for (const n of Array.from(doc.head.querySelectorAll('meta, script[type="application/ld+json"]'))) document.head.append(document.importNode(n, true));
}

/**
 * The execution context of the content script's isolated world in a page (CDP), for tests that
 * look inside it: its listeners and timers (stress), what page code can reach (security).
 */
export async function isolatedWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  for (let i = 0; i < 50; i++) {
    const world = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId)).at(-1);
    if (world) return world.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no isolated world of ${extensionId}: ${JSON.stringify(contexts.map((c) => [c.origin, c.auxData?.type]))}`);
}
