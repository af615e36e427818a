/**
 * The audience sample end to end, in real Chromium with the built extension: Instagram's followers
 * dialog served at its real URL, "scrolled" in three steps (rows appear below, the top ones leave,
 * one seen before comes back), gives one stored sample with every follower once; the popup on the
 * account's profile then shows the estimate. The extension makes no request of its own.
 * The reader is not in the content script: it is injected when a followers list opens (lib/content/
 * followers-load.ts, the `followers` part of lib/parts.ts), so a profile visited without opening the list never loads it, and a list
 * opened by an in-site navigation from the profile is read all the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, inBadge, launchWithExtension, openPopupFor, spaNavigate, tabIdFor, type ExtensionBrowser } from './support/extension';

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, { entries?: { handle: string }[] } | undefined>> };
    session: { get(key: string): Promise<Record<string, { status?: string } | undefined>> };
  };
};

const FOLLOWERS_URL = 'https://www.instagram.com/cafe.ritual/followers/';
const PROFILE_URL = 'https://www.instagram.com/cafe.ritual/';

const row = (name: string, pic: boolean) =>
  `<div><div><div><a href="/${name}/" role="link"><img alt="" src="https://scontent.cdninstagram.com/v/t51.2885-19/${pic ? `${name}_n` : '44884218_345707102882519_2446069589734326272_n'}.jpg"></a></div>` +
  `<div><div><a href="/${name}/" role="link"><span>${name}</span></a></div></div><div><button type="button">Remove</button></div></div></div>`;

describe('audience sample', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(FOLLOWERS_URL, fixture('instagram/followers-en.html'));
    browser.serve(PROFILE_URL, fixture('instagram/profile-embedded.html'));
  }, 60_000);
  afterAll(async () => browser?.close());

  it('a followers dialog scrolled in three steps yields one sample with every follower once, and the popup shows the estimate', async () => {
    const page = await browser.context.newPage();
    await page.goto(FOLLOWERS_URL);
    const stored = () =>
      browser.worker.evaluate(async () => ((await chrome.storage.local.get('audience:instagram:cafe.ritual'))['audience:instagram:cafe.ritual']?.entries ?? []).map((e) => e.handle));
    await expect.poll(stored, { timeout: 15_000 }).toEqual(['clay.by.jo', 'user84629173', 'mia_glaze', 'anna.k2291']);

    // Step 2: three rows appear below (one of them already seen).
    const append = (html: string, dropFirst: number) =>
      page.evaluate(
        ({ html, dropFirst }) => {
          const list = document.querySelector('[role="dialog"] [style*="flex-direction"]')!;
          for (let i = 0; i < dropFirst; i++) list.firstElementChild?.remove();
          const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
          list.append(...Array.from(parsed.children).map((n) => document.importNode(n, true)));
        },
        { html, dropFirst },
      );
    await append(row('ff92837465', false) + row('mia_glaze', true) + row('pat.potter', true), 0);
    await expect.poll(stored, { timeout: 15_000 }).toEqual(['clay.by.jo', 'user84629173', 'mia_glaze', 'anna.k2291', 'ff92837465', 'pat.potter']);
    // Step 3: the top rows leave (a virtualised list), two new ones and a returning one arrive.
    await append(row('zz_1029384756', false) + row('lee.k', true) + row('clay.by.jo', true), 2);
    const all = ['clay.by.jo', 'user84629173', 'mia_glaze', 'anna.k2291', 'ff92837465', 'pat.potter', 'zz_1029384756', 'lee.k'];
    await expect.poll(stored, { timeout: 15_000 }).toEqual(all);

    // The account's profile, then its popup.
    await page.goto(PROFILE_URL);
    const tabId = await tabIdFor(browser, PROFILE_URL);
    await expect
      .poll(() => browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.status ?? 'none', tabId), { timeout: 15_000 })
      .toBe('ok');
    const popup = await openPopupFor(browser, tabId);
    const section = popup.locator('section.audience');
    await section.waitFor({ timeout: 10_000 });
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toMatch(/Audience sample: 8 followers seen, about \d+% look fake \(\d+–\d+%\)\./);
    expect(await section.textContent()).toContain('scroll further down the followers list');
    expect(await section.locator('.audience-examples li').count()).toBeGreaterThan(0);

    // Only the fixture's own images were asked for (by the page, and refused): nothing by the extension.
    expect(browser.refused.filter((u) => !u.startsWith('https://scontent.cdninstagram.com/'))).toEqual([]);
  }, 90_000);

  it('loads the reader only when a followers list opens: not on the profile, then on an in-site navigation to the list', async () => {
    const owner = 'kiln.works';
    const page = await browser.context.newPage();
    await page.goto(PROFILE_URL);
    // The content script is running: it has reported the profile.
    const tabId = await tabIdFor(browser, PROFILE_URL);
    await expect
      .poll(() => browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.status ?? 'none', tabId), { timeout: 15_000 })
      .toBe('ok');
    // The reader's start function, left by the injected bundle on the parts' shelf in the extension's isolated world only.
    const loaded = () => inBadge(page, () => typeof (globalThis as { __realreachParts?: Record<string, unknown> }).__realreachParts?.followers === 'function');
    const pageSees = () => page.evaluate(() => '__realreachParts' in globalThis);
    await page.waitForTimeout(2_500); // two of the content script's checks, on a profile without the list
    expect(await loaded()).toBe(false);

    // Another account's followers list (the fixture's rows), reached without a page load.
    await spaNavigate(page, `https://www.instagram.com/${owner}/followers/`, fixture('instagram/followers-en.html'));
    const key = `audience:instagram:${owner}`;
    const stored = () => browser.worker.evaluate(async (k) => ((await chrome.storage.local.get(k))[k]?.entries ?? []).map((e) => e.handle), key);
    await expect.poll(stored, { timeout: 15_000 }).toEqual(['clay.by.jo', 'user84629173', 'mia_glaze', 'anna.k2291']);
    expect(await loaded()).toBe(true);
    expect(await pageSees()).toBe(false);
  }, 60_000);
});
