/**
 * Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core (no browser download): the
 * built Firefox extension (.output/firefox-mv3) installed as a temporary add-on
 * (webExtension.install), pages served at their real URLs by request interception, every other
 * request refused and recorded. The add-on's internal UUID is fixed by a preference so that its
 * pages' addresses are known.
 *
 * BiDi cannot navigate a tab to a moz-extension:// page (UnsupportedOperationError), so extension
 * pages are reached as a user reaches them: from the in-page panel's "full breakdown" (the
 * background opens the popup page in a tab), then by the page's own links.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../support/shared';

/** The Firefox build made for this test (npm test): the same code, with the badge's shadow root open (wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv3-e2e');
export const ADDON_ID = 'realreach@realreach.dev';
export const ADDON_UUID = '6f1c1d2e-0d6b-4f0e-9a55-7e1a2b3c4d5e';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p!));
  if (!found) throw new Error("Firefox not found: install Debian's firefox-esr (scripts/setup-test-env.sh does) or set FIREFOX_PATH");
  return found!;
}

export interface FirefoxWithExtension {
  browser: Browser;
  refused: string[];
  serve(url: string, html: string): void;
  /** A new tab whose web requests are answered from the served pages. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: { locale?: string } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the Firefox extension first (npm test makes it: REALREACH_OPEN_BADGE_ROOT=1 npx wxt build -b firefox --mv3, copied to .output/firefox-mv3-e2e): ${FIREFOX_EXTENSION_DIR} is missing`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'realreach-ff-')),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'intl.accept_languages': options.locale } : {}),
      // The closed network: nothing of Firefox's own to fetch.
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const pages = new Map<string, string>();
  const refused: string[] = [];
  const intercept = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (!/^https?:/.test(url)) return void req.continue();
      const body = pages.get(url.split('#')[0]);
      if (body !== undefined) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      refused.push(url);
      return void req.abort();
    });
  };
  return {
    browser,
    refused,
    serve: (url, html) => void pages.set(url, html),
    async newPage() {
      const page = await browser.newPage();
      await intercept(page);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The page of the tab the extension opens next (popup.html from the panel, for example). Puppeteer
 * reports such a tab's address as about:blank (BiDi does not follow moz-extension:// loads), so the
 * page is recognised by its own location.
 */
export async function nextExtensionPage(ff: FirefoxWithExtension, path: string, open: () => Promise<unknown>, timeout = 15_000): Promise<Page> {
  const before = new Set(await ff.browser.pages());
  await open();
  return until(
    async () => {
      for (const page of await ff.browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${EXTENSION_ORIGIN}${path}`)) return page;
      }
      return null;
    },
    (p): p is Page => p !== null,
    `the extension to open ${path}`,
    timeout,
  ) as Promise<Page>;
}

/** Polls until `read` returns a value `ok` accepts (puppeteer has no expect.poll). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (err) {
      error = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}${error ? `; error: ${String(error)}` : ''}`);
}

/** The badge's host: the element whose (test-build, open) shadow root holds the badge. */
const FIND_HOST = `Array.from(document.querySelectorAll('span')).find((s) => s.shadowRoot && s.shadowRoot.querySelector('.rr-container'))`;

/** The badge's visible text (inside its shadow root, open in the e2e build). */
export async function firefoxBadgeText(page: Page): Promise<string> {
  return page.evaluate(`(() => { const host = ${FIND_HOST}; const b = host && host.shadowRoot.querySelector('.rr-badge'); return (b ? b.textContent : '').replace(/\\s+/g, ' ').trim(); })()`) as Promise<string>;
}

/** How many badge hosts the page holds. */
export async function firefoxBadgeCount(page: Page): Promise<number> {
  return page.evaluate(`Array.from(document.querySelectorAll('span')).filter((s) => s.shadowRoot && s.shadowRoot.querySelector('.rr-container')).length`) as Promise<number>;
}

/** The text of an element inside the badge. */
export async function firefoxBadgeRead(page: Page, selector: string): Promise<string> {
  return page.evaluate(`(() => { const host = ${FIND_HOST}; const el = host && host.shadowRoot.querySelector(${JSON.stringify(selector)}); return el ? el.innerText.trim() : ''; })()`) as Promise<string>;
}

/** Clicks an element inside the badge with the mouse: the badge acts only on the user's own (trusted) events. */
export async function firefoxBadgeClick(page: Page, selector: string): Promise<void> {
  // Waited for, as in Chromium's badgeClick: the panel's parts appear once its code is loaded (lib/parts.ts).
  const end = Date.now() + 5_000;
  let box: { x: number; y: number } | null = null;
  while (!box && Date.now() < end) {
    box = (await page.evaluate(
      `(() => { const host = ${FIND_HOST}; const el = host && host.shadowRoot.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    )) as { x: number; y: number } | null;
    if (!box) await new Promise((r) => setTimeout(r, 100));
  }
  if (!box) throw new Error(`no ${selector} in the badge`);
  await page.mouse.click(box.x, box.y);
}
