/**
 * Vite plugin (wxt.config.ts): in a content script's build, `wxt/browser` (which the polyfill module
 * aliases to @wxt-dev/webextension-polyfill/browser) resolves to lib/content/browser.ts, the
 * browser's own API. Other builds (background, popup, options) keep the polyfill. And WXT's
 * content-script context resolves to lib/content/context.ts: what lib/content uses of it, in a
 * fraction of the code (npm run bench).
 */
import { resolve } from 'node:path';

const POLYFILLED = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);
const OWN = resolve(import.meta.dirname, '../lib/content/browser.ts');
/** WXT's content-script context (its entrypoint wrapper constructs one), for our smaller one. */
const WXT_CONTEXT = 'wxt/utils/content-script-context';
const OWN_CONTEXT = resolve(import.meta.dirname, '../lib/content/context.ts');

export function contentScriptBrowser() {
  let contentScript = false;
  return {
    name: 'realreach:content-script-browser',
    enforce: 'pre' as const,
    options(options: { input?: unknown }) {
      // WXT builds each content script on its own, from its entrypoint (`<name>.content.ts`).
      contentScript = /\.content\.[cm]?[jt]sx?/.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId(id: string) {
      if (!contentScript) return null;
      return POLYFILLED.has(id) ? OWN : id === WXT_CONTEXT ? OWN_CONTEXT : null;
    },
  };
}
