/**
 * TikTok: profile pages (/@handle) and video or photo pages (/@handle/video/ID, /@handle/photo/ID).
 *
 * Sources, best first:
 * 1. The rehydration state TikTok embeds in the HTML (`__UNIVERSAL_DATA_FOR_REHYDRATION__`, before
 *    2023 `SIGI_STATE`, before 2022 `__NEXT_DATA__`). TikTok navigates in-site, so this state can
 *    describe an earlier page: it is only used when its uniqueId / video id matches the URL.
 * 2. JSON-LD (the profile's ProfilePage block), checked against the URL the same way.
 * 3. `data-e2e` test hooks in the rendered page (never the generated class names).
 *
 * Since 2024 the numeric `stats` are rounded to the displayed precision (783427 followers arrive as
 * 783400 beside an exact `statsV2` string); a round number is therefore read as abbreviated.
 */
import type { Count, Post, Profile, Snapshot } from '../snapshot';
import {
  bestCount,
  compact,
  MAX_POSTS,
  CAPPED_NOTE,
  countFromNumber,
  countFromText,
  dig,
  interactionCount,
  isRecord,
  jsonLdObjects,
  pageLocale,
  scriptJsonById,
  assignedJson,
  snapshot,
  textOf,
  type PageRoute,
  type SiteAdapter,
  decodePathPart,
  parseUrl,
} from './common';

const HOSTS = ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'] as const;

type Rec = Record<string, unknown>;

interface UserData {
  user: Rec;
  stats?: Rec;
  statsV2?: Rec;
  items: Rec[];
}

export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  hosts: HOSTS,
  route,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && HOSTS.includes(u.hostname as (typeof HOSTS)[number]) ? route(u) : null;
    if (!u || !r?.handle) return null;
    return r.page === 'profile' ? readProfile(doc, u.href, r.handle) : readPost(doc, u.href, r.handle, r.postId!);
  },
  badgeAnchor(doc, snap) {
    if (snap.page === 'profile') {
      // Profile header: <h1 data-e2e="user-title">handle</h1> <h2 data-e2e="user-subtitle">nickname</h2>
      return doc.querySelector('[data-e2e="user-title"], [data-e2e="user-subtitle"]');
    }
    // Video page (2023-2025): author link in the description block; the dialog over a feed uses "browse-".
    const id = snap.posts[0]?.id;
    const scope = (id && videoScope(doc, id, [])) || doc;
    return scope.querySelector('[data-e2e="browse-username"], [data-e2e="video-author-uniqueid"], [data-e2e="browser-nickname"]');
  },
};

function route(url: URL): PageRoute | null {
  const path = url.pathname;
  const profile = /^\/@([^/]+)\/?$/.exec(path);
  if (profile) return { page: 'profile', handle: decodePathPart(profile[1]) };
  const post = /^\/@([^/]+)\/(?:video|photo)\/(\d{5,25})\/?$/.exec(path);
  if (post) return { page: 'post', handle: decodePathPart(post[1]), postId: post[2] };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Profile

function readProfile(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const data = userData(doc, handle, notes);
  const ld = profileJsonLd(doc, handle);
  const header = domHeaderFor(doc, handle, notes);

  const s = data?.statsV2;
  const t = data?.stats;
  const dom = (hook: string) => (header ? countFromText(textOf(doc.querySelector(`[data-e2e="${hook}"]`)), 'text', locale) : undefined);
  const profile: Profile = compact({
    handle: str(data?.user.uniqueId) ?? handle,
    name: str(data?.user.nickname) ?? (header ? textOf(doc.querySelector('[data-e2e="user-subtitle"]')) || undefined : undefined),
    verified: typeof data?.user.verified === 'boolean' ? data.user.verified : undefined,
    // Profile header: <strong title="Followers" data-e2e="followers-count">783.4K</strong>
    followers: bestCount(num(s?.followerCount), ld.followers, num(t?.followerCount), dom('followers-count')),
    // <strong title="Following" data-e2e="following-count">0</strong>
    following: bestCount(num(s?.followingCount), num(t?.followingCount), dom('following-count')),
    // Total hearts: <strong title="Likes" data-e2e="likes-count">3.9M</strong>
    likes: bestCount(num(s?.heartCount ?? s?.heart), ld.likes, num(t?.heartCount ?? t?.heart), dom('likes-count')),
    posts: bestCount(num(s?.videoCount), num(t?.videoCount)),
  });
  if (!profile.posts) notes.push('The video count is only in the data TikTok embeds on a fresh page load; reload the profile to read it.');

  const posts = profilePosts(doc, handle, data?.items ?? [], locale, notes);
  if (!profile.followers && !profile.following && !profile.likes && !posts.length) return null;
  for (const key of ['followers', 'following', 'likes'] as const) {
    if (!profile[key]) notes.push(`Could not read the ${key === 'likes' ? 'total likes' : key} count.`);
  }
  return snapshot('tiktok', url, 'profile', profile, posts, notes);
}

/** The profile's videos: grid cards in page order, enriched with embedded per-video stats when present. */
function profilePosts(doc: Document, handle: string, items: Rec[], locale: string | undefined, notes: string[]): Post[] {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const pinLabel = pinnedLabel(doc);
  const posts: Post[] = [];
  const seen = new Set<string>();
  // Profile grid (2022-2025): <div data-e2e="user-post-item"><a href="https://www.tiktok.com/@h/video/ID">
  //   ... <strong data-e2e="video-views">192.1K</strong>; a pinned card adds <div data-e2e="video-card-badge">Pinned</div>
  for (const card of Array.from(doc.querySelectorAll('[data-e2e="user-post-item"]'))) {
    if (posts.length >= MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const link = card.querySelector('a[href*="/video/"], a[href*="/photo/"]')?.getAttribute('href') ?? '';
    const m = /\/@([^/?#]+)\/(?:video|photo)\/(\d+)/.exec(link);
    // The Reposts and Liked tabs use the same grid for other accounts' videos: keep only this account's own.
    if (!m || !sameHandle(decodePathPart(m[1]), handle) || seen.has(m[2])) continue;
    seen.add(m[2]);
    const item = byId.get(m[2]);
    const post = item ? itemPost(item) : { id: m[2] };
    post.url = absolute(link);
    post.views ??= countFromText(textOf(card.querySelector('[data-e2e="video-views"]')), 'text', locale);
    const badges = Array.from(card.querySelectorAll('[data-e2e="video-card-badge"]')).map((b) => textOf(b).toLowerCase());
    if (badges.some((b) => b === pinLabel || b === 'pinned')) post.pinned = true;
    posts.push(compact(post));
  }
  if (!posts.length) {
    for (const item of items) {
      if (!sameHandle(authorOf(item) ?? handle, handle)) continue;
      posts.push(compact({ ...itemPost(item), url: `https://www.tiktok.com/@${handle}/video/${String(item.id)}` }));
    }
  }
  if (!posts.length) notes.push('No videos of this account were visible in the grid.');
  return posts;
}

/** The page's own word for a pinned card (TikTok's translation table), lower-cased. */
function pinnedLabel(doc: Document): string {
  const scope = rehydrationScope(doc);
  return (str(dig(scope, 'webapp.i18n-translation', 'Webapp', 'profile_page_pin')) ?? 'pinned').toLowerCase();
}

/** The embedded account data when it describes `handle`, from whichever generation of state the page has. */
function userData(doc: Document, handle: string, notes: string[]): UserData | undefined {
  const found: UserData[] = [];
  const scope = rehydrationScope(doc);
  const info = dig(scope, 'webapp.user-detail', 'userInfo');
  if (isRecord(info) && isRecord(info.user)) {
    found.push({ user: info.user, stats: rec(info.stats), statsV2: rec(info.statsV2), items: recs(info.itemList) });
  }
  const sigi = sigiState(doc);
  const users = dig(sigi, 'UserModule', 'users');
  if (isRecord(users)) {
    const items = Object.values(rec(dig(sigi, 'ItemModule')) ?? {}).filter(isRecord);
    for (const [key, user] of Object.entries(users)) {
      if (isRecord(user)) found.push({ user, stats: rec(dig(sigi, 'UserModule', 'stats', key)), items });
    }
  }
  const next = scriptJsonById(doc, '__NEXT_DATA__');
  const nextInfo = dig(next, 'props', 'pageProps', 'userInfo');
  if (isRecord(nextInfo) && isRecord(nextInfo.user)) {
    found.push({ user: nextInfo.user, stats: rec(nextInfo.stats), items: recs(dig(next, 'props', 'pageProps', 'items')) });
  }
  const match = found.find((d) => sameHandle(str(d.user.uniqueId), handle));
  if (!match && found.length) {
    notes.push(`The data embedded in the page describes another account (${found.map((d) => '@' + String(d.user.uniqueId)).join(', ')}), left over from in-site navigation; counts were read from the page itself.`);
  }
  return match;
}

/** Followers and total likes from the ProfilePage JSON-LD, when it is about `handle`. */
function profileJsonLd(doc: Document, handle: string): { followers?: Count; likes?: Count } {
  for (const obj of jsonLdObjects(doc)) {
    const person = isRecord(obj.mainEntity) ? obj.mainEntity : obj;
    const ids = [person.alternateName, person.identifier, person.url].map((v) => str(v)?.replace(/^.*\/@|^@/, ''));
    if (!ids.some((id) => sameHandle(id, handle))) continue;
    return {
      followers: countFromNumber(interactionCount(person, 'FollowAction'), 'json-ld'),
      likes: countFromNumber(interactionCount(person, 'LikeAction'), 'json-ld'),
    };
  }
  return {};
}

/** True when the rendered header shows `handle` (or shows no handle at all); false while it still shows another account. */
function domHeaderFor(doc: Document, handle: string, notes: string[]): boolean {
  const title = textOf(doc.querySelector('[data-e2e="user-title"]')).replace(/^@/, '');
  if (!title || sameHandle(title, handle)) return true;
  const subtitle = textOf(doc.querySelector('[data-e2e="user-subtitle"]')).replace(/^@/, '');
  if (sameHandle(subtitle, handle)) return true; // layouts before 2024 put the nickname in the title
  notes.push(`The page header still shows @${title}; its counts were not used.`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Video / photo page

function readPost(doc: Document, url: string, handle: string, id: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const data = itemData(doc, id, notes);
  const item = data?.item;

  const post: Post = item ? itemPost(item) : { id };
  post.url = url.split(/[?#]/)[0];
  const scope = videoScope(doc, id, notes);
  if (scope) {
    const dom = (...hooks: string[]) =>
      countFromText(textOf(scope.querySelector(hooks.map((h) => `[data-e2e="${h}"]`).join(', '))), 'text', locale);
    // Action bar of the video page (2022-2025): <strong data-e2e="like-count">1.2M</strong>, comment-count,
    // share-count, and the bookmark count under the hook TikTok ships as "undefined-count".
    // The video dialog opened over a feed or profile uses "browse-like-count" / "browse-comment-count".
    post.likes = bestCount(post.likes, dom('like-count', 'browse-like-count'));
    post.comments = bestCount(post.comments, dom('comment-count', 'browse-comment-count'));
    post.shares = bestCount(post.shares, dom('share-count', 'browse-share-count'));
    post.saves = bestCount(post.saves, dom('undefined-count', 'collect-count', 'browse-collect-count'));
  }
  if (!post.views) notes.push('TikTok shows a video\'s play count only in the data embedded on a fresh page load; reload the video to read it.');

  const author = item && isRecord(item.author) ? item.author : undefined;
  const s = data?.authorStatsV2;
  const t = data?.authorStats;
  const profile: Profile = compact({
    handle: authorOf(item) ?? handle,
    name: str(author?.nickname),
    verified: typeof author?.verified === 'boolean' ? author.verified : undefined,
    followers: bestCount(num(s?.followerCount), num(t?.followerCount)),
    following: bestCount(num(s?.followingCount), num(t?.followingCount)),
    likes: bestCount(num(s?.heartCount ?? s?.heart), num(t?.heartCount ?? t?.heart)),
    posts: bestCount(num(s?.videoCount), num(t?.videoCount)),
  });
  if (!profile.followers) notes.push('The author\'s follower count is not shown on a video page; open the profile to read it.');

  const counted = ['likes', 'comments', 'shares', 'views', 'saves'] as const;
  if (!counted.some((k) => post[k])) return null;
  for (const k of counted) if (!post[k] && k !== 'views') notes.push(`Could not read the video's ${k} count.`);
  return snapshot('tiktok', url, 'post', profile, [compact(post)], notes);
}

interface ItemData {
  item: Rec;
  authorStats?: Rec;
  authorStatsV2?: Rec;
}

/** The embedded video when it is the one in the URL. */
function itemData(doc: Document, id: string, notes: string[]): ItemData | undefined {
  const found: ItemData[] = [];
  const struct = dig(rehydrationScope(doc), 'webapp.video-detail', 'itemInfo', 'itemStruct');
  if (isRecord(struct)) found.push({ item: struct, authorStats: rec(struct.authorStats), authorStatsV2: rec(struct.authorStatsV2) });
  const sigi = sigiState(doc);
  const sigiItem = dig(sigi, 'ItemModule', id);
  if (isRecord(sigiItem)) {
    const author = authorOf(sigiItem);
    const stats = author ? rec(dig(sigi, 'UserModule', 'stats', author)) : undefined;
    found.push({ item: sigiItem, authorStats: stats ?? rec(sigiItem.authorStats) });
  }
  const nextItem = dig(scriptJsonById(doc, '__NEXT_DATA__'), 'props', 'pageProps', 'itemInfo', 'itemStruct');
  if (isRecord(nextItem)) found.push({ item: nextItem, authorStats: rec(nextItem.authorStats) });
  const match = found.find((d) => String(d.item.id) === id);
  if (!match && found.length) {
    notes.push('The data embedded in the page describes an earlier video (in-site navigation); counts were read from the page itself.');
  }
  return match;
}

/**
 * The part of the page holding this video's action bar. Each bar belongs to the nearest enclosing
 * block that holds a player (ids like "xgwrapper-0-ID") or a video link; a bar counts when that block
 * names this video only and holds this one bar. A lone bar is otherwise taken only on a plain video
 * page: not when it sits next to another video's player or links, nor on a feed (as when the dialog
 * of this video is gone and only another feed video's bar is left).
 */
function videoScope(doc: Document, id: string, notes: string[]): ParentNode | null {
  const likeBars = Array.from(doc.querySelectorAll(LIKE_HOOKS));
  // Without any like count, the other counts place the bar (a feed may still show other videos' ones).
  const anchors = likeBars.length ? likeBars : Array.from(doc.querySelectorAll(COUNT_HOOKS));
  const blocks: Element[] = [];
  for (const bar of anchors) {
    for (let el = bar.parentElement; el; el = el.parentElement) {
      if (!el.querySelector(VIDEO_MARKS)) continue;
      // The block must name this video only, and hold this one bar (not the bars of a feed around it).
      const named = videosNamed(el);
      const kind = bar.getAttribute('data-e2e');
      const oneBar = el.querySelectorAll(LIKE_HOOKS).length <= 1 && el.querySelectorAll(`[data-e2e="${kind}"]`).length === 1;
      if (named.size === 1 && named.has(id) && oneBar) return el;
      blocks.push(el);
      break;
    }
  }
  if (likeBars.length > 1) {
    notes.push('Several videos are on screen and none is marked as this one; their counts were not used.');
    return null;
  }
  // A lone bar with no video around it is a plain video page's. One beside links or players of other
  // videos counts only when this video is named there too (its player, its own link), on a page that
  // is no feed and holds no other video's player.
  if (!blocks.length) return doc;
  const namesThis = blocks.every((b) => videosNamed(b).has(id));
  const otherPlayer = blocks.some((b) => Array.from(b.querySelectorAll('[id^="xgwrapper-"]')).some((player) => !player.id.endsWith(`-${id}`)));
  if (!namesThis || otherPlayer || doc.querySelector(FEED_MARKS)) {
    notes.push('The counts on screen cannot be tied to this video (another video is beside them); they were not used.');
    return null;
  }
  return doc;
}

/** The ids of the videos a block's players ("xgwrapper-0-ID") and video links name. */
function videosNamed(block: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of Array.from(block.querySelectorAll(VIDEO_MARKS))) {
    const m = el.tagName === 'A' ? /\/(?:video|photo)\/(\d+)/.exec(el.getAttribute('href') ?? '') : /-(\d+)$/.exec(el.id);
    ids.add(m ? m[1] : '?');
  }
  return ids;
}

/** Count hooks of a video's action bar (video page, and the dialog over a feed or grid). */
const LIKE_HOOKS = '[data-e2e="like-count"], [data-e2e="browse-like-count"]';
const COUNT_HOOKS = `${LIKE_HOOKS}, [data-e2e="comment-count"], [data-e2e="browse-comment-count"], [data-e2e="share-count"], [data-e2e="browse-share-count"], [data-e2e="undefined-count"], [data-e2e="collect-count"], [data-e2e="browse-collect-count"]`;
/** A player or a link to a video: what ties an action bar to its video. */
const VIDEO_MARKS = '[id^="xgwrapper-"], a[href*="/video/"], a[href*="/photo/"]';
/** Items of the For You / Following feeds (2022-2025). */
const FEED_MARKS = '[data-e2e="recommend-list-item-container"]';

// ---------------------------------------------------------------------------------------------
// Shared readers

/** One embedded video's counts (TikTok's names mapped to ours: digg = likes, play = views, collect = saves). */
function itemPost(item: Rec): Post {
  const s = rec(item.statsV2);
  const t = rec(item.stats);
  const pick = (key: string) => bestCount(num(s?.[key]), num(t?.[key]));
  const created = Number(item.createTime);
  return compact({
    id: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : undefined),
    likes: pick('diggCount'),
    comments: pick('commentCount'),
    shares: pick('shareCount'),
    views: pick('playCount'),
    saves: pick('collectCount'),
    pinned: item.isPinnedItem === true ? true : undefined,
    postedAt: created > 0 ? new Date(created * 1000).toISOString() : undefined,
  });
}

/**
 * A count from TikTok's embedded numbers. Since 2024 they arrive rounded to the displayed precision
 * (783,427 as 783400, 3,922,256 as 3900000), so a number whose last digits are zeros where the
 * display would round is read as abbreviated, with the interval the display would have.
 */
function num(v: unknown): Count | undefined {
  const c = countFromNumber(v, 'embedded-json');
  if (!c || c.value < 1000) return c;
  const unit = c.value >= 1e9 ? 1e9 : c.value >= 1e6 ? 1e6 : 1e3;
  const step = unit / 10;
  if (c.value % step !== 0) return c;
  return { ...c, exact: false, min: Math.ceil(c.value - step / 2), max: c.value + step - 1 };
}

function rehydrationScope(doc: Document): unknown {
  return dig(scriptJsonById(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__'), '__DEFAULT_SCOPE__');
}

/** The 2022-2023 state: `<script id="SIGI_STATE">` or `window['SIGI_STATE'] = {...}`. */
function sigiState(doc: Document): unknown {
  return scriptJsonById(doc, 'SIGI_STATE') ?? assignedJson(doc, 'SIGI_STATE');
}

/** An item's author handle: a string in SIGI_STATE, an object elsewhere. */
function authorOf(item: Rec | undefined): string | undefined {
  if (!item) return undefined;
  return str(item.author) ?? str(dig(item, 'author', 'uniqueId'));
}

function sameHandle(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function rec(v: unknown): Rec | undefined {
  return isRecord(v) ? v : undefined;
}

function recs(v: unknown): Rec[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

function absolute(href: string): string {
  try {
    return new URL(href, 'https://www.tiktok.com').href;
  } catch {
    return href;
  }
}



// Tested on: https://www.tiktok.com/@illojuan (saved 2025, ../shared/real-pages), and the fixtures in
// tests/fixtures/tiktok (video page, dialog over a feed, stale state after in-site navigation).
