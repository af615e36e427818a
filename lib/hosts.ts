/**
 * The pages RealReach runs on. Host access is limited to these (README: "Permissions"); the
 * content script's `matches` are the same list, so WXT derives the host permissions from it.
 */
export const SITE_MATCHES = [
  'https://www.instagram.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://bsky.app/*',
];
