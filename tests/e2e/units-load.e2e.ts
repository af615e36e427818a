/**
 * CLDR's full unit-word table is a part loaded on demand (lib/parts.ts `units`, lib/count-tables.ts),
 * in real Chromium with the built extension: a page whose counts are in English gets its badge with
 * the core the content script carries and never loads the part; a Japanese page ("4.8万", "1.2万 件のポスト")
 * waits for it, then shows the badge with the grade and rate computed in Node with the full table.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, fixture, inBadge, launchWithExtension, waitForBadge, type ExtensionBrowser } from './support/extension';
import { expectedBadge } from './support/site-case';

const ENGLISH = { url: 'https://x.com/martaruiz_dsgn', html: fixture('e2e/x-profile.html') };
const JAPANESE = { url: 'https://x.com/hanako_dev', html: fixture('x/profile-rendered-ja.html') };

/** Whether the full unit-word table is on the parts' shelf of the content script's world. */
const unitsLoaded = (page: Page) => inBadge(page, () => typeof (globalThis as { __realreachParts?: Record<string, unknown> }).__realreachParts?.units === 'function');

describe('the unit-word table on demand', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(ENGLISH.url, ENGLISH.html);
    browser.serve(JAPANESE.url, JAPANESE.html);
  });
  afterAll(async () => browser?.close());

  it('is not loaded by a page whose counts are in English', async () => {
    const page = await browser.context.newPage();
    await page.goto(ENGLISH.url);
    await waitForBadge(page);
    await page.waitForTimeout(1_000);
    expect(await unitsLoaded(page)).toBe(false);
    await page.close();
  });

  it('is loaded for a Japanese page, which then gets the badge Node computes with the full table', async () => {
    const page = await browser.context.newPage();
    await page.goto(JAPANESE.url);
    await waitForBadge(page);
    expect(await unitsLoaded(page)).toBe(true);
    // The page never sees the shelf (the extension's isolated world only).
    expect(await page.evaluate(() => '__realreachParts' in globalThis)).toBe(false);
    const expected = expectedBadge({ ...JAPANESE, handle: 'hanako_dev', name: '山田 花子' });
    await expect.poll(() => badgeText(page)).toContain(expected.rate);
    expect(await badgeText(page)).toContain(expected.letter);
    await page.close();
  });
});
