/**
 * End to end on Facebook, LinkedIn, Threads and Twitch (the sites added from lib/sites/list.ts), in
 * real Chromium with the built extension, as tests/e2e/sites.e2e.ts does for the first five: an
 * account page served at its real URL gets a badge with the grade and rate the same adapters and
 * scoring compute in Node, placed beside the account's name; an in-site navigation moves it to the
 * new account's numbers; the popup shows the breakdown. Screenshots go to artifacts/e2e/.
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
  badgeCount,
  inBadge,
} from './support/extension';
import { postsAround } from './support/pages';
import { facebookPage, linkedinCompany, threadsProfile, twitchChannel } from './support/more-site-pages';

interface PageCase {
  url: string;
  html: string;
  handle: string;
  name: string;
}
interface SiteCase {
  site: string;
  tabPattern: string;
  first: PageCase;
  second: PageCase;
}

const SITES: SiteCase[] = [
  {
    site: 'facebook',
    tabPattern: 'https://www.facebook.com/*',
    first: {
      url: 'https://www.facebook.com/lakesidepottery',
      name: 'Lakeside Pottery',
      handle: 'lakesidepottery',
      html: facebookPage({ handle: 'lakesidepottery', name: 'Lakeside Pottery', followers: 13_204, following: 12_480, posts: 0, items: postsAround('pfbid0lake', 8, 13_204, 0.004) }),
    },
    second: {
      url: 'https://www.facebook.com/ceramicalago',
      name: 'Cerámica Lago',
      handle: 'ceramicalago',
      html: facebookPage({ handle: 'ceramicalago', name: 'Cerámica Lago', followers: 940_000, following: 820_000, posts: 0, items: postsAround('pfbid0lago', 8, 940_000, 0.0002) }),
    },
  },
  {
    site: 'linkedin',
    tabPattern: 'https://www.linkedin.com/*',
    first: {
      url: 'https://www.linkedin.com/company/northwind/',
      name: 'Northwind',
      handle: 'northwind',
      html: linkedinCompany({ handle: 'northwind', name: 'Northwind', followers: 5_750, following: 0, posts: 0, items: postsAround('72480000000000', 6, 5_750, 0.004).map((p, i) => ({ ...p, id: `724800000000000${i}0${i}` })) }),
    },
    second: {
      url: 'https://www.linkedin.com/company/alfarerianorte/',
      name: 'Alfarería Norte',
      handle: 'alfarerianorte',
      html: linkedinCompany({ handle: 'alfarerianorte', name: 'Alfarería Norte', followers: 120_400, following: 0, posts: 0, items: postsAround('7249', 6, 120_400, 0.001).map((p, i) => ({ ...p, id: `724900000000000${i}0${i}` })) }),
    },
  },
  {
    site: 'threads',
    tabPattern: 'https://www.threads.com/*',
    first: {
      url: 'https://www.threads.com/@kiln.and.co',
      name: 'Kiln & Co',
      handle: 'kiln.and.co',
      html: threadsProfile({ handle: 'kiln.and.co', name: 'Kiln &amp; Co', followers: 48_213, following: 0, posts: 0, items: postsAround('DAkiln', 10, 48_213, 0.02) }),
    },
    second: {
      url: 'https://www.threads.com/@leeds.makers',
      name: 'Leeds Makers',
      handle: 'leeds.makers',
      html: threadsProfile({ handle: 'leeds.makers', name: 'Leeds Makers', followers: 2_950, following: 0, posts: 0, items: postsAround('DAleed', 10, 2_950, 0.05) }),
    },
  },
  {
    site: 'twitch',
    tabPattern: 'https://www.twitch.tv/*',
    first: {
      url: 'https://www.twitch.tv/glazeday',
      name: 'glazeday',
      handle: 'glazeday',
      html: twitchChannel({ handle: 'glazeday', name: 'glazeday', followers: 12_400, following: 0, posts: 0, liveViewers: 1_204, items: postsAround('22000000', 6, 12_400, 0.01, true) }),
    },
    second: {
      url: 'https://www.twitch.tv/toepferlive',
      name: 'toepferlive',
      handle: 'toepferlive',
      html: twitchChannel({ handle: 'toepferlive', name: 'toepferlive', followers: 1_200_000, following: 0, posts: 0, liveViewers: 8_310, items: postsAround('23000000', 6, 1_200_000, 0.01, true) }),
    },
  },
];

/** What the badge must show for a page: the letter and rate computed in Node from the same HTML. */
/** (A YouTube grid of view counts gives no per-follower rate: then the rate is ''.) */
function expectedBadge(page: PageCase): { letter: string; rate: string } {
  const result = analyzeHtml(page.html, page.url);
  if (result.status !== 'ok') throw new Error(`fixture not readable in Node: ${result.message}`);
  return { letter: result.analysis.grade?.letter ?? '?', rate: headlineRate(result.analysis, 'en-US') ?? '' };
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
    expect(await badgeCount(page)).toBe(1);
    // In the right place: right after the account's name (or handle) in the page header, either as
    // the name's next sibling or at the end of a block-level name element.
    const beside = await inBadge(page, (_root, host) => {
      const before = host?.previousElementSibling?.textContent ?? '';
      const parent = host?.parentElement?.textContent ?? '';
      return before || (parent.length < 200 ? parent : '');
    });
    expect([second.name, second.handle].some((n) => beside.includes(n)), `badge follows "${beside}"`).toBe(true);
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
