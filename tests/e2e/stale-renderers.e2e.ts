/**
 * Issue 12 in real Chromium with the built extension: a rendered X or Bluesky page, then an
 * in-site navigation to another account whose page is drawn while the previous page's renderers
 * stay in the document (X: still shown beside the new column; Bluesky: the old screen kept with
 * display:none, as the app does). The badge must show the new page's numbers, once, beside the new
 * account's name, and the popup must name the new account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzeHtml } from '../../scripts/analyze-html';
import { headlineRate } from '../../lib/view/verdict';
import {
  badgeText,
  fixture,
  launchWithExtension,
  openPopupFor,
  tabIdFor,
  waitForBadge,
  type ExtensionBrowser,
  badgeCount,
  inBadge,
} from './support/extension';

const CASES = [
  {
    site: 'x',
    tabPattern: 'https://x.com/*',
    first: { url: 'https://x.com/nadia_codes', file: 'x/profile.html' },
    second: { url: 'https://x.com/hanako_dev', file: 'x/profile-rendered-ja.html', handle: 'hanako_dev', name: '山田 花子' },
    keepOld: 'shown' as const,
  },
  {
    site: 'bluesky',
    tabPattern: 'https://bsky.app/*',
    first: { url: 'https://bsky.app/profile/potterybarn.bsky.social', file: 'bluesky/profile.html' },
    second: { url: 'https://bsky.app/profile/marina.ceramica.br', file: 'bluesky/profile-rendered-pt.html', handle: 'marina.ceramica.br', name: 'Marina Duarte' },
    keepOld: 'display:none' as const,
  },
];

function expectedRate(html: string, url: string): string {
  const result = analyzeHtml(html, url);
  if (result.status !== 'ok') throw new Error(`fixture not readable in Node: ${result.message}`);
  return headlineRate(result.analysis, 'en-US') ?? '';
}

/** pushState, then the new page's body drawn after the old one, which stays (shown or hidden). */
async function navigateKeepingOld(page: Page, url: string, html: string, keepOld: 'shown' | 'display:none') {
  // The badge is not the page's: it stays where it is. Its host is a plain <span> that only the
  // content script knows (lib/content/badge-host.ts), so its place is asked of the script's world.
  const badgeAt = await inBadge(page, (_root, host) => (host && host.parentNode === document.body ? Array.prototype.indexOf.call(document.body.childNodes, host) : -1));
  await page.evaluate(
    ({ url, html, keepOld, badgeAt }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      // The interface language is a setting, the same on every page of a session; the two test
      // pages were written in different ones, so the new page's is carried over.
      document.documentElement.lang = doc.documentElement.lang;
      const old = document.createElement('div');
      if (keepOld === 'display:none') old.style.display = 'none';
      old.append(...Array.from(document.body.childNodes).filter((_n, i) => i !== badgeAt));
      document.body.prepend(old);
      document.body.append(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
    },
    { url, html, keepOld, badgeAt },
  );
}

describe.each(CASES)('$site: the previous page left in the document', ({ tabPattern, first, second, keepOld }) => {
  let browser: ExtensionBrowser;
  const firstHtml = fixture(first.file);
  const secondHtml = fixture(second.file);
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(first.url, firstHtml);
  });
  afterAll(async () => browser?.close());

  it(`(${keepOld}) the badge and the popup show the new page's numbers only`, async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(first.url);
    await waitForBadge(page);
    const before = expectedRate(firstHtml, first.url);
    const after = expectedRate(secondHtml, second.url);
    expect(after).not.toBe('');
    expect(after, 'the two pages must differ for the test to mean anything').not.toBe(before);
    await expect.poll(() => badgeText(page)).toContain(before);

    await navigateKeepingOld(page, second.url, secondHtml, keepOld);
    await expect.poll(() => badgeText(page).catch(() => ''), { timeout: 15_000 }).toContain(after);
    expect(await badgeCount(page)).toBe(1);
    const beside = await inBadge(page, (_root, host) => {
      return (host?.previousElementSibling?.textContent ?? '') || (host?.parentElement?.textContent ?? '').slice(0, 200);
    });
    expect(beside).toContain(second.name);

    const popup = await openPopupFor(browser, await tabIdFor(browser, tabPattern));
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain(`@${second.handle}`);
    expect(await popup.locator('body').innerText()).toContain(after.replace(/%$/, ''));
    expect(errors).toEqual([]);
  });
});
