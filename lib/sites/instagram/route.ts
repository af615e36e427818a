/**
 * Instagram URLs and links: which page a URL is, and which account or post a link names.
 * Handles are compared without case; shortcodes keep theirs.
 */
import type { PageRoute } from '../common';
import { plainLinkPath } from '../links';

export const ORIGIN = 'https://www.instagram.com';
export const HANDLE = /^[a-z0-9._]{1,30}$/i;
const POST_ID = /^[A-Za-z0-9_-]{5,64}$/;
const POST_KINDS = new Set(['p', 'reel', 'tv']);
// Second path segments that still show the profile header (tabs, follower lists opened as dialogs).
const PROFILE_TABS = new Set(['reels', 'tagged', 'followers', 'following']);
// First path segments that are Instagram's own pages, not accounts.
const RESERVED = new Set([
  'explore', 'accounts', 'direct', 'stories', 'reels', 'p', 'reel', 'tv', 'about', 'legal', 'developer',
  'web', 'graphql', 'api', 'challenge', 'emails', 'session', 'privacy', 'terms', 'help', 'press',
  'directory', 'lite', 'download', 'nametag', 'ar', 'your_activity', 'create', 'oauth', 'qr', 'insights',
  'ads', 'invites', 'topics', 'locations', 'popular', 'audio', 'notifications', 'meta-verified', 'threads',
]);

export interface IgRoute extends PageRoute {
  tab?: string;
  kind?: string;
}

export function igRoute(url: URL): IgRoute | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (!first) return null;
  if (POST_KINDS.has(first)) {
    return parts.length === 2 && POST_ID.test(second) ? { page: 'post', postId: second, kind: first } : null;
  }
  if (RESERVED.has(first.toLowerCase()) || !HANDLE.test(first)) return null;
  const handle = first.toLowerCase();
  if (parts.length === 1) return { page: 'profile', handle };
  if (parts.length === 2 && PROFILE_TABS.has(second)) return { page: 'profile', handle, tab: second };
  if (parts.length === 3 && POST_KINDS.has(second) && POST_ID.test(third)) {
    return { page: 'post', handle, postId: third, kind: second };
  }
  return null;
}

/** A same-site link's path with a trailing slash: "/pluto__travel/followers/" (shortcodes keep their case). */
export function linkPath(a: Element): string | undefined {
  const href = a.getAttribute('href');
  if (!href) return undefined;
  // Grid tiles and header links are plain paths: read without a URL.
  const plain = plainLinkPath(href);
  if (plain !== undefined) return plain.replace(/\/?$/, '/');
  try {
    const u = new URL(href, ORIGIN);
    // Only the site itself: a bio link to "l.instagram.com/?u=..." or another site is never a count link.
    if (!/^(www\.)?instagram\.com$/.test(u.hostname)) return undefined;
    return u.pathname.replace(/\/?$/, '/');
  } catch {
    return undefined;
  }
}

/** "/willyrex/" -> "willyrex"; undefined for non-account paths. */
export function handleFromPath(path: string | undefined): string | undefined {
  const parts = path?.split('/').filter(Boolean) ?? [];
  const handle = parts[0]?.toLowerCase();
  return parts.length === 1 && HANDLE.test(handle) && !RESERVED.has(handle) ? handle : undefined;
}

/** Post shortcode (and the handle, when the link has one) named by a path: "/p/ID/", "/HANDLE/reel/ID/". */
export function postIdFromPath(path: string | undefined): { id: string; kind: string; handle?: string } | undefined {
  const m = /^\/(?:([^/]+)\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/$/i.exec(path ?? '');
  if (!m) return undefined;
  return { kind: m[2].toLowerCase(), id: m[3], handle: m[1]?.toLowerCase() };
}

/**
 * The account a "Name (@handle)" text names: the LAST "(@handle)" in it. Instagram writes the
 * account's display name before its handle, so a display name that itself holds "(@other)" comes
 * first and is never taken for the account (issue 17, defect 2).
 */
export function namedHandle(text: string | undefined): { name?: string; handle: string } | undefined {
  const all = [...(text ?? '').matchAll(/\(@([a-z0-9._]{1,30})\)/gi)];
  const last = all[all.length - 1];
  if (!last) return undefined;
  const before = (text ?? '').slice(0, last.index).trim();
  return { handle: last[1].toLowerCase(), name: before || undefined };
}
