/**
 * What a Facebook URL names (www.facebook.com and m.facebook.com share their paths):
 * - profiles and pages: /NAME, /NAME/{posts,videos,reels,photos,about,followers}, /profile.php?id=N,
 *   /people/NAME/N;
 * - posts: /NAME/posts/ID, /NAME/videos/ID, /NAME/photos/.../ID, /story.php and /permalink.php
 *   (?story_fbid=ID&id=OWNER), /watch/?v=ID, /reel/ID, /photo/?fbid=ID.
 * Home, search, groups, marketplace, settings and the like name no one account.
 */
import { decodePathPart, type PageRoute } from '../common';
import { pathParts } from '../dom';

const NOT_ACCOUNTS = new Set([
  'home.php', 'watch', 'groups', 'marketplace', 'gaming', 'events', 'friends', 'messages', 'notifications', 'settings',
  'search', 'bookmarks', 'login', 'login.php', 'help', 'policies', 'privacy', 'hashtag', 'stories', 'saved', 'ads',
  'business', 'pages', 'photo', 'photo.php', 'reel', 'reels', 'story.php', 'permalink.php', 'profile.php', 'people',
  'share', 'sharer.php', 'l.php', 'video', 'live', 'memories', 'fundraisers', 'jobs', 'games', 'legal', 'recover',
  'checkpoint', 'dialog', 'plugins', 'me', 'media', 'feeds', 'composer', 'ufi', 'browse', 'onthisday', 'latest', 'a',
]);
const PROFILE_TABS = new Set(['posts', 'videos', 'reels', 'photos', 'about', 'followers', 'following', 'community', 'mentions', 'reviews', 'live_videos']);
const ID = /^(?:\d{5,25}|pfbid[0-9A-Za-z]{10,80})$/;
const HANDLE = /^[A-Za-z0-9.\-_]{2,80}$/;

export function route(url: URL): PageRoute | null {
  const parts = pathParts(url.pathname).map(decodePathPart);
  const q = (k: string) => url.searchParams.get(k) ?? undefined;
  const first = (parts[0] ?? '').toLowerCase();
  if (first === 'story.php' || first === 'permalink.php') {
    const postId = q('story_fbid');
    const owner = q('id');
    return postId && ID.test(postId) && owner && /^\d{3,25}$/.test(owner) ? { page: 'post', handle: owner, postId } : null;
  }
  if (first === 'watch') return q('v') && /^\d{5,25}$/.test(q('v')!) ? { page: 'post', postId: q('v') } : null;
  if ((first === 'photo' || first === 'photo.php') && q('fbid') && /^\d{5,25}$/.test(q('fbid')!)) return { page: 'post', postId: q('fbid') };
  if (first === 'reel' && parts[1] && /^\d{5,25}$/.test(parts[1])) return { page: 'post', postId: parts[1] };
  if (first === 'profile.php') {
    const id = q('id');
    return id && /^\d{3,25}$/.test(id) ? { page: 'profile', handle: id } : null;
  }
  if (first === 'people' && parts[2] && /^\d{3,25}$/.test(parts[2])) return { page: 'profile', handle: parts[2] };
  if (!parts.length || NOT_ACCOUNTS.has(first) || !HANDLE.test(parts[0])) return null;
  const handle = parts[0];
  const tab = (parts[1] ?? '').toLowerCase();
  if (parts.length === 1) return { page: 'profile', handle };
  if ((tab === 'posts' || tab === 'videos') && parts[2]) return ID.test(parts[2]) ? { page: 'post', handle, postId: parts[2] } : null;
  if (tab === 'photos' && parts.length >= 3) {
    const id = parts[parts.length - 1];
    return /^\d{5,25}$/.test(id) ? { page: 'post', handle, postId: id } : null;
  }
  return parts.length === 2 && PROFILE_TABS.has(tab) ? { page: 'profile', handle } : null;
}

/** True when a link's href names the account `handle` (a page name or a numeric id), on any Facebook host. */
export function linkNames(href: string | null, handle: string): boolean {
  if (!href) return false;
  let u: URL;
  try {
    u = new URL(href, 'https://www.facebook.com/');
  } catch {
    return false;
  }
  if (!/(^|\.)facebook\.com$/.test(u.hostname)) return false;
  const h = handle.toLowerCase();
  const parts = pathParts(u.pathname).map((p) => decodePathPart(p).toLowerCase());
  if (parts[0] === 'profile.php' || parts[0] === 'story.php' || parts[0] === 'permalink.php') return u.searchParams.get('id') === handle;
  if (parts[0] === 'pages') return parts.includes(h);
  if (parts[0] === 'people') return parts[2] === h;
  return parts[0] === h;
}
