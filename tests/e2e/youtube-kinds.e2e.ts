/**
 * YouTube's content script reads channel pages itself and video pages with a part loaded on demand
 * (lib/parts.ts `post-reader`, lib/sites/youtube/content.ts), in real Chromium with the built
 * extension: a channel page never loads the part; an in-site navigation to a video loads it (into
 * the content script's isolated world only) and the badge shows the video's grade and rate, beside
 * its channel's name; back on a channel, the channel's. A first landing on a Short loads it too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, fixture, inBadge, launchWithExtension, spaNavigate, waitForBadge, type ExtensionBrowser } from './support/extension';
import { postsAround, youtubeChannel } from './support/pages';
import { expectBadgeBeside, expectBadgeShows, expectedBadge, type PageCase } from './support/site-case';

const CHANNEL: PageCase = {
  url: 'https://www.youtube.com/@mrbakes/videos',
  name: 'Mr Bakes',
  handle: 'mrbakes',
  html: youtubeChannel({ handle: 'mrbakes', name: 'Mr Bakes', followers: 1_230_000, following: 0, posts: 412, items: postsAround('bakes00', 12, 1_230_000, 0.01, true) }),
};
const VIDEO: PageCase = {
  url: 'https://www.youtube.com/watch?v=gggggggggg1',
  name: 'Bäckerei Lenz',
  handle: 'UCbaeckerei0000000000000',
  html: fixture('youtube/watch-rendered-2022-de.html'),
};
const OTHER_CHANNEL: PageCase = {
  url: 'https://www.youtube.com/@chefamelie/videos',
  name: 'Chef Amélie',
  handle: 'chefamelie',
  html: youtubeChannel({ handle: 'chefamelie', name: 'Chef Amélie', followers: 412_000, following: 0, posts: 318, items: postsAround('amelie0', 12, 412_000, 0.01, true) }),
};
const OTHER_VIDEO: PageCase = {
  url: 'https://www.youtube.com/watch?v=hhhhhhhhhh1',
  name: '',
  handle: '',
  html: fixture('youtube/watch-rendered-2022-es.html'),
};
const SHORT: PageCase = {
  url: 'https://www.youtube.com/shorts/pppppppppp2',
  name: '',
  handle: '',
  html: fixture('youtube/shorts-rendered-en.html'),
};

/** Whether the video pages' reader is on the parts' shelf of the content script's world. */
const partLoaded = (page: Page) => inBadge(page, () => typeof (globalThis as { __realreachParts?: Record<string, unknown> }).__realreachParts?.['post-reader'] === 'object');

/**
 * Navigates in-site and answers how long the badge took to show `rate` (measured in the content
 * script's world, from just before the navigation).
 */
async function navigateTimed(page: Page, to: PageCase): Promise<number> {
  const rate = expectedBadge(to).rate;
  const timing = inBadge(
    page,
    (_root, _host, want) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const tick = () => {
          const root = (globalThis as { __realreachBadge?: { root: ShadowRoot } }).__realreachBadge?.root;
          if (location.href.includes('/watch') && root?.textContent?.includes(want)) resolve(performance.now() - t0);
          else setTimeout(tick, 1);
        };
        tick();
      }),
    rate,
  );
  await spaNavigate(page, to.url, to.html);
  return timing;
}

async function expectBadgeFor(page: Page, pageCase: PageCase): Promise<void> {
  await expectBadgeShows(page, pageCase);
  expect(await badgeCount(page)).toBe(1);
  if (pageCase.name) await expectBadgeBeside(page, pageCase);
}

describe('YouTube video pages read by a part loaded on demand', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(CHANNEL.url, CHANNEL.html);
    browser.serve(SHORT.url, SHORT.html);
  });
  afterAll(async () => browser?.close());

  it('a channel page does without it; in-site to a video it is loaded and the badge shows the video’s numbers; back on a channel, the channel’s', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(CHANNEL.url);
    await waitForBadge(page);
    await expectBadgeFor(page, CHANNEL);
    await page.waitForTimeout(1_000);
    expect(await partLoaded(page)).toBe(false);

    const cold = await navigateTimed(page, VIDEO);
    await expectBadgeFor(page, VIDEO);
    expect(await partLoaded(page)).toBe(true);
    // Loaded into the extension's isolated world: the page sees nothing of it.
    expect(await page.evaluate(() => '__realreachParts' in globalThis)).toBe(false);

    await spaNavigate(page, OTHER_CHANNEL.url, OTHER_CHANNEL.html);
    await expectBadgeFor(page, OTHER_CHANNEL);
    // A second video: the part is here already.
    const warm = await navigateTimed(page, OTHER_VIDEO);
    await expectBadgeFor(page, OTHER_VIDEO);
    console.log(`youtube video badge after in-site navigation: ${cold.toFixed(1)} ms loading the part on the way, ${warm.toFixed(1)} ms with it here`);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a first landing on a Short loads it and shows the Short’s badge', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(SHORT.url);
    await waitForBadge(page);
    await expectBadgeFor(page, SHORT);
    expect(await partLoaded(page)).toBe(true);
    expect(browser.refused).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
