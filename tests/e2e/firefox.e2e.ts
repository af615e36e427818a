/**
 * The e2e smoke in a real Firefox (Debian's firefox-esr, WebDriver BiDi through puppeteer-core):
 * the badge on each site with the grade and rate the same code computes in Node, in-site
 * navigation to another profile, the popup (opened from the in-page panel, as a user does), the
 * shortlist, and the CSV export; the followers-list reader injected on demand (scripting.executeScript
 * into the content script's own world, lib/background/inject.ts) gives the popup its audience sample;
 * the full unit-word table, likewise injected, lets a Japanese page be read; and YouTube's video
 * pages' reader, injected the same way, reads a video reached in-site.
 * No request leaves the fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { analyzeHtml } from '../../scripts/analyze-html';
import { headlineRate } from '../../lib/view/verdict';
import { fixture, replacePage } from './support/extension';
import { blueskyProfile, instagramProfile, postsAround, tiktokProfile, xProfile, youtubeChannel } from './support/pages';
import { EXTENSION_ORIGIN, firefoxBadgeClick, firefoxBadgeCount, firefoxBadgeRead, firefoxBadgeText, launchFirefox, nextExtensionPage, until, type FirefoxWithExtension } from './support/firefox';

interface PageCase {
  url: string;
  html: string;
  handle: string;
}
const CASES: { site: string; first: PageCase; second: PageCase }[] = [
  {
    site: 'instagram',
    first: { url: 'https://www.instagram.com/lena.travels/reels/', handle: 'lena.travels', html: instagramProfile({ handle: 'lena.travels', name: 'Lena | Travel', followers: 48_213, following: 312, posts: 1_024, items: postsAround('C9lena', 12, 48_213, 0.021, true) }) },
    second: { url: 'https://www.instagram.com/cafe.ritual/reels/', handle: 'cafe.ritual', html: instagramProfile({ handle: 'cafe.ritual', name: 'Café Ritual', followers: 2_230_586, following: 4_810, posts: 301, items: postsAround('C9cafe', 12, 2_230_586, 0.0009, true) }) },
  },
  {
    site: 'x',
    first: { url: 'https://x.com/nadia_codes', handle: 'nadia_codes', html: xProfile({ handle: 'nadia_codes', name: 'Nadia Ortiz', followers: 4_820, following: 1_045, posts: 12_400, items: postsAround('18430000000000', 10, 4_820, 0.012, true) }) },
    second: { url: 'https://x.com/growthhacker_9', handle: 'growthhacker_9', html: xProfile({ handle: 'growthhacker_9', name: 'Growth Hacker', followers: 171, following: 5_001, posts: 9_800, items: postsAround('18440000000000', 10, 171, 0.004, true) }) },
  },
  {
    site: 'tiktok',
    first: { url: 'https://www.tiktok.com/@miacocina', handle: 'miacocina', html: tiktokProfile({ handle: 'miacocina', name: 'Mia Cocina', followers: 128_345, following: 212, posts: 342, items: postsAround('74100000000000', 12, 128_345, 0.05, true) }) },
    second: { url: 'https://www.tiktok.com/@bikerepairbob', handle: 'bikerepairbob', html: tiktokProfile({ handle: 'bikerepairbob', name: 'Bike Repair Bob', followers: 45_600, following: 1_204, posts: 88, items: postsAround('74200000000000', 12, 45_600, 0.01, true) }) },
  },
  {
    site: 'bluesky',
    first: { url: 'https://bsky.app/profile/potterybarn.bsky.social', handle: 'potterybarn.bsky.social', html: blueskyProfile({ handle: 'potterybarn.bsky.social', name: 'Pottery Pam', followers: 18_342, following: 412, posts: 2_204, items: postsAround('3kpot00000', 10, 18_342, 0.03) }) },
    second: { url: 'https://bsky.app/profile/glazechemist.bsky.social', handle: 'glazechemist.bsky.social', html: blueskyProfile({ handle: 'glazechemist.bsky.social', name: 'Glaze Chemist', followers: 2_950, following: 2_800, posts: 610, items: postsAround('3kgla00000', 10, 2_950, 0.006) }) },
  },
  {
    // In-site from a channel to a video: the video pages' reader is injected on demand (lib/parts.ts `post-reader`).
    site: 'youtube',
    first: { url: 'https://www.youtube.com/@mrbakes/videos', handle: 'mrbakes', html: youtubeChannel({ handle: 'mrbakes', name: 'Mr Bakes', followers: 1_230_000, following: 0, posts: 412, items: postsAround('bakes00', 12, 1_230_000, 0.01, true) }) },
    second: { url: 'https://www.youtube.com/watch?v=gggggggggg1', handle: 'UCbaeckerei0000000000000', html: fixture('youtube/watch-rendered-2022-de.html') },
  },
];

function expectedBadge(page: PageCase): { letter: string; rate: string } {
  const result = analyzeHtml(page.html, page.url);
  if (result.status !== 'ok') throw new Error(`fixture not readable in Node: ${result.message}`);
  return { letter: result.analysis.grade?.letter ?? '?', rate: headlineRate(result.analysis, 'en-US') ?? '' };
}

async function spaNavigate(page: Page, url: string, html: string): Promise<void> {
  await page.evaluate(replacePage, { url, html });
}

const clickInBadge = firefoxBadgeClick;
const shadowText = firefoxBadgeRead;

describe('the e2e smoke in Firefox ESR', () => {
  let ff: FirefoxWithExtension;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    ff = await launchFirefox();
    for (const c of CASES) ff.serve(c.first.url, c.first.html);
  });
  afterAll(async () => ff?.close());

  it.each(CASES)('$site: the badge shows the grade and rate, and follows in-site navigation', async ({ first, second }) => {
    const page = await ff.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${String(e)}`));
    await page.goto(first.url);
    const a = expectedBadge(first);
    await until(() => firefoxBadgeText(page), (t) => t.includes(a.rate) && t.includes(a.letter), `the badge on ${first.url} to show ${a.letter} ${a.rate}`);
    await spaNavigate(page, second.url, second.html);
    const b = expectedBadge(second);
    await until(() => firefoxBadgeText(page), (t) => t.includes(b.rate) && t.includes(b.letter), `the badge after navigating to ${second.url} to show ${b.letter} ${b.rate}`);
    expect(await firefoxBadgeCount(page)).toBe(1);
    await page.close();
  });

  it('the panel shortlists the account and opens the popup; the shortlist page lists it and exports CSV', async () => {
    const c = CASES[0];
    const page = await ff.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${String(e)}`));
    await page.goto(c.first.url);
    await until(() => firefoxBadgeText(page), (t) => t.length > 0, 'the badge');
    await clickInBadge(page, '.rr-badge');
    await clickInBadge(page, '.rr-shortlist');
    await until(() => shadowText(page, '.rr-shortlist'), (t) => /shortlist/i.test(t) && !/^Add to shortlist$/.test(t), 'the panel to say the account is shortlisted');

    const popup = await nextExtensionPage(ff, '/popup.html', () => clickInBadge(page, '.rr-link'));
    popup.on('pageerror', (e) => pageErrors.push(`${popup.url()}: ${String(e)}`));
    const popupText = await until(() => popup.evaluate(() => document.body.innerText), (t) => t.includes(`@${c.first.handle}`) && t.includes('On your shortlist'), 'the popup to show the account, shortlisted');
    expect(popupText).toContain(expectedBadge(c.first).rate.replace(/%$/, ''));

    // The popup page's own navigation to the shortlist page (BiDi cannot open moz-extension:// pages).
    await popup.evaluate((origin) => location.assign(`${origin}/shortlist.html`), EXTENSION_ORIGIN);
    await until(() => popup.evaluate(() => Array.from(document.querySelectorAll('table.vet-table tbody tr')).map((r) => r.getAttribute('data-key'))), (keys) => keys.length === 1, 'the shortlist row');
    expect(await popup.evaluate(() => document.querySelector('table.vet-table tbody tr')?.getAttribute('data-key'))).toBe(`instagram:${c.first.handle}`);

    // Export: the file the download would save (its name and text), caught where the page hands it to the browser.
    await popup.evaluate(() => {
      const w = window as unknown as { exported?: Promise<{ name: string; text: string }> };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) w.exported = fetch(this.href).then((r) => r.text()).then((text) => ({ name: this.download, text }));
        return click.call(this);
      };
      (document.querySelector('button[data-export="shortlist-csv"]') as HTMLButtonElement).click();
    });
    const file = await until(() => popup.evaluate(() => (window as unknown as { exported?: Promise<{ name: string; text: string }> }).exported ?? null), (f) => f !== null, 'the CSV export');
    expect(file!.name).toMatch(/^realreach-shortlist-1-account-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file!.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0].startsWith('Platform,Handle,Name')).toBe(true);
    expect(lines[1].startsWith(`instagram,${c.first.handle},`)).toBe(true);
    expect(lines[1]).toContain(',48213,');
    await page.close();
  });

  it('a followers list loads its reader on demand: the popup then shows the audience sample', async () => {
    const c = CASES[0];
    const followersUrl = `https://www.instagram.com/${c.first.handle}/followers/`;
    ff.serve(followersUrl, fixture('instagram/followers-en.html'));
    const page = await ff.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${String(e)}`));
    await page.goto(followersUrl);
    // The sample is sent as soon as the injected reader has read the list; then to the profile, in-site.
    await new Promise((r) => setTimeout(r, 3_000));
    await spaNavigate(page, c.first.url, c.first.html);
    await until(() => firefoxBadgeText(page), (t) => t.length > 0, 'the badge on the profile');
    await clickInBadge(page, '.rr-badge');
    const popup = await nextExtensionPage(ff, '/popup.html', () => clickInBadge(page, '.rr-link'));
    await until(() => popup.evaluate(() => document.querySelector('section.audience')?.textContent ?? ''), (t) => /Audience sample: 4 followers seen/.test(t), 'the popup to show the audience sample');
    await page.close();
  });

  it('a Japanese page loads the full unit-word table on demand ("4.8万"), then shows the badge Node computes', async () => {
    const ja: PageCase = { url: 'https://x.com/hanako_dev', handle: 'hanako_dev', html: fixture('x/profile-rendered-ja.html') };
    ff.serve(ja.url, ja.html);
    const page = await ff.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${String(e)}`));
    await page.goto(ja.url);
    const a = expectedBadge(ja);
    await until(() => firefoxBadgeText(page), (t) => t.includes(a.rate) && t.includes(a.letter), `the badge on ${ja.url} to show ${a.letter} ${a.rate}`);
    await page.close();
  });

  it('raised no page errors and made no request beyond the fixtures', () => {
    expect(pageErrors).toEqual([]);
    // Firefox asks each page for its favicon, and the followers fixture's page for its own avatars
    // (refused); nothing else may leave.
    expect(ff.refused.filter((u) => !u.endsWith('/favicon.ico') && !u.startsWith('https://scontent.cdninstagram.com/'))).toEqual([]);
  });
});
