/**
 * The badge's panel is a part loaded on demand (lib/parts.ts, components/badge-panel.ts), in real
 * Chromium with the built extension: a visit that never goes near the pill never loads it; the
 * pointer entering the pill loads it (into the content script's isolated world: the page sees
 * nothing), so the click finds it there; Enter pressed right after the focus arrives waits for it
 * and opens the panel all the same.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeBox, badgeFocus, badgeHas, fixture, inBadge, launchWithExtension, waitForBadge, type ExtensionBrowser } from './support/extension';

const URL = 'https://x.com/martaruiz_dsgn';

/** Whether the panel's code is on the parts' shelf of the content script's world. */
const panelLoaded = (page: Page) => inBadge(page, () => typeof (globalThis as { __realreachParts?: Record<string, unknown> }).__realreachParts?.panel === 'function');

describe('the panel on demand', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(URL, fixture('e2e/x-profile.html'));
  });
  afterAll(async () => browser?.close());

  async function visit(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(URL);
    await waitForBadge(page);
    return page;
  }

  it('is not loaded by a visit; the pointer on the pill loads it, and the click opens it', async () => {
    const page = await visit();
    await page.waitForTimeout(1_500);
    expect(await panelLoaded(page)).toBe(false);
    expect(await badgeHas(page, '.rr-panel')).toBe(false);

    // Time from the pointer entering the pill to the code being here, measured in the content script's world.
    const timing = inBadge(
      page,
      (root) =>
        new Promise<number>((resolve) => {
          const pill = root!.querySelector('.rr-badge')!;
          pill.addEventListener(
            'pointerenter',
            () => {
              const t0 = performance.now();
              const tick = () => ((globalThis as { __realreachParts?: { panel?: unknown } }).__realreachParts?.panel ? resolve(performance.now() - t0) : setTimeout(tick, 1));
              tick();
            },
            { once: true },
          );
        }),
    );
    const box = (await badgeBox(page, '.rr-badge'))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const loadMs = await timing;
    console.log(`panel part: loaded ${loadMs.toFixed(1)} ms after the pointer entered the pill`);
    expect(await panelLoaded(page)).toBe(true);
    expect(await page.evaluate(() => '__realreachParts' in globalThis)).toBe(false);

    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => badgeHas(page, '.rr-panel')).toBe(true);
    expect((await badgeFocus(page))?.className).toBe('rr-panel');
    await page.close();
  });

  it('Enter pressed as soon as the pill has the focus opens the panel once its code is here', async () => {
    const page = await visit();
    expect(await panelLoaded(page)).toBe(false);
    await inBadge(page, (root) => (root?.querySelector('.rr-badge') as HTMLElement | null)?.focus());
    await page.keyboard.press('Enter');
    await expect.poll(() => badgeHas(page, '.rr-panel')).toBe(true);
    expect((await badgeFocus(page))?.className).toBe('rr-panel');
    await page.keyboard.press('Escape');
    await expect.poll(() => badgeHas(page, '.rr-panel')).toBe(false);
    expect((await badgeFocus(page))?.className).toBe('rr-badge');
    await page.close();
  });
});
