import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts RealReach reads. Host access is limited to these (README: "Permissions").
export const SITE_MATCHES = [
  'https://www.instagram.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://bsky.app/*',
];

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // preset-vite's types come from the top-level vite (vitest's), wxt bundles its own: same API.
    plugins: [preact() as never],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
