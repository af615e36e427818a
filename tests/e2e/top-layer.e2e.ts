/**
 * The badge's panel sits in the browser's top layer (a popover, components/badge-place.ts): page
 * content at the highest z-index, in its own stacking context, drawn over where the panel opens,
 * neither covers it nor takes its clicks (issue 18; seen on a real X profile).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeBox, badgeClick, badgeRead, fixture, inBadge, launchWithExtension, waitForBadge, type ExtensionBrowser } from './support/extension';

const URL = 'https://x.com/martaruiz_dsgn';
const page$ = () => fixture('e2e/x-profile.html').replace('</body>', `${fixture('e2e/page-overlay.html')}</body>`);

describe('the panel above page content', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(URL, page$());
    page = await browser.context.newPage();
    await page.goto(URL);
    await waitForBadge(page);
  });
  afterAll(async () => browser?.close());

  it('opens in the top layer, over an overlay at the highest z-index', async () => {
    await badgeClick(page, '.rr-badge');
    await expect.poll(() => inBadge(page, (root) => !!root?.querySelector('.rr-panel')?.matches(':popover-open'))).toBe(true);
    const panel = (await badgeBox(page, '.rr-panel'))!;
    const overlay = await page.evaluate(() => document.getElementById('page-overlay')!.getBoundingClientRect().toJSON() as DOMRect);
    // The page's overlay really is where the panel is (else this test would prove nothing).
    expect(overlay.top).toBeLessThan(panel.y + panel.height / 2);
    expect(overlay.height).toBeGreaterThan(0);

    // What is on screen at the panel's points: the panel's own elements, not the page's overlay.
    const points = [
      [panel.x + panel.width / 2, panel.y + panel.height / 2],
      [panel.x + 10, panel.y + 10],
      [panel.x + panel.width - 10, panel.y + panel.height - 10],
    ];
    for (const [x, y] of points) {
      const hit = await inBadge(page, (root, host, p) => {
        const top = document.elementFromPoint(p[0], p[1]);
        const inner = root?.elementFromPoint(p[0], p[1]);
        return { host: top === host, inPanel: !!inner?.closest('.rr-panel') };
      }, [x, y]);
      expect(hit).toEqual({ host: true, inPanel: true });
    }
  });

  it('takes its own clicks: "Add to shortlist" works, the overlay gets nothing', async () => {
    expect(await badgeRead(page, '.rr-shortlist')).toBe('Add to shortlist');
    await badgeClick(page, '.rr-shortlist');
    await expect.poll(() => badgeRead(page, '.rr-shortlist')).toBe('✓ On your shortlist');
    expect(await page.evaluate(() => (window as unknown as { __overlayClicks: number }).__overlayClicks)).toBe(0);
    // The close button too; afterwards the page's overlay is clickable again where the panel was.
    const close = (await badgeBox(page, '.rr-close'))!;
    await badgeClick(page, '.rr-close');
    await expect.poll(() => inBadge(page, (root) => !!root?.querySelector('.rr-panel'))).toBe(false);
    await page.mouse.click(close.x + close.width / 2, close.y + close.height + 40);
    expect(await page.evaluate(() => (window as unknown as { __overlayClicks: number }).__overlayClicks)).toBe(1);
  });
});
