/**
 * The evidence carried to the comparison, the comparison report and the exports, in real Chromium
 * (issues 14 and 15, "the comparison and exports carry it"): four accounts read from their pages,
 * one of them a post with a discount code and no disclosure (its comments read), one whose
 * followers list was scrolled. The comparison shows one row each for the audience sample,
 * sponsored vs organic, comment quality, pods, price band and cadence, names no best across
 * platforms, and prints on one landscape page; the shortlist CSV carries the same figures; the
 * "everything" JSON, imported into a Spanish browser, brings the sample and the posts opened along,
 * and the comparison there is in Spanish. Screenshots (light, dark, 600 px, Spanish) in
 * artifacts/e2e/carry-*.png. The extension makes no request of its own throughout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, fixture, launchWithExtension, tabIdFor, type ExtensionBrowser } from './support/extension';
import { askFrom, axeViolations, pdfPages, shortlistThree, waitForAnalysis } from './support/vetting';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, { entries?: unknown[] } | undefined>> } } };

const POST = { url: 'https://www.instagram.com/p/C8glowAAAAA/', html: fixture('instagram/evidence-post-undisclosed.html') };
const FOLLOWERS_URL = 'https://www.instagram.com/cafe.ritual/followers/';
const ALLOWED_PAGE_REQUESTS = /^https:\/\/scontent\.cdninstagram\.com\//;

async function comparePage(browser: ExtensionBrowser, keys: string[], o: { width?: number; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: o.scheme ?? 'light' });
  await page.setViewportSize({ width: o.width ?? 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/shortlist.html#compare=${encodeURIComponent(keys.join(','))}`);
  await page.locator('table.vet-compare').waitFor({ timeout: 10_000 });
  // The extras (audience sample, posts opened) arrive after the table: wait for the audience cell.
  await expect.poll(() => page.locator('[data-cell="audience"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

const rowText = (page: Page, label: string) =>
  page.locator('table.vet-compare tbody tr').filter({ has: page.locator('th', { hasText: label }) }).locator('td').allInnerTexts();

describe('evidence in the comparison and exports (Chromium)', () => {
  let browser: ExtensionBrowser;
  let ext: Page;
  let lena = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('page', (p) => p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`)));
    ext = await shortlistThree(browser);
    // A post with a discount code and no disclosure, with its comments, shortlisted from its tab.
    browser.serve(POST.url, POST.html);
    const post = await browser.context.newPage();
    await post.goto(POST.url);
    const tabId = await tabIdFor(browser, 'https://www.instagram.com/p/*');
    await waitForAnalysis(browser, tabId);
    const added = await askFrom(ext, { type: 'shortlist-add', tabId });
    if (!added.ok || !added.entry) throw new Error(`could not shortlist the post's account: ${JSON.stringify(added)}`);
    lena = added.entry.key;
    await post.close();
    // cafe.ritual's followers list, as the user scrolls it.
    browser.serve(FOLLOWERS_URL, fixture('instagram/followers-en.html'));
    const followers = await browser.context.newPage();
    await followers.goto(FOLLOWERS_URL);
    const until = Date.now() + 15_000;
    while (Date.now() < until && !((await browser.worker.evaluate(async () => (await chrome.storage.local.get('audience:instagram:cafe.ritual'))['audience:instagram:cafe.ritual']?.entries?.length ?? 0)) > 0)) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await followers.close();
  }, 120_000);
  afterAll(async () => browser?.close());

  it('the comparison shows one row per evidence section and names no best across platforms', async () => {
    const page = await comparePage(browser, ['instagram:cafe.ritual', lena, 'tiktok:miacocina']);
    const audience = await rowText(page, 'Audience sample');
    expect(audience[0]).toMatch(/^4 followers seen: about \d+% look fake \(\d+–\d+%\)/);
    expect(audience[0]).toContain('Few seen: scroll the followers list for more');
    expect(audience[1]).toBe('Followers list not opened yet');
    const sponsored = await rowText(page, 'Sponsored posts');
    expect(sponsored[1]).toContain('100% sponsored, of 1 post read');
    expect(sponsored[1]).toMatch(/1 possibly undisclosed: .*“code LENA15”/s);
    const comments = await rowText(page, 'Comment quality');
    expect(comments[1]).toContain('3 of 9 generic (33.3%); duplicates: 1 (11.1%)');
    expect(comments[1]).toContain('More generic than usual');
    expect((await rowText(page, 'Engagement pods'))[1]).toBe('1 of the 3 posts needed opened with their comments');
    expect((await rowText(page, 'Fair price band'))[0]).toMatch(/Per post: \$[\d,]+ to \$[\d,]+/);
    expect(await page.locator('tr.vet-ev-row').count()).toBe(6);
    expect(await page.locator('.vet-best-mark').count()).toBe(0);
    await page.locator('.vet-compare-scroll').screenshot({ path: resolve(ARTIFACTS_DIR, 'carry-compare-light.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const dark = await comparePage(browser, ['instagram:cafe.ritual', lena, 'tiktok:miacocina'], { scheme: 'dark' });
    await dark.locator('.vet-compare-scroll').screenshot({ path: resolve(ARTIFACTS_DIR, 'carry-compare-dark.png') });
    expect(await axeViolations(dark)).toEqual([]);
    await dark.close();
    const narrow = await comparePage(browser, ['instagram:cafe.ritual', lena], { width: 600 });
    await narrow.screenshot({ path: resolve(ARTIFACTS_DIR, 'carry-compare-600.png'), fullPage: true });
    // The table scrolls inside its own region; the page itself never scrolls sideways.
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await narrow.close();
  });

  it('the comparison report prints the evidence rows on one landscape page', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1300 });
    await page.goto(`chrome-extension://${browser.extensionId}/report.html#compare=${encodeURIComponent(['instagram:cafe.ritual', lena, 'tiktok:miacocina', 'x:nadia_codes'].join(','))}`);
    await page.locator('.rep-sheet').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('[data-cell="audience"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('tr.vet-ev-row').count()).toBe(6);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'carry-report-compare.png'), fullPage: true });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(ARTIFACTS_DIR, 'carry-report-compare.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    // The creator report of the post's account shows the sections too, on one page.
    await page.goto(`chrome-extension://${browser.extensionId}/report.html#account=${encodeURIComponent(lena)}`);
    await page.locator('.rep-sheet').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('[data-section="comments"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-section="sponsorship"]').innerText()).toContain('code LENA15');
    const creatorPdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPages(creatorPdf)).toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'carry-report-creator.png'), fullPage: true });
    await page.close();
  });

  it('the shortlist CSV carries the audience sample and every section', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/shortlist.html`);
    await page.locator('table.vet-table').waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="shortlist-csv"]').click()]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const cafe = rows.find((r) => r.Handle === 'cafe.ritual')!;
    expect(cafe['Followers seen in the list']).toBe('4');
    expect(Number(cafe['Followers that look fake (%)'])).toBeGreaterThanOrEqual(Number(cafe['Look fake: interval from (%)']));
    expect(cafe['Price band type']).toBe('post');
    const post = rows.find((r) => `instagram:${r.Handle.toLowerCase()}` === lena)!;
    expect(post['Possibly undisclosed sponsored posts']).toBe('1');
    expect(post['Undisclosed: evidence quoted']).toContain('code LENA15');
    expect(post['Comments read']).toBe('9');
    expect(post['Posts opened with comments']).toBe('1');
    await page.close();
  });

  it('an "everything" export imported into a Spanish browser brings the sample and the posts opened, worded in Spanish', async () => {
    const file = await askFrom(ext, { type: 'data-export', scope: 'all' });
    expect((file.audience as unknown[]).length).toBe(1);
    expect((file.evidence as unknown[]).length).toBe(1);
    const es = await launchWithExtension({ locale: 'es' });
    try {
      const page = await es.context.newPage();
      await page.goto(`chrome-extension://${es.extensionId}/options.html`);
      const result = await askFrom(page, { type: 'data-import', text: JSON.stringify(file) });
      expect(result).toMatchObject({ ok: true, audience: { accounts: 1, added: 4 }, evidence: { added: 1 } });
      const compare = await comparePage(es, ['instagram:cafe.ritual', lena, 'tiktok:miacocina']);
      expect((await rowText(compare, 'Muestra de la audiencia'))[0]).toMatch(/^4 seguidores vistos: alrededor del \d+% parecen falsos/);
      expect((await rowText(compare, 'Calidad de los comentarios'))[1]).toContain('3 de 9 genéricos');
      await compare.locator('.vet-compare-scroll').screenshot({ path: resolve(ARTIFACTS_DIR, 'carry-compare-es.png') });
      expect(await axeViolations(compare)).toEqual([]);
      expect(es.refused.filter((u) => !ALLOWED_PAGE_REQUESTS.test(u))).toEqual([]);
    } finally {
      await es.close();
    }
    expect(browser.refused.filter((u) => !ALLOWED_PAGE_REQUESTS.test(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
