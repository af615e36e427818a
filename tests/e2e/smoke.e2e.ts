import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, tabIdFor, type ExtensionBrowser } from './support/extension';

describe('extension loads in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('has a service worker, and its popup says so on a site it does not read', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    browser.serve('https://example.com/', '<!doctype html><html><head><title>Example</title></head><body><main>hello</main></body></html>');
    const page = await browser.context.newPage();
    await page.goto('https://example.com/');
    const tabId = await tabIdFor(browser, null);
    await expect.poll(async () => {
      const popup = await openPopupFor(browser, tabId);
      const text = await popup.locator('body').innerText();
      await popup.close();
      return text;
    }, { timeout: 15_000 }).toContain('Not a supported site');
  });
});
