/** X URLs: which page a path is, and the same-site links inside a page. */
import type { PageRoute } from '../common';
import { plainLinkPath } from '../links';

export const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
export const STATUS_ID = /^\d{1,25}$/;
// Profile tabs that list the account's own posts.
const PROFILE_TABS = new Set(['with_replies', 'media', 'highlights']);
// First path segments that are X's own pages, not accounts.
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'login', 'logout',
  'signup', 'flow', 'tos', 'privacy', 'rules', 'jobs', 'about', 'download', 'hashtag', 'intent', 'share',
  'account', 'lists', 'bookmarks', 'communities', 'premium', 'premium_sign_up', 'topics', 'moments',
  'display', 'keyboard_shortcuts', 'jf', 'grok', 'who_to_follow', 'connect_people', 'your_twitter_data',
  'personalization', 'verified', 'user_spam_reports', 'safety', 'help', 'business', 'ads', 'follower_requests',
]);

export interface XRoute extends PageRoute {
  tab?: string;
}

export function xRoute(url: URL): XRoute | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (!first) return null;
  // /i/web/status/ID: a post link without the author's handle
  if (first === 'i' && second === 'web' && parts[2] === 'status' && STATUS_ID.test(parts[3] ?? '')) {
    return { page: 'post', postId: parts[3] };
  }
  if (RESERVED.has(first.toLowerCase()) || !HANDLE.test(first)) return null;
  if (parts.length === 1) return { page: 'profile', handle: first };
  if (parts.length === 2 && PROFILE_TABS.has(second)) return { page: 'profile', handle: first, tab: second };
  // /handle/status/ID, also /handle/status/ID/photo/1 and /analytics (dialogs over the post)
  if (second === 'status' && STATUS_ID.test(third ?? '')) return { page: 'post', handle: first, postId: third };
  return null;
}

/** Handles compare without case: X URLs are case-insensitive. */
export const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** A same-site link's path split in segments: "/Kikobeats/status/1759" -> ["Kikobeats", "status", "1759"]. */
export function linkParts(a: Element): string[] {
  const href = a.getAttribute('href');
  if (!href) return [];
  // Plain same-site paths ("/Kikobeats/status/1759..."), as every post holds several: split them
  // without building a URL. Anything else (absolute, "//host", dot segments, escapes) goes through URL.
  const plain = plainLinkPath(href);
  if (plain !== undefined) return plain.split('/').filter(Boolean);
  try {
    const u = new URL(href, 'https://x.com');
    if (!/(^|\.)(x|twitter)\.com$/.test(u.hostname)) return [];
    return u.pathname.split('/').filter(Boolean);
  } catch {
    return [];
  }
}
