/** Shared steps of the vetting e2e tests: waiting for a tab's analysis, asking the background as an extension page does, axe. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Answers, Request } from '../../../lib/messages';
import { REPO_ROOT } from '../../support/shared';
import { fixture, tabIdFor, type ExtensionBrowser } from './extension';

declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, { status?: string } | undefined>> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};
declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[] }> };
const AXE_SOURCE = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Waits until the background has scored the tab (a plain loop: usable in hooks, where expect.poll is not). */
export async function waitForAnalysis(browser: ExtensionBrowser, tabId: number, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  let status = 'none';
  while (Date.now() < until) {
    status = await browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.status ?? 'none', tabId);
    if (status === 'ok') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tab ${tabId} was not analysed in ${timeout} ms (status: ${status})`);
}

/** Sends a request to the background from an extension page (as the shortlist page does). */
export async function askFrom<R extends Request>(page: Page, message: R): Promise<Answers[R['type']]> {
  return (await page.evaluate((m) => chrome.runtime.sendMessage(m), message as unknown)) as Answers[R['type']];
}

/** Serious or critical axe-core violations on a page (as "id: help @ target"). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} @ ${JSON.stringify(v.nodes[0]?.target)}`);
}

/** Pages in a PDF that Chromium wrote (its page objects are not compressed). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Three accounts on two platforms, served at their real addresses, read, and shortlisted (as the popup does, by tab). */
export const SITES = [
  { url: 'https://www.instagram.com/cafe.ritual/', html: fixture('instagram/profile-embedded.html'), tabs: 'https://www.instagram.com/*', key: 'instagram:cafe.ritual' },
  { url: 'https://www.tiktok.com/@miacocina', html: fixture('tiktok/profile.html'), tabs: 'https://www.tiktok.com/*', key: 'tiktok:miacocina' },
  { url: 'https://x.com/nadia_codes', html: fixture('x/profile.html'), tabs: 'https://x.com/*', key: 'x:nadia_codes' },
];

export async function shortlistThree(browser: ExtensionBrowser): Promise<Page> {
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/shortlist.html`);
  for (const site of SITES) {
    browser.serve(site.url, site.html);
    const page = await browser.context.newPage();
    await page.goto(site.url);
    const tabId = await tabIdFor(browser, site.tabs);
    await waitForAnalysis(browser, tabId);
    const r = await askFrom(ext, { type: 'shortlist-add', tabId });
    if (!r.ok) throw new Error(`could not shortlist ${site.key}: ${JSON.stringify(r)}`);
    await page.close();
  }
  return ext;
}

