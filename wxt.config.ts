import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './lib/hosts';
import { siteContentScripts } from './scripts/site-content-scripts';

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  // One content script per site of lib/sites/list.ts, each with its own adapter only.
  hooks: {
    'entrypoints:found': (wxt, infos) => {
      infos.push(...siteContentScripts(wxt.config.wxtDir));
    },
  },
  vite: () => ({
    // preset-vite's types come from the top-level vite (vitest's), wxt bundles its own: same API.
    plugins: [preact() as never],
    // `npm run bench` also builds an idle copy (REALREACH_IDLE_CONTENT=1) whose content scripts load
    // and stop: what the stack costs a page before RealReach does any work. Off in every other build.
    define: { __IDLE_CONTENT_SCRIPT__: JSON.stringify(process.env.REALREACH_IDLE_CONTENT === '1') },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: SITE_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
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
