/**
 * The UI a marketer reads, in real Chromium with the built extension: the in-page badge and its
 * panel on each supported site, the popup in every state, light and dark, English and Spanish.
 * Saves screenshots to artifacts/e2e/ (look at them) and runs axe-core on every popup state.
 *
 * Pages are served at their real URLs from fixtures (tests/fixtures/e2e/, and the adapters'
 * fixtures read-only). A fully populated breakdown (grade, reasons, benchmark) is also shown from
 * a hand-built Analysis stored as a tab's state, so the design is checked whatever the scoring
 * engine currently concludes about the fixture pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveTabState } from '../../lib/background/tab-state';
import type { TabState } from '../../lib/messages';
import { REPO_ROOT } from '../support/shared';
import { SAMPLE_ANALYSIS, SAMPLE_SNAPSHOT } from '../unit/ui/samples';
import { englishIn } from '../support/english';
import {
  ARTIFACTS_DIR,
  badgeBox,
  badgeClick,
  badgeFocus,
  badgeHas,
  badgeRead,
  badgeText,
  fixture,
  inBadge,
  launchWithExtension,
  openPopupFor,
  tabIdFor,
  waitForBadge,
  type ExtensionBrowser,
} from './support/extension';
import { postsAround, youtubeChannel } from './support/pages';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> }; session: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void>; clear(): Promise<void> } };
  runtime: { reload(): void };
};
declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: AxeViolation[] }> };
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

const AXE_PATH = resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
const shot = (name: string) => resolve(ARTIFACTS_DIR, `${name}.png`);

/** Sites whose badge and panel are shown: a fixture page at a real profile URL. */
const SITES: { site: string; url: string; html: () => string; pattern: string }[] = [
  { site: 'instagram', url: 'https://www.instagram.com/nora.bakes/', html: () => fixture('e2e/instagram-profile.html'), pattern: 'https://www.instagram.com/*' },
  { site: 'x', url: 'https://x.com/martaruiz_dsgn', html: () => fixture('e2e/x-profile.html'), pattern: 'https://x.com/*' },
];
// The other sites' pages: their adapters' hand-written fixtures (read-only), when present, with a
// page background for each colour scheme (the fixtures carry no styles).
const PAGE_THEME = '<style>html{background:#fff;color:#0f1419;font:15px/20px system-ui,sans-serif}@media (prefers-color-scheme: dark){html{background:#15202b;color:#e7e9ea}}</style>';
for (const [site, path, url, pattern] of [
  ['tiktok', 'tiktok/profile.html', 'https://www.tiktok.com/@miacocina', 'https://www.tiktok.com/*'],
  ['bluesky', 'bluesky/profile.html', 'https://bsky.app/profile/potterybarn.bsky.social', 'https://bsky.app/*'],
] as const) {
  if (!existsSync(resolve(REPO_ROOT, 'tests/fixtures', path))) continue;
  SITES.push({ site, url, html: () => fixture(path).replace(/<head[^>]*>/i, (m) => `${m}${PAGE_THEME}`), pattern });
}

// YouTube's fixtures hold the app data but not the rendered header the badge goes beside: the
// channel page built for the sites e2e test has it.
SITES.push({
  site: 'youtube',
  url: 'https://www.youtube.com/@mrbakes/videos',
  html: () =>
    youtubeChannel({ handle: 'mrbakes', name: 'Mr Bakes', followers: 1_230_000, following: 0, posts: 412, items: postsAround('bakes00', 12, 1_230_000, 0.01, true) }).replace(
      /<head[^>]*>/i,
      (m) => `${m}${PAGE_THEME}`,
    ),
  pattern: 'https://www.youtube.com/*',
});

/** Stores a tab's state as the background does (same module, so the same storage key). */
async function storeTabState(browser: ExtensionBrowser, tabId: number, state: TabState) {
  await saveTabState(
    {
      get: (key: string) => browser.worker.evaluate((k: string) => chrome.storage.session.get(k), key),
      set: (items: Record<string, unknown>) => browser.worker.evaluate((i: Record<string, unknown>) => chrome.storage.session.set(i), items),
      remove: (key: string) => browser.worker.evaluate((k: string) => chrome.storage.session.remove(k), key),
    },
    tabId,
    state,
  );
}

async function openPage(browser: ExtensionBrowser, url: string, html: string): Promise<Page> {
  browser.serve(url, html);
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(url);
  return page;
}

/** The popup for a tab once it has left the transient states (or shows `expected`). */
async function popupWhen(browser: ExtensionBrowser, tabId: number, expected: string, size = { width: 380, height: 600 }): Promise<Page> {
  const popup = await openPopupFor(browser, tabId, size);
  await popup.locator(expected).first().waitFor({ timeout: 15_000 });
  return popup;
}

/** Opens every disclosure (so axe and the screenshot see its content), then checks with axe-core. */
async function axeCheck(popup: Page, label: string): Promise<AxeViolation[]> {
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  // addScriptTag injects an inline <script>, which the extension page's CSP (script-src 'self')
  // refuses; evaluating the same source through the DevTools protocol is not subject to it.
  await popup.evaluate(AXE_SOURCE);
  const result = await popup.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations) {
    console.log(`axe [${label}] ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) ${JSON.stringify(v.nodes[0]?.target)}`);
  }
  return bad;
}

async function popupShot(popup: Page, name: string) {
  await popup.evaluate(() => document.fonts.ready);
  await popup.screenshot({ path: shot(name), fullPage: true });
}

/** A screenshot of the page around the badge (and its panel when open). */
async function badgeShot(page: Page, name: string, withPanel: boolean) {
  const box = (await badgeBox(page))!;
  let x0 = box.x - 260;
  let y0 = box.y - 70;
  let x1 = box.x + box.width + 200;
  let y1 = box.y + box.height + 70;
  if (withPanel) {
    const panel = (await badgeBox(page, '.rr-panel'))!;
    x0 = Math.min(x0, panel.x - 20);
    y0 = Math.min(y0, panel.y - 20);
    x1 = Math.max(x1, panel.x + panel.width + 20);
    y1 = Math.max(y1, panel.y + panel.height + 20);
  }
  const vp = page.viewportSize()!;
  x0 = Math.max(0, x0);
  y0 = Math.max(0, y0);
  await page.screenshot({ path: shot(name), clip: { x: x0, y: y0, width: Math.min(vp.width, x1) - x0, height: Math.min(vp.height, y1) - y0 } });
}

const allViolations: { label: string; v: AxeViolation[] }[] = [];

for (const scheme of ['light', 'dark'] as const) {
  describe(`UI in ${scheme} mode`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension({ colorScheme: scheme });
    });
    afterAll(async () => browser?.close());

    for (const s of SITES) {
      it(`badge and panel on a ${s.site} profile`, async () => {
        const page = await openPage(browser, s.url, s.html());
        await waitForBadge(page);
        await expect.poll(() => badgeRead(page, '.rr-badge', 'aria-label')).toMatch(/RealReach/);

        // Fixed small height, inline, and it does not change the height of the row it joins.
        const metrics = await inBadge(page, (_root, el) => {
          if (!el) throw new Error('no badge host');
          const row = el.parentElement!;
          const withBadge = row.getBoundingClientRect().height;
          const style = getComputedStyle(el);
          (el as HTMLElement).style.setProperty('display', 'none', 'important');
          const without = row.getBoundingClientRect().height;
          (el as HTMLElement).style.removeProperty('display');
          return { withBadge, without, display: style.display, parentDisplay: getComputedStyle(row).display, height: el.getBoundingClientRect().height, marginLeft: style.marginLeft, marginTop: style.marginTop };
        });
        // inline-block; a flex or grid row makes its items block-level (blockification), which is fine.
        expect(/flex|grid/.test(metrics.parentDisplay) ? ['block', 'inline-block'] : ['inline-block']).toContain(metrics.display);
        expect(metrics.height).toBe(18);
        expect(metrics.marginTop).toBe('0px');
        expect(parseFloat(metrics.marginLeft)).toBeLessThanOrEqual(6);
        expect(Math.abs(metrics.withBadge - metrics.without)).toBeLessThanOrEqual(2);
        await badgeShot(page, `badge-${s.site}-${scheme}`, false);

        // Keyboard: focus the badge, Enter opens the panel and moves focus into it; Escape closes and returns.
        await inBadge(page, (root) => (root?.querySelector('.rr-badge') as HTMLElement | null)?.focus());
        await page.keyboard.press('Enter');
        const panelOpen = () => badgeHas(page, '.rr-panel');
        await expect.poll(panelOpen).toBe(true);
        expect((await badgeFocus(page))?.className).toBe('rr-panel');
        await badgeShot(page, `panel-${s.site}-${scheme}`, true);
        // The badge and its open panel pass axe too. The root is closed to page scripts, axe
        // included: a copy of it (markup and styles) is checked in an open root beside it.
        await inBadge(page, (root, host) => {
          const copy = document.createElement('span');
          copy.id = 'rr-axe-copy';
          copy.attachShadow({ mode: 'open' }).append(...Array.from(root!.childNodes).map((n) => n.cloneNode(true)));
          // The copy's panel is not shown as a popover (only the original is): without the attribute it is laid out, so axe checks it.
          for (const el of Array.from(copy.shadowRoot!.querySelectorAll('[popover]'))) el.removeAttribute('popover');
          host!.after(copy);
        });
        await page.evaluate(AXE_SOURCE);
        const inPage = await page.evaluate(() =>
          axe.run({ include: [{ fromShadowDom: ['#rr-axe-copy', '.rr-root'] }] }, { resultTypes: ['violations'] }),
        );
        await page.evaluate(() => document.getElementById('rr-axe-copy')?.remove());
        for (const v of inPage.violations) console.log(`axe [panel-${s.site}-${scheme}] ${v.impact} ${v.id}: ${v.help} ${JSON.stringify(v.nodes[0]?.target)}`);
        allViolations.push({ label: `panel-${s.site}-${scheme}`, v: inPage.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') });
        await page.keyboard.press('Tab');
        expect((await badgeFocus(page))?.label).toBeTruthy();
        await page.keyboard.press('Escape');
        await expect.poll(panelOpen).toBe(false);
        expect((await badgeFocus(page))?.className).toBe('rr-badge');

        // A click outside closes it.
        await badgeClick(page, '.rr-badge');
        await expect.poll(panelOpen).toBe(true);
        await page.mouse.click(5, page.viewportSize()!.height - 5);
        await expect.poll(panelOpen).toBe(false);

        // The page's own scripts cannot see inside the badge (its shadow root is closed).
        expect(await page.evaluate(() => Array.from(document.querySelectorAll('*')).some((el) => el.shadowRoot?.querySelector('.rr-badge')))).toBe(false);

        // On a small window the panel stays on screen.
        await page.setViewportSize({ width: 360, height: 420 });
        await badgeClick(page, '.rr-badge');
        await expect.poll(panelOpen).toBe(true);
        const box = (await badgeBox(page, '.rr-panel'))!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
        expect(box.y + box.height).toBeLessThanOrEqual(420);
        if (scheme === 'light') await page.screenshot({ path: shot(`panel-${s.site}-small-window`) });

        // "Add to shortlist" (the panel is open) adds the account this tab shows, and says so.
        expect(await badgeRead(page, '.rr-shortlist')).toBe('Add to shortlist');
        await badgeClick(page, '.rr-shortlist');
        await expect.poll(() => badgeRead(page, '.rr-shortlist')).toBe('✓ On your shortlist');
        expect(await badgeRead(page, '.rr-shortlist', 'aria-disabled')).toBe('true');
        const stored = await browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('shortlist')));
        expect(stored).toContain(`"platform":"${s.site}"`);

        // "Open the full breakdown" opens the popup page for this tab.
        const before = new Set(browser.context.pages());
        await badgeClick(page, '.rr-link');
        const isBreakdown = (p: Page) => !before.has(p) && /\/popup\.html\?tab=\d+$/.test(p.url());
        await expect.poll(() => browser.context.pages().some(isBreakdown), { timeout: 15_000 }).toBe(true);
        const full = browser.context.pages().find(isBreakdown)!;
        await full.locator('.breakdown').waitFor();
        await full.setViewportSize({ width: 800, height: 900 });
        await popupShot(full, `fullpage-${s.site}-${scheme}`);
        await full.close();

        // The popup for this tab: the breakdown of what the page showed.
        const tabId = await tabIdFor(browser, s.pattern);
        const popup = await popupWhen(browser, tabId, '.breakdown');
        expect(await popup.locator('h1').innerText()).toBeTruthy();
        await popupShot(popup, `popup-${s.site}-${scheme}`);
        allViolations.push({ label: `popup-${s.site}-${scheme}`, v: await axeCheck(popup, `popup-${s.site}-${scheme}`) });
        await popup.close();
        await page.close();
      });
    }

    it('popup: a fully graded account (hand-built analysis)', async () => {
      browser.serve('https://example.com/sample', '<!doctype html><title>sample</title><p>sample</p>');
      const page = await browser.context.newPage();
      await page.goto('https://example.com/sample');
      const tabId = await tabIdFor(browser, null);
      await storeTabState(browser, tabId, { status: 'ok', snapshot: SAMPLE_SNAPSHOT, analysis: SAMPLE_ANALYSIS, updatedAt: new Date().toISOString() });
      const popup = await popupWhen(browser, tabId, '.grade-card');
      const text = await popup.locator('body').innerText();
      for (const expected of ['Nora Bakes', 'Signs of inflation', 'Confidence: medium', 'Why this grade', 'Engagement far below', '−18 points', 'Rounded on the page: “18.7K”'.toLowerCase()]) {
        expect(text.toLowerCase()).toContain(expected.toLowerCase());
      }
      expect(await popup.locator('svg[role="img"] title').count()).toBe(2);
      await popupShot(popup, `popup-graded-${scheme}`);
      allViolations.push({ label: `popup-graded-${scheme}`, v: await axeCheck(popup, `popup-graded-${scheme}`) });
      await popupShot(popup, `popup-graded-expanded-${scheme}`);
      await popup.close();
      await page.close();
    });

    it('popup state: disabled for the site (as the background stores it)', async () => {
      browser.serve('https://example.com/off', '<!doctype html><title>off</title><p>off</p>');
      const page = await browser.context.newPage();
      await page.goto('https://example.com/off');
      const tabId = await tabIdFor(browser, null);
      await storeTabState(browser, tabId, { status: 'disabled', platform: 'tiktok', url: 'https://www.tiktok.com/@miacocina', updatedAt: new Date().toISOString() });
      const popup = await popupWhen(browser, tabId, '[data-state="disabled"]');
      await popupShot(popup, `popup-disabled-${scheme}`);
      allViolations.push({ label: `popup-disabled-${scheme}`, v: await axeCheck(popup, `popup-disabled-${scheme}`) });
      await popup.close();
      await page.close();
    });

    const STATES: { name: string; url: string; html: () => string; expect: string; pattern: string | null }[] = [
      { name: 'unsupported-site', url: 'https://example.com/', html: () => '<!doctype html><title>Example</title><main>hello</main>', expect: '[data-state="unsupported-site"]', pattern: null },
      { name: 'no-account', url: 'https://x.com/home', html: () => fixture('e2e/x-home.html'), expect: '[data-state="no-account"]', pattern: 'https://x.com/*' },
      { name: 'unrecognised', url: 'https://x.com/ghost_acct', html: () => fixture('e2e/x-unrecognised.html'), expect: '[data-state="unrecognised"]', pattern: 'https://x.com/*' },
      { name: 'too-little', url: 'https://www.instagram.com/nora.bakes/', html: () => fixture('e2e/instagram-profile-header-only.html'), expect: '[data-kind="too-little"]', pattern: 'https://www.instagram.com/*' },
      { name: 'likes-hidden', url: 'https://www.instagram.com/quiet.studio/', html: () => fixture('e2e/instagram-likes-hidden.html'), expect: '[data-kind="likes-hidden"]', pattern: 'https://www.instagram.com/*' },
    ];
    for (const st of STATES) {
      it(`popup state: ${st.name}`, async () => {
        const page = await openPage(browser, st.url, st.html());
        const tabId = await tabIdFor(browser, st.pattern);
        const popup = await popupWhen(browser, tabId, st.expect);
        await popupShot(popup, `popup-${st.name}-${scheme}`);
        allViolations.push({ label: `popup-${st.name}-${scheme}`, v: await axeCheck(popup, `popup-${st.name}-${scheme}`) });
        await popup.close();
        await page.close();
      });
    }

    it('popup state: reading (the page has not reported yet)', async () => {
      const page = await openPage(browser, 'https://www.instagram.com/nora.bakes/', fixture('e2e/instagram-profile.html'));
      await waitForBadge(page);
      const tabId = await tabIdFor(browser, 'https://www.instagram.com/*');
      // Forget what the page reported: the content script is alive but has nothing new to say.
      await browser.worker.evaluate(() => chrome.storage.session.clear());
      const popup = await popupWhen(browser, tabId, '[data-state="reading"]');
      await popupShot(popup, `popup-reading-${scheme}`);
      allViolations.push({ label: `popup-reading-${scheme}`, v: await axeCheck(popup, `popup-reading-${scheme}`) });
      await popup.close();
      await page.close();
    });
  });
}

describe('a tab without RealReach in it', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('asks to reload the tab, and its button does', async () => {
    // A supported URL whose document has no content script: what a tab opened before RealReach was
    // installed or updated looks like. (Here the first load fails, so Chromium shows its own error
    // page, where extensions do not run.)
    const url = 'https://x.com/martaruiz_dsgn';
    const page = await browser.context.newPage();
    await page.goto(url).catch(() => undefined);
    // (An error page shows no URL to the extension's query: take the newest tab.)
    const tabId = await tabIdFor(browser, null);
    const popup = await popupWhen(browser, tabId, '[data-state="reload-needed"]');
    await popupShot(popup, 'popup-reload-needed-light');
    allViolations.push({ label: 'popup-reload-needed', v: await axeCheck(popup, 'popup-reload-needed') });
    // The page can be loaded now: the button reloads the tab, and the popup follows what it reads.
    browser.serve(url, fixture('e2e/x-profile.html'));
    await popup.getByRole('button', { name: 'Reload the tab' }).click();
    await popup.locator('.breakdown').waitFor({ timeout: 20_000 });
    await waitForBadge(page);
    await popup.close();
  });
});

/** The popup's text a person reads, leaving out what is marked as English (an adapter's note kept as written). */
async function spanishText(popup: Page): Promise<string> {
  await popup.locator('.breakdown').waitFor({ timeout: 20_000 });
  return popup.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const d of Array.from(copy.querySelectorAll('details'))) d.setAttribute('open', '');
    for (const marked of Array.from(copy.querySelectorAll('[lang="en"]'))) marked.remove();
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

describe('in Spanish', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    // Chromium on Linux takes the language its extensions' messages use from the environment;
    // --lang alone leaves them in English now and then.
    const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG };
    process.env.LANGUAGE = 'es';
    process.env.LANG = 'es_ES.UTF-8';
    try {
      browser = await launchWithExtension({ locale: 'es' });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
  afterAll(async () => browser?.close());

  it('shows the badge, the panel and the popup in Spanish with Spanish number formats', async () => {
    const page = await openPage(browser, 'https://www.instagram.com/nora.bakes/', fixture('e2e/instagram-profile.html'));
    await waitForBadge(page);
    await expect.poll(() => badgeRead(page, '.rr-badge', 'aria-label')).toMatch(/Calificación de RealReach|aún no hay datos/);
    expect(await badgeText(page)).toMatch(/\d,\d+\s?%/);
    await badgeClick(page, '.rr-badge');
    await expect.poll(() => badgeHas(page, '.rr-panel')).toBe(true);
    await badgeShot(page, 'panel-instagram-es', true);
    // The panel says nothing in English (issue 18): the engine's reasons are worded in Spanish by the background.
    const panelText = await inBadge(page, (root) => (root?.querySelector('.rr-panel') as HTMLElement | null)?.innerText ?? '');
    expect(panelText.length).toBeGreaterThan(40);
    expect(englishIn(panelText, ['nora.bakes', 'Nora Bakes'])).toEqual([]);
    // The popup for the same page, from the engine's own analysis of it.
    const pageTab = await tabIdFor(browser, 'https://www.instagram.com/nora.bakes/');
    const ownPopup = await popupWhen(browser, pageTab, '.breakdown');
    expect(englishIn(await spanishText(ownPopup), ['nora.bakes', 'Nora Bakes'])).toEqual([]);
    await popupShot(ownPopup, 'popup-instagram-es');
    await ownPopup.close();
    await page.close();

    browser.serve('https://example.com/sample', '<!doctype html><title>sample</title><p>sample</p>');
    const sample = await browser.context.newPage();
    await sample.goto('https://example.com/sample');
    const tabId = await tabIdFor(browser, null);
    await storeTabState(browser, tabId, { status: 'ok', snapshot: SAMPLE_SNAPSHOT, analysis: SAMPLE_ANALYSIS, updatedAt: new Date().toISOString() });
    const popup = await popupWhen(browser, tabId, '.grade-card');
    const text = (await popup.locator('body').innerText()).toLowerCase();
    expect(text).toContain('indicios de inflado');
    expect(text).toContain('por qué esta calificación');
    expect(englishIn(await spanishText(popup), ['nora.bakes', 'Nora Bakes'])).toEqual([]);
    expect(text).toMatch(/18\.650–18\.749|18650–18749/);
    await popupShot(popup, 'popup-graded-es');
    allViolations.push({ label: 'popup-graded-es', v: await axeCheck(popup, 'popup-graded-es') });
    await popup.close();
  });
});

describe('accessibility summary', () => {
  it('axe-core finds no serious or critical violation in any popup state, nor in the badge and panel', () => {
    const bad = allViolations.flatMap(({ label, v }) => v.map((x) => `${label}: ${x.impact} ${x.id} ${x.help} ${JSON.stringify(x.nodes.map((n) => n.target))}`));
    expect(allViolations.length).toBeGreaterThanOrEqual(10);
    expect(bad).toEqual([]);
  });
});
