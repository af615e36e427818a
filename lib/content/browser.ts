/**
 * The extension API in the content scripts, without webextension-polyfill: wxt.config.ts resolves
 * `wxt/browser` here in content-script builds only (the popup, options and background keep the
 * polyfill). The polyfill was 9 kB of every content script and ran on every page (npm run bench,
 * bench/results.md). What the content scripts call needs none of it: Firefox's own `browser` returns
 * promises, and so does Chrome's `chrome` in Manifest V3 when no callback is passed
 * (runtime.sendMessage); runtime.onMessage listeners answer with sendResponse, which both support.
 */
import type { browser as Polyfilled } from '@wxt-dev/webextension-polyfill/browser';

const g = globalThis as { browser?: typeof Polyfilled; chrome?: typeof Polyfilled };

export const browser: typeof Polyfilled = g.browser?.runtime?.id ? g.browser : g.chrome!;
export default browser;
