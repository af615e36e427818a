/**
 * The per-site e2e case both tests/e2e/sites.e2e.ts and more-sites.e2e.ts run: a page served at its
 * real URL gets a badge with the grade and rate the same adapters and scoring compute in Node; an
 * in-site navigation moves it to the second page's numbers, beside its account's name; the popup
 * shows the breakdown. Screenshots go to artifacts/e2e/.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../scripts/analyze-html';
import { headlineRate } from '../../../lib/view/verdict';
import {
  ARTIFACTS_DIR,
  badgeCount,
  badgeText,
  inBadge,
  launchWithExtension,
  openPopupFor,
  spaNavigate,
  tabIdFor,
  waitForBadge,
  type ExtensionBrowser,
} from './extension';

export interface PageCase {
  url: string;
  html: string;
  handle: string;
  name: string;
}
export interface SiteCase {
  site: string;
  tabPattern: string;
  first: PageCase;
  second: PageCase;
}

/** What the badge must show for a page: the letter and rate computed in Node from the same HTML. */
/** (A YouTube grid of view counts gives no per-follower rate: then the rate is ''.) */
export function expectedBadge(page: PageCase): { letter: string; rate: string } {
  const result = analyzeHtml(page.html, page.url);
  if (result.status !== 'ok') throw new Error(`fixture not readable in Node: ${result.message}`);
  return { letter: result.analysis.grade?.letter ?? '?', rate: headlineRate(result.analysis, 'en-US') ?? '' };
}

/** Waits for the badge to show the page's grade and rate (as computed in Node), and answers them. */
export async function expectBadgeShows(page: Page, pageCase: PageCase): Promise<{ letter: string; rate: string }> {
  const want = expectedBadge(pageCase);
  await expect.poll(() => badgeText(page).catch(() => ''), { timeout: 15_000 }).toContain(want.rate);
  expect(await badgeText(page)).toContain(want.letter);
  return want;
}

/**
 * The badge is in the right place: right after the account's name (or handle) in the page header,
 * either as the name's next sibling or at the end of a block-level name element.
 */
export async function expectBadgeBeside(page: Page, pageCase: PageCase): Promise<void> {
  const beside = await inBadge(page, (_root, host) => {
    const before = host?.previousElementSibling?.textContent ?? '';
    const parent = host?.parentElement?.textContent ?? '';
    return before || (parent.length < 200 ? parent : '');
  });
  expect([pageCase.name, pageCase.handle].some((n) => beside.includes(n)), `badge follows "${beside}"`).toBe(true);
}

export function describeSiteCases(sites: SiteCase[]): void {
  describe.each(sites)('$site', ({ site, tabPattern, first, second }) => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension();
      browser.serve(first.url, first.html);
    });
    afterAll(async () => browser?.close());

    it('shows the badge with the right grade and rate, follows in-site navigation, and the popup shows the breakdown', async () => {
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(first.url);
      await waitForBadge(page);
      await expectBadgeShows(page, first);
      await page.screenshot({ path: resolve(ARTIFACTS_DIR, `site-${site}-badge.png`) });

      await spaNavigate(page, second.url, second.html);
      const b = await expectBadgeShows(page, second);
      expect(await badgeCount(page)).toBe(1);
      await expectBadgeBeside(page, second);
      await page.screenshot({ path: resolve(ARTIFACTS_DIR, `site-${site}-after-navigation.png`) });

      const popup = await openPopupFor(browser, await tabIdFor(browser, tabPattern));
      // The popup first shows "Loading…" while it asks the background.
      await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain(`@${second.handle}`);
      const text = await popup.locator('body').innerText();
      if (b.rate) expect(text).toContain(b.rate.replace(/%$/, ''));
      await popup.screenshot({ path: resolve(ARTIFACTS_DIR, `site-${site}-popup.png`), fullPage: true });
      expect(pageErrors).toEqual([]);
    });
  });
}
