import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './lib/hosts';
import { siteContentScripts } from './scripts/site-content-scripts';
import { contentScriptBrowser } from './scripts/content-browser';
import { contentUnits } from './scripts/content-units';
import { compileHint } from './scripts/compile-hint';
import { SITES } from './lib/sites/list';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  // One content script per site of lib/sites/list.ts, each with its own adapter only, and the parts injected on demand.
  hooks: {
    'entrypoints:found': (wxt, infos) => {
      infos.push(...siteContentScripts(wxt.config.wxtDir));
    },
  },
  vite: () => ({
    // preset-vite's types come from the top-level vite (vitest's), wxt bundles its own: same API.
    // Content scripts use the browser's own promise-based API, not webextension-polyfill (lib/content/browser.ts).
    // The sites' content scripts carry the core of CLDR's unit words, the rest is a part (lib/count-tables.ts).
    // Scripts injected into pages start with V8's compile hint (scripts/compile-hint.ts); not the
    // bench's idle copy: what the hint costs or saves is RealReach's, not the stack's.
    // REALREACH_NO_COMPILE_HINT=1 builds without it, for an A/B (npm run bench:visit, bench/ANALYSIS.md).
    plugins: [preact() as never, contentScriptBrowser() as never, contentUnits(SITES.map((s) => s.platform)) as never, compileHint(process.env.REALREACH_IDLE_CONTENT !== '1' && process.env.REALREACH_NO_COMPILE_HINT !== '1') as never],
    // `npm run bench` also builds an idle copy (REALREACH_IDLE_CONTENT=1) whose site scripts are
    // WXT's wrapper with nothing to do (scripts/site-content-scripts.ts): what the stack costs a page.
    // The Firefox e2e copy (REALREACH_OPEN_BADGE_ROOT=1, scripts/test-all.mjs) opens the badge's shadow root:
    // Firefox's driver cannot reach a content script's world, as Chromium's tests do. Closed in every other build.
    // REALREACH_SOURCEMAP=1: source maps beside the bundles, for `npm run bench:hot` on kept profiles.
    ...(process.env.REALREACH_SOURCEMAP === '1' ? { build: { sourcemap: true } } : {}),
    define: {
      __OPEN_BADGE_ROOT__: JSON.stringify(process.env.REALREACH_OPEN_BADGE_ROOT === '1'),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the parts loaded on demand (lib/parts.ts: the followers-list reader, the badge's
    // panel, the full unit-word table, the post pages' readers of YouTube and Instagram) are injected
    // only into a page that needs them (lib/background/inject.ts); no install warning, host access
    // stays the site list's.
    permissions: ['storage', 'scripting'],
    host_permissions: SITE_MATCHES,
    // Icons drawn in assets/icon/*.svg, rasterised by scripts/icons.sh (WXT also finds public/icon/<size>.png).
    icons: ICONS,
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
      // Firefox: the light-coloured icon on dark toolbars, the blue tile on light ones.
      ...(browser === 'firefox'
        ? { theme_icons: [16, 32].map((size) => ({ size, light: `icon-dark/${size}.png`, dark: `icon/${size}.png` })) }
        : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'realreach@realreach.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
