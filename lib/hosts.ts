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

/**
 * The platform each host RealReach reads belongs to (the adapters' `hosts`; a unit test keeps the
 * two lists equal). The background accepts a page report only for the platform of the tab that
 * sent it, without bundling the adapters.
 */
const PLATFORM_OF_HOST: Record<string, 'instagram' | 'x' | 'tiktok' | 'youtube' | 'bluesky'> = {
  'www.instagram.com': 'instagram',
  'instagram.com': 'instagram',
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'mobile.twitter.com': 'x',
  'www.tiktok.com': 'tiktok',
  'tiktok.com': 'tiktok',
  'm.tiktok.com': 'tiktok',
  'www.youtube.com': 'youtube',
  'youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'bsky.app': 'bluesky',
};

export const HOST_PLATFORMS: Readonly<Record<string, string>> = PLATFORM_OF_HOST;

/** The platform of an https URL RealReach reads, or undefined. */
export function platformOfUrl(url: string | undefined): (typeof PLATFORM_OF_HOST)[string] | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? PLATFORM_OF_HOST[u.hostname.toLowerCase()] : undefined;
  } catch {
    return undefined;
  }
}
