/**
 * The one list of sites RealReach reads. Everything that names the platforms derives from it:
 * the manifest's host permissions and the content scripts' matches (lib/hosts.ts, wxt.config.ts),
 * one content script per site (scripts/site-content-scripts.ts writes them at build time), the
 * adapter registry (./index.ts), the popup's and options' site lists, `analyze`'s messages, the
 * message keys the UI builds from platform names, and the conformance test's supported platforms.
 *
 * Pure data, no imports but types: the popup, the options page and every content script import it,
 * and must not pull an adapter in with it (the options page once bundled all five: 65 kB).
 *
 * A new site: its adapter folder lib/sites/<platform>/ (index.ts exporting a SiteAdapter) and its
 * constant here, in SITES.
 */
import type { Platform } from '../snapshot';

export interface Site {
  platform: Platform;
  /** The site's own name (the UI words it through the `platform_<platform>` message). */
  name: string;
  /** Exact host names it is read on; each is a match pattern `https://HOST/*` and a host permission. */
  hosts: readonly string[];
  /** Where its adapter lives: a module under lib/sites/ whose exports include the SiteAdapter. */
  adapter: string;
  /** Where its followers-list reader lives (a module under lib/sites/ exporting `followersSite`), if the site shows one. */
  followers?: string;
  /**
   * A site whose content script leaves its post pages' reader to a part (lib/parts.ts
   * `post-reader`): `contentAdapter` is the adapter the content script bundles instead of
   * `adapter` (lib/sites/page-kinds.ts readerFromPart), `postReader` the module exporting the
   * reader as `postReader`, its own bundle injected on demand. Both or neither.
   */
  contentAdapter?: string;
  postReader?: string;
}

// One constant per site, so that a site's own code (its adapter, its followers gate) takes its entry
// alone: a content script holds its own site's line, not the list (npm run bench).
export const instagramSite: Site = {
  platform: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  adapter: 'instagram',
  followers: 'instagram/followers',
  contentAdapter: 'instagram/content',
  postReader: 'instagram/post-page',
};
export const xSite: Site = { platform: 'x', name: 'X', hosts: ['x.com', 'twitter.com', 'mobile.x.com'], adapter: 'x', followers: 'x/followers' };
export const tiktokSite: Site = { platform: 'tiktok', name: 'TikTok', hosts: ['www.tiktok.com'], adapter: 'tiktok', followers: 'tiktok/followers' };
export const youtubeSite: Site = {
  platform: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'm.youtube.com'],
  adapter: 'youtube',
  contentAdapter: 'youtube/content',
  postReader: 'youtube/video-page',
};
export const blueskySite: Site = { platform: 'bluesky', name: 'Bluesky', hosts: ['bsky.app'], adapter: 'bluesky', followers: 'bluesky/followers' };
export const facebookSite: Site = { platform: 'facebook', name: 'Facebook', hosts: ['www.facebook.com', 'm.facebook.com'], adapter: 'facebook', followers: 'facebook/followers' };
export const linkedinSite: Site = { platform: 'linkedin', name: 'LinkedIn', hosts: ['www.linkedin.com'], adapter: 'linkedin' };
export const threadsSite: Site = { platform: 'threads', name: 'Threads', hosts: ['www.threads.com', 'www.threads.net'], adapter: 'threads', followers: 'threads/followers' };
export const twitchSite: Site = { platform: 'twitch', name: 'Twitch', hosts: ['www.twitch.tv'], adapter: 'twitch' };

export const SITES: readonly Site[] = [instagramSite, xSite, tiktokSite, youtubeSite, blueskySite, facebookSite, linkedinSite, threadsSite, twitchSite];

export const SUPPORTED_PLATFORMS: readonly Platform[] = /* @__PURE__ */ SITES.map((s) => s.platform);

/** The content-script match pattern of a host. */
export const matchPattern = (host: string): string => `https://${host}/*`;

/**
 * The entrypoint of a site's followers-list reader (content-scripts/<name>.js), if it has one: not
 * in the manifest, injected by the background when the site's page shows the list (lib/background/inject.ts).
 */
export const followersEntry = (site: Site): string | undefined => (site.followers ? `${site.platform}-followers` : undefined);

/** The entrypoint of a site's post-page reader (content-scripts/<name>.js), if its content script leaves it to a part. */
export const postReaderEntry = (site: Site): string | undefined => (site.postReader ? `${site.platform}-post-reader` : undefined);

/** The site a platform is, if RealReach reads it. */
export function siteOf(platform: Platform): Site | undefined {
  return SITES.find((s) => s.platform === platform);
}

/** The site whose hosts include the URL's host (exact, case-insensitive), or undefined. */
export function siteForUrl(url: string | URL): Site | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return SITES.find((s) => s.hosts.includes(host));
}

/** The sites' names in one phrase: "Instagram, X, TikTok, YouTube and Bluesky". */
export function siteNames(): string {
  const names = SITES.map((s) => s.name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
