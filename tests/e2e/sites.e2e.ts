/**
 * End to end on each site, in real Chromium with the built extension: a profile served at its real
 * URL gets a badge with the grade and rate that the same adapters and scoring compute in Node; an
 * in-site navigation to another profile moves the badge to the new numbers; the popup page shows
 * the breakdown. Screenshots go to artifacts/e2e/.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../lib/analyze-html';
import { headlineRate } from '../../lib/verdict';
import {
  ARTIFACTS_DIR,
  badgeText,
  launchWithExtension,
  openPopupFor,
  spaNavigate,
  tabIdFor,
  waitForBadge,
  type ExtensionBrowser,
} from './support/extension';
import { instagramProfile, postsAround, xProfile } from './support/pages';

interface PageCase {
  url: string;
  html: string;
  handle: string;
}
interface SiteCase {
  site: string;
  tabPattern: string;
  first: PageCase;
  second: PageCase;
}

const SITES: SiteCase[] = [
  {
    site: 'instagram',
    tabPattern: 'https://www.instagram.com/*',
    first: {
      url: 'https://www.instagram.com/lena.travels/reels/',
      handle: 'lena.travels',
      html: instagramProfile({ handle: 'lena.travels', name: 'Lena | Travel', followers: 48_213, following: 312, posts: 1_024, items: postsAround('C9lena', 12, 48_213, 0.021, true) }),
    },
    second: {
      url: 'https://www.instagram.com/cafe.ritual/reels/',
      handle: 'cafe.ritual',
      html: instagramProfile({ handle: 'cafe.ritual', name: 'Café Ritual', followers: 2_230_586, following: 4_810, posts: 301, items: postsAround('C9cafe', 12, 2_230_586, 0.0009, true) }),
    },
  },
  {
    site: 'x',
    tabPattern: 'https://x.com/*',
    first: {
      url: 'https://x.com/nadia_codes',
      handle: 'nadia_codes',
      html: xProfile({ handle: 'nadia_codes', name: 'Nadia Ortiz', followers: 4_820, following: 1_045, posts: 12_400, items: postsAround('18430000000000', 10, 4_820, 0.012, true) }),
    },
    second: {
      url: 'https://x.com/growthhacker_9',
      handle: 'growthhacker_9',
      html: xProfile({ handle: 'growthhacker_9', name: 'Growth Hacker', followers: 171, following: 5_001, posts: 9_800, items: postsAround('18440000000000', 10, 171, 0.004, true) }),
    },
  },
];

/** What the badge must show for a page: the letter and rate computed in Node from the same HTML. */
function expectedBadge(page: PageCase): { letter: string; rate: string } {
  const result = analyzeHtml(page.html, page.url);
  if (result.status !== 'ok') throw new Error(`fixture not readable in Node: ${result.message}`);
  const rate = headlineRate(result.analysis, 'en-US');
  if (!rate) throw new Error(`fixture gives no engagement rate: ${page.url}`);
  return { letter: result.analysis.grade?.letter ?? '?', rate };
}

describe.each(SITES)('$site', ({ site, tabPattern, first, second }) => {
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
    const a = expectedBadge(first);
    await expect.poll(() => badgeText(page)).toContain(a.rate);
    expect(await badgeText(page)).toContain(a.letter);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, `site-${site}-badge.png`) });

    await spaNavigate(page, second.url, second.html);
    const b = expectedBadge(second);
    await expect.poll(() => badgeText(page).catch(() => ''), { timeout: 15_000 }).toContain(b.rate);
    expect(await badgeText(page)).toContain(b.letter);
    expect(await page.locator('realreach-badge').count()).toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, `site-${site}-after-navigation.png`) });

    const popup = await openPopupFor(browser, await tabIdFor(browser, tabPattern));
    const text = await popup.locator('body').innerText();
    expect(text).toContain(`@${second.handle}`);
    expect(text).toContain(b.rate.replace(/%$/, ''));
    await popup.screenshot({ path: resolve(ARTIFACTS_DIR, `site-${site}-popup.png`), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
