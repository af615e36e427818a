/**
 * The vetting workflow end to end, in real Chromium with the built extension: import earlier
 * history (options page), analyse two profiles served at their real URLs, shortlist both from the
 * popup with a note and tags, see the growth chart, open the shortlist page and the side-by-side
 * comparison, export JSON and CSV (captured as downloads) and check what the files hold.
 * Screenshots of the popup, the shortlist, the comparison and the settings go to artifacts/e2e/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { ARTIFACTS_DIR, fixture, launchWithExtension, openPopupFor, tabIdFor, type ExtensionBrowser } from './support/extension';

/** The part of the extension API read in the service worker. */
declare const chrome: { storage: { session: { get(key: string): Promise<Record<string, { status?: string } | undefined>> } } };
declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[] }> };
const AXE_SOURCE = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe-core violations on a page, every disclosure opened (as "id: help @ target"). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  // Evaluated through the DevTools protocol: an injected <script> would be refused by the page's CSP.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} @ ${JSON.stringify(v.nodes[0]?.target)}`);
}

/**
 * Waits until the background has scored the tab. (The first fixture is a page as first loaded,
 * before the header renders: there is nothing to hang the in-page badge on, but it is read and scored.)
 */
async function waitForAnalysis(browser: ExtensionBrowser, tabId: number): Promise<void> {
  await expect
    .poll(() => browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.status ?? 'none', tabId), { timeout: 15_000 })
    .toBe('ok');
}

const CAFE = { url: 'https://www.instagram.com/cafe.ritual/', html: fixture('instagram/profile-embedded.html'), tabs: 'https://www.instagram.com/*', handle: 'cafe.ritual' };
const NADIA = { url: 'https://x.com/nadia_codes', html: fixture('x/profile.html'), tabs: 'https://x.com/*', handle: 'nadia_codes' };
const NADIA_NOTE = 'Asked for rates, media kit <b>not bold</b>';

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Earlier visits of @cafe.ritual, as an export from another browser would hold them. */
function earlierHistory(): string {
  const records = [
    [21, 41_900, 0.0241],
    [14, 43_350, 0.0228],
    [7, 45_800, 0.0215],
  ].map(([ago, followers, engagement]) => {
    const at = day(ago);
    at.setHours(12, 0, 0, 0);
    return { platform: 'instagram', handle: 'cafe.ritual', day: localDay(at), at: at.toISOString(), page: 'profile', followers: { value: followers }, engagement };
  });
  return JSON.stringify({ format: 'realreach-export', version: 1, scope: 'all', shortlist: [], history: records });
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator(`button[data-export="${button}"]`).first().click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function shortlistFromPopup(browser: ExtensionBrowser, site: typeof CAFE, note: string, tags: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url);
  const tabId = await tabIdFor(browser, site.tabs);
  await waitForAnalysis(browser, tabId);
  const popup = await openPopupFor(browser, tabId, { width: 400, height: 900 });
  await popup.getByRole('button', { name: 'Add to shortlist' }).click();
  await popup.getByLabel('Note').fill(note);
  await popup.getByLabel('Tags').fill(tags);
  await popup.getByRole('button', { name: 'Save to shortlist' }).click();
  await popup.getByText('On your shortlist').waitFor({ timeout: 10_000 });
  return popup;
}

describe('vetting workflow in Chromium', () => {
  let browser: ExtensionBrowser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(CAFE.url, CAFE.html);
    browser.serve(NADIA.url, NADIA.html);
    browser.context.on('page', (p) => p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`)));
  });
  afterAll(async () => browser?.close());

  it('imports earlier history on the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('input[type=file]').setInputFiles({ name: 'earlier.json', mimeType: 'application/json', buffer: Buffer.from(earlierHistory()) });
    await expect.poll(() => options.locator('.vet-result').innerText(), { timeout: 10_000 }).toContain('History: 3 records added');
    // A malformed file: a clear error, nothing imported.
    await options.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"realreach-export","version":1,"history":[{"handle":5}]}') });
    await expect.poll(() => options.locator('.vet-result.vet-error').innerText(), { timeout: 10_000 }).toMatch(/Nothing was imported[\s\S]*history\[0\]/);
    await options.close();
  });

  it('analyses two profiles and shortlists both from the popup, with a note and tags; the popup draws growth', async () => {
    const cafePopup = await shortlistFromPopup(browser, CAFE, 'Spring campaign, local coffee', 'coffee, Spring');
    // Three imported days and today's visit: the growth chart is drawn.
    const chart = cafePopup.locator('.vet-popup-growth svg[role="img"]').first();
    await chart.waitFor({ timeout: 10_000 });
    expect(await chart.locator('circle').count()).toBe(4);
    expect(await cafePopup.locator('.vet-popup-growth desc').first().textContent()).toMatch(/4 days with a reading/);
    await cafePopup.locator('.vet-popup-shortlist').scrollIntoViewIfNeeded();
    await cafePopup.screenshot({ path: resolve(ARTIFACTS_DIR, 'vetting-popup.png'), fullPage: true });
    await cafePopup.locator('.vet-popup-growth').screenshot({ path: resolve(ARTIFACTS_DIR, 'vetting-popup-growth.png') });
    expect((await axeViolations(cafePopup)).filter((v) => v.includes('vet-'))).toEqual([]);
    await cafePopup.close();

    const nadiaPopup = await shortlistFromPopup(browser, NADIA, NADIA_NOTE, 'tech, =cmd');
    expect(await nadiaPopup.locator('.vet-popup-growth').innerText()).toContain('Come back on another day');
    await nadiaPopup.close();
  });

  it('lists both on the shortlist page, sorts, filters, and compares them side by side', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${browser.extensionId}/shortlist.html`);
    const rows = page.locator('table.vet-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('[data-sync]').getAttribute('data-sync')).toBe('all');
    // Markup in a note is shown as text.
    expect(await page.locator('tr[data-key="x:nadia_codes"] .vet-note-cell').innerText()).toBe(NADIA_NOTE);
    expect(await page.locator('tr[data-key="x:nadia_codes"] b').count()).toBe(0);
    // Sort by followers, then filter by a tag.
    await page.getByRole('button', { name: /^Followers/ }).click();
    expect(await rows.first().getAttribute('data-key')).toBe('instagram:cafe.ritual');
    await page.getByRole('button', { name: /^Followers/ }).click();
    expect(await rows.first().getAttribute('data-key')).toBe('x:nadia_codes');
    await page.getByLabel('Tag', { exact: true }).selectOption('coffee');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Tag', { exact: true }).selectOption('');
    await expect.poll(() => rows.count()).toBe(2);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'vetting-shortlist.png'), fullPage: true });

    await page.getByLabel('Select @cafe.ritual').check();
    await page.getByLabel('Select @nadia_codes').check();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    const compare = page.locator('table.vet-compare');
    await compare.waitFor({ timeout: 10_000 });
    expect(await compare.locator('thead th[scope="col"]').count()).toBe(2);
    expect(page.url()).toContain('#compare=');
    await compare.locator('svg.vet-spark').first().waitFor({ timeout: 10_000 });
    await page.locator('.vet-compare-card').screenshot({ path: resolve(ARTIFACTS_DIR, 'vetting-compare.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('exports the shortlist as JSON and CSV, and everything as JSON, with the right content', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/shortlist.html`);
    await page.locator('table.vet-table tbody tr').first().waitFor({ timeout: 10_000 });

    const json = await download(page, 'shortlist-json');
    expect(json.name).toMatch(/^realreach-shortlist-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text);
    expect(file).toMatchObject({ format: 'realreach-export', version: 1, scope: 'shortlist' });
    const byHandle = Object.fromEntries(file.shortlist.map((e: { handle: string }) => [e.handle, e]));
    expect(Object.keys(byHandle).sort()).toEqual(['cafe.ritual', 'nadia_codes']);
    expect(byHandle['cafe.ritual']).toMatchObject({ platform: 'instagram', note: 'Spring campaign, local coffee', tags: ['coffee', 'spring'], url: 'https://www.instagram.com/cafe.ritual/' });
    // The fixture shows one post with readable likes: a provisional reading, no grade (issue 11).
    expect(byHandle['cafe.ritual'].summary).toMatchObject({ followers: { value: 48_213 } });
    expect(byHandle['cafe.ritual'].summary.grade ?? null).toBeNull();
    expect(byHandle['nadia_codes']).toMatchObject({ platform: 'x', note: NADIA_NOTE, tags: ['tech', '=cmd'] });
    expect(byHandle['nadia_codes'].summary.followers).toMatchObject({ value: 48_200, min: 48_150, max: 48_299 });

    const csv = await download(page, 'shortlist-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(0, 4)).toEqual(['platform', 'handle', 'name', 'url']);
    expect(lines).toHaveLength(3);
    const cafeLine = lines.find((l) => l.startsWith('instagram,cafe.ritual,'))!;
    expect(cafeLine).toContain('"Spring campaign, local coffee"');
    expect(cafeLine).toContain(',48213,');
    const nadiaLine = lines.find((l) => l.startsWith('x,nadia_codes,'))!;
    expect(nadiaLine).toContain(NADIA_NOTE);
    expect(nadiaLine).toContain(`tech; =cmd`); // a tag not at the start of its cell
    await page.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('button[data-export="all-json"]').waitFor();
    const all = JSON.parse((await download(options, 'all-json')).text);
    expect(all.scope).toBe('all');
    const cafeDays = all.history.filter((r: { handle: string }) => r.handle === 'cafe.ritual');
    expect(cafeDays).toHaveLength(4);
    expect(cafeDays.map((r: { followers: { value: number } }) => r.followers.value)).toEqual([41_900, 43_350, 45_800, 48_213]);
    expect(all.history.filter((r: { handle: string }) => r.handle === 'nadia_codes')).toHaveLength(1);
    const historyCsv = (await download(options, 'all-csv')).text;
    expect(historyCsv.trimEnd().split('\r\n')).toHaveLength(1 + 5);

    // The settings page reports storage in use and that nothing was set aside.
    await expect.poll(() => options.locator('[data-set-aside]').getAttribute('data-set-aside')).toBe('0');
    expect(await options.locator('meter').first().getAttribute('value')).toMatch(/^\d+$/);
    await options.screenshot({ path: resolve(ARTIFACTS_DIR, 'vetting-settings.png'), fullPage: true });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
    expect(pageErrors).toEqual([]);
  });
});
