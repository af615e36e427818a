/**
 * Something to send the client, in real Chromium: three accounts on two platforms shortlisted, two
 * linked as one creator, statuses set, the creator report and the comparison report printed to PDF
 * (one page each, every section present), the optional sections shown only when the analysis
 * carries them, and the report copied as an image. Screenshots in artifacts/e2e/report-*.png.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchWithExtension, type ExtensionBrowser } from './support/extension';
import { askFrom, axeViolations, pdfPages, shortlistThree, SITES } from './support/vetting';

/** A 2x2 PNG (drawn here: a blue and white checker), the logo a user would pick. */
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAE0lEQVR4nGOQjr/5//9/BiAGsgA68gihaJII3gAAAABJRU5ErkJggg==', 'base64');

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };

describe('client report in Chromium', () => {
  let browser: ExtensionBrowser;
  let ext: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('page', (p) => p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`)));
    ext = await shortlistThree(browser);
    const linked = await askFrom(ext, { type: 'shortlist-link', keys: ['instagram:cafe.ritual', 'tiktok:miacocina'], link: true });
    if (JSON.stringify(linked) !== JSON.stringify({ ok: true, changed: 2 })) throw new Error(`link failed: ${JSON.stringify(linked)}`);
    await askFrom(ext, { type: 'shortlist-campaign', account: { platform: 'instagram', handle: 'cafe.ritual' }, campaign: { status: 'negotiating', rate: { amount: 1200, currency: 'EUR' }, deliverables: '2 reels, 3 stories', start: '2026-04-01', end: '2026-04-30' } });
    // The brand, as a user sets it on the settings page: a name, and a logo file.
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await ext.locator('input[name="brand-name"]').fill('Northwind Talent');
    await ext.getByRole('button', { name: 'Save name' }).click();
    await ext.locator('.vet-inline-status').getByText('Saved').waitFor({ timeout: 10_000 });
    await ext.locator('input[name="brand-logo"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
    await ext.locator('img.vet-brand-logo').waitFor({ timeout: 10_000 });
  });
  afterAll(async () => browser?.close());

  async function openReport(hash: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1000, height: 1300 });
    await page.goto(`chrome-extension://${browser.extensionId}/report.html${hash}`);
    await page.locator('.rep-sheet').waitFor({ timeout: 10_000 });
    return page;
  }

  it('prints the creator report on one A4 page with every section', async () => {
    const page = await openReport('#account=instagram%3Acafe.ritual');
    const sections = await page.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));
    // The evidence sections the page gave (here the price band from the follower count) sit before the linked accounts.
    expect(sections.slice(0, 4)).toEqual(['grade', 'read', 'reasons', 'engagement']);
    expect(sections.slice(-2)).toEqual(['growth', 'linked']);
    expect(sections.slice(4, -2).every((id) => ['audience', 'sponsorship', 'comments', 'price', 'cadence'].includes(id!))).toBe(true);
    expect(sections).toContain('price');
    expect(await page.locator('.rep-brand-name').innerText()).toBe('Northwind Talent');
    expect(await page.locator('img.rep-logo').getAttribute('src')).toBe(`data:image/png;base64,${LOGO_PNG.toString('base64')}`);
    expect(await page.locator('.rep-campaign').innerText()).toMatch(/Negotiating · €1,200.00 · 2 reels, 3 stories/);
    // The linked TikTok account sits beside it, and the consistency check says what it found.
    expect(await page.locator('.rep-creator tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).toEqual(['instagram:cafe.ritual', 'tiktok:miacocina']);
    expect(await page.locator('.rep-creator h3 + *').innerText()).not.toBe('');
    expect(await page.locator('.rep-chart rect.rep-bar').count()).toBeGreaterThanOrEqual(1);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(ARTIFACTS_DIR, 'report-creator.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'report-creator-light.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const dark = await openReport('#account=instagram%3Acafe.ritual', 'dark');
    await dark.screenshot({ path: resolve(ARTIFACTS_DIR, 'report-creator-dark.png'), fullPage: true });
    expect(await axeViolations(dark)).toEqual([]);
    await dark.close();
    await page.close();
  });

  it('shows the audience, sponsorship, comment, price and cadence sections only when there is evidence for them, still on one page', async () => {
    const page = await openReport('#account=tiktok%3Amiacocina');
    expect(await page.locator('[data-section="audience"], [data-section="sponsorship"], [data-section="comments"]').count()).toBe(0);
    // What a page with captions and comments, and a scrolled followers list, would have left.
    await browser.worker.evaluate(async () => {
      const at = new Date().toISOString();
      const { shortlist } = (await chrome.storage.local.get('shortlist')) as { shortlist: { entries: { handle: string; summary?: Record<string, unknown> }[] } };
      const mia = shortlist.entries.find((e) => e.handle === 'miacocina')!;
      mia.summary!.evidence = {
        sponsored: { at, known: 12, sponsored: { posts: 3, rated: 3, median: 0.011 }, organic: { posts: 9, rated: 9, median: 0.019 }, share: 0.25, basis: 'followers', undisclosed: 1, quotes: ['code MIA10'] },
        comments: { at, total: 20, generic: 4, duplicates: 1, unrelated: 0, checked: 12, verdict: 'elevated' },
        price: { at, followers: 128345, confidence: 'medium', engagementPosition: 'typical', medianViews: { value: 52000, posts: 12 } },
        cadence: { at, dated: 12, perWeek: 3.2, spanDays: 24, trend: { direction: 'rising', change: 0.24, newer: 6, older: 6, basis: 'followers' } },
      };
      const entries = Array.from({ length: 150 }, (_, i) => ({ handle: i % 4 ? `cook.${'abcdefghij'[i % 10]}${'klmnopqrs'[i % 9]}` + 'ab'.repeat(i % 7) : `user${9000000 + i * 37}`, hasPicture: i % 4 !== 0, day: at.slice(0, 10) }));
      await chrome.storage.local.set({ shortlist, 'audience:tiktok:miacocina': { platform: 'tiktok', handle: 'miacocina', firstAt: at, updatedAt: at, seen: 150, entries } });
    });
    await page.reload();
    await expect.poll(() => page.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section'))), { timeout: 10_000 }).toEqual([
      'grade', 'read', 'reasons', 'engagement', 'audience', 'sponsorship', 'comments', 'price', 'cadence', 'growth', 'linked',
    ]);
    expect(await page.locator('[data-section="audience"]').innerText()).toMatch(/150 followers seen: about \d+% look fake \(\d+–\d+%\)/);
    expect(await page.locator('[data-section="sponsorship"]').innerText()).toContain('“code MIA10”');
    // The price band with its formula and sources.
    const price = await page.locator('[data-section="price"]').innerText();
    expect(price).toMatch(/Per video: \$[\d,]+ to \$[\d,]+/);
    expect(price).toContain('Formula: mid-tier accounts (128,345 followers)');
    expect(price).toContain('Influencer Marketing Hub');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(ARTIFACTS_DIR, 'report-creator-all-sections.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'report-creator-all-sections.png'), fullPage: true });
    await page.close();
  });

  it('prints the comparison on one landscape page and names no best across platforms', async () => {
    const page = await openReport(`#compare=${encodeURIComponent(SITES.map((s) => s.key).join(','))}`);
    expect(await page.locator('table.vet-compare thead th[scope="col"]').count()).toBe(3);
    expect(await page.locator('.vet-best-mark').count()).toBe(0);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    writeFileSync(resolve(ARTIFACTS_DIR, 'report-compare.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'report-compare-light.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('copies the report as an image (or saves it where images cannot be copied)', async () => {
    const page = await openReport('#account=instagram%3Acafe.ritual');
    // Record what reaches the clipboard (reading it back needs a permission headless Chromium does not give extension pages).
    await page.evaluate(() => {
      const w = window as unknown as { copied?: Promise<{ type: string; width: number; height: number }> };
      const write = navigator.clipboard.write.bind(navigator.clipboard);
      navigator.clipboard.write = async (items: ClipboardItems) => {
        const blob = await items[0].getType('image/png');
        w.copied = createImageBitmap(blob).then((b) => ({ type: blob.type, width: b.width, height: b.height }));
        return write(items);
      };
    });
    await page.getByRole('button', { name: 'Copy as image' }).click();
    await expect.poll(() => page.locator('.rep-status').innerText(), { timeout: 15_000 }).toMatch(/Copied as an image|saved as a file/);
    if (/Copied/.test(await page.locator('.rep-status').innerText())) {
      const size = await page.evaluate(() => (window as unknown as { copied: Promise<{ type: string; width: number; height: number }> }).copied);
      expect(size.type).toBe('image/png');
      expect(size.width).toBeGreaterThan(1000); // drawn at twice the size on screen
      expect(size.height).toBeGreaterThan(1000);
    }
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
