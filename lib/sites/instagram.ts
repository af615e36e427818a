/**
 * Instagram adapter: profile pages (/HANDLE/, /HANDLE/reels/, /HANDLE/tagged/) and post pages
 * (/p/ID/, /reel/ID/, /HANDLE/p/ID/, also a post dialog opened over a profile).
 *
 * Sources, best first (GUIDE section 4):
 * 1. embedded app state (`<script type="application/json">`): user objects with follower_count,
 *    media objects with like_count / comment_count / play_count, checked against the URL's handle or ID;
 * 2. the meta description ("2,362 Followers, 136 Following, 224 Posts - ... (@handle)",
 *    "298K likes, 553 comments - handle on ..."), only when it names the URL's account or post:
 *    Instagram does not rewrite it on in-app navigation;
 * 3. the rendered DOM: header count links (exact number in `title`), grid tiles, the likes link.
 * An exact count beats an abbreviated one whatever its source.
 */
import type { Count, Post, Profile } from '../snapshot';
import {
  bestCount,
  compact,
  memoScript,
  parseJson,
  MAX_POSTS,
  firstMatch,
  inOrder,
  CAPPED_NOTE,
  countFromNumber,
  countInElement,
  dig,
  isRecord,
  leadingCount,
  metaContent,
  pageLocale,
  snapshot,
  textOf,
  type PageRoute,
  type SiteAdapter,
  parseUrl,
} from './common';

const ORIGIN = 'https://www.instagram.com';
const HANDLE = /^[a-z0-9._]{1,30}$/i;
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

interface IgRoute extends PageRoute {
  tab?: string;
  kind?: string;
}

function igRoute(url: URL): IgRoute | null {
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
function linkPath(a: Element): string | undefined {
  const href = a.getAttribute('href');
  if (!href) return undefined;
  try {
    const u = new URL(href, ORIGIN);
    if (!/(^|\.)instagram\.com$/.test(u.hostname)) return undefined;
    return u.pathname.replace(/\/?$/, '/');
  } catch {
    return undefined;
  }
}

/** The first link to a path, compared without case (handles are case-insensitive). */
function findLink(scope: Document | Element, path: string): Element | undefined {
  // Walks the live collection in document order and stops at the first match (the header's links
  // come before a grid of hundreds of tiles).
  return firstMatch(scope.getElementsByTagName('a'), (a) => linkPath(a)?.toLowerCase() === path);
}

/** "/willyrex/" -> "willyrex"; undefined for non-account paths. */
function handleFromPath(path: string | undefined): string | undefined {
  const parts = path?.split('/').filter(Boolean) ?? [];
  const handle = parts[0]?.toLowerCase();
  return parts.length === 1 && HANDLE.test(handle) && !RESERVED.has(handle) ? handle : undefined;
}

/** Post shortcode named by a link or URL: "/p/ID/", "/HANDLE/reel/ID/". */
function postIdFromPath(path: string | undefined): { id: string; kind: string } | undefined {
  const m = /^\/(?:[^/]+\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/$/i.exec(path ?? '');
  return m ? { kind: m[1].toLowerCase(), id: m[2] } : undefined;
}

// ---------- embedded app state ----------

// Parsed once per script while its text is unchanged: the content script reads the page again on
// every change, and these scripts are hundreds of kB.
const parsedScript = (script: Element, text: string): unknown => memoScript(script, 'json', text, parseJson);

/** Objects in the page's embedded JSON that pass `match`, in document order. */
function embeddedObjects(doc: Document, needles: string[], key: string, match: (o: Record<string, unknown>) => boolean) {
  const found: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    const text = script.textContent ?? '';
    // The walk is remembered per script and query, like the parse: the script's text does not
    // change. Most of these scripts are config: the needles skip them without parsing (and the
    // search through up to a megabyte of text is remembered too).
    found.push(...memoScript(script, `objects:${key}`, text, () => (needles.some((n) => text.includes(n)) ? matching(parsedScript(script, text), match) : [])));
  }
  return found;
}

function matching(root: unknown, match: (o: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let budget = 500_000; // nodes visited: a bound on the work done on a huge page
  // Plain loops: this walks every object of up to a megabyte of JSON on a page's first read, and
  // `forEach` / `Object.values` would allocate a closure or an array per node.
  const visit = (node: unknown, depth: number) => {
    if (budget-- <= 0 || depth > 80) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (typeof node[i] === 'object' && node[i] !== null) visit(node[i], depth + 1);
    } else if (isRecord(node)) {
      if (match(node)) found.push(node);
      for (const k in node) {
        const v = node[k];
        if (typeof v === 'object' && v !== null) visit(v, depth + 1);
      }
    }
  };
  visit(root, 0);
  return found;
}

const firstCount = (...values: unknown[]): Count | undefined => {
  for (const v of values) {
    const c = countFromNumber(v, 'embedded-json');
    if (c) return c;
  }
  return undefined;
};

type ProfileCounts = {
  name?: string;
  verified?: boolean;
  followers?: Count;
  following?: Count;
  posts?: Count;
};

/** Logged-in profile pages embed the user: {username, follower_count, ...} (GraphQL: edge_followed_by). */
function embeddedProfile(doc: Document, handle: string): ProfileCounts {
  const user = embeddedObjects(
    doc,
    [handle],
    `user:${handle}`,
    (o) =>
      typeof o.username === 'string' &&
      o.username.toLowerCase() === handle &&
      (o.follower_count !== undefined || isRecord(o.edge_followed_by)),
  )[0];
  if (!user) return {};
  return {
    name: typeof user.full_name === 'string' && user.full_name ? user.full_name : undefined,
    verified: typeof user.is_verified === 'boolean' ? user.is_verified : undefined,
    followers: firstCount(user.follower_count, dig(user, 'edge_followed_by', 'count')),
    following: firstCount(user.following_count, dig(user, 'edge_follow', 'count')),
    posts: firstCount(user.media_count, dig(user, 'edge_owner_to_timeline_media', 'count')),
  };
}

type MediaCounts = {
  id: string;
  kind?: string;
  author?: string;
  likes?: Count;
  comments?: Count;
  views?: Count;
  likesHidden?: boolean;
  pinned?: boolean;
  postedAt?: string;
};

/** Keys a script must hold to be worth parsing for media objects (what isMedia looks for). */
const MEDIA_NEEDLES = ['like_count"', 'comment_count"', 'edge_media_preview_like"'];

const isMedia = (o: Record<string, unknown>) =>
  (typeof o.code === 'string' || typeof o.shortcode === 'string') &&
  (o.like_count !== undefined || o.comment_count !== undefined || isRecord(o.edge_media_preview_like));

/** A media object of the API ({code, like_count, ...}) or of GraphQL ({shortcode, edge_media_preview_like}). */
function mediaCounts(o: Record<string, unknown>): MediaCounts {
  const hidden = o.like_and_view_counts_disabled === true;
  const owner = dig(o, 'user', 'username') ?? dig(o, 'owner', 'username');
  const ownerId = dig(o, 'user', 'pk') ?? dig(o, 'user', 'id');
  const pinnedFor = o.timeline_pinned_user_ids;
  const taken = Number(o.taken_at ?? o.taken_at_timestamp);
  return compact({
    id: String(o.code ?? o.shortcode),
    author: typeof owner === 'string' ? owner.toLowerCase() : undefined,
    // With likes hidden the API still sends a like_count: it is not what the author shows.
    likes: hidden
      ? undefined
      : firstCount(o.like_count, dig(o, 'edge_media_preview_like', 'count'), dig(o, 'edge_liked_by', 'count')),
    comments: firstCount(
      o.comment_count,
      dig(o, 'edge_media_to_parent_comment', 'count'),
      dig(o, 'edge_media_to_comment', 'count'),
    ),
    views: hidden ? undefined : firstCount(o.play_count, o.view_count, o.video_view_count),
    likesHidden: hidden || undefined,
    // timeline_pinned_user_ids lists who pinned the item: pinned on this grid when the owner did.
    pinned: Array.isArray(pinnedFor) && pinnedFor.map(String).includes(String(ownerId)) ? true : undefined,
    postedAt: Number.isFinite(taken) && taken > 1e9 ? new Date(taken * 1000).toISOString() : undefined,
  });
}

// ---------- meta description ----------

/** Canonical identity of the server-rendered page: og:url, canonical link or app link path. */
function metaPaths(doc: Document): string[] {
  const urls = [
    metaContent(doc, 'og:url'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    metaContent(doc, 'al:android:url'),
  ];
  const paths: string[] = [];
  for (const u of urls) {
    if (!u) continue;
    try {
      paths.push(new URL(u, ORIGIN).pathname.replace(/\/?$/, '/'));
    } catch {
      // ignore an unparseable URL
    }
  }
  return paths;
}

/**
 * The counts before " - " in the meta description, each with the words around it:
 * "2,362 Followers, 136 Following, 224 Posts - ..." -> [{count: 2362, word: "followers"}, ...].
 * Undefined unless every part reads as a count.
 */
function metaParts(description: string, locale: string | undefined) {
  const head = description.split(/\s[-–—]\s/)[0];
  if (head === description) return undefined;
  const parts = head
    .split(/,\s+|[、，]\s*/)
    .map((part) => ({ count: leadingCount(part, 'meta', locale), word: part.toLowerCase() }));
  return parts.every((p) => p.count) ? (parts as { count: Count; word: string }[]) : undefined;
}

function metaDescription(doc: Document): string | undefined {
  return metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
}

function metaProfile(doc: Document, handle: string, locale: string | undefined): ProfileCounts {
  const description = metaDescription(doc);
  if (!description) return {};
  // The description ends "... from Name (@handle)" in every language; og:url names the profile too.
  const named = /\(@([a-z0-9._]{1,30})\)/i.exec(description)?.[1]?.toLowerCase();
  const pathHandle = metaPaths(doc).map(handleFromPath).find(Boolean);
  if ((named ?? pathHandle) !== handle) return {};
  const parts = metaParts(description, locale);
  if (!parts || parts.length !== 3) return {};
  const byWord = (re: RegExp) => parts.find((p) => re.test(p.word))?.count;
  const english = [/\bfollowers?\b/, /\bfollowing\b/, /\bposts?\b/].every((re) => parts.some((p) => re.test(p.word)));
  return {
    name: nameBefore(metaContent(doc, 'og:title'), handle),
    // Instagram's template keeps the order followers, following, posts in every language.
    followers: english ? byWord(/\bfollowers?\b/) : parts[0].count,
    following: english ? byWord(/\bfollowing\b/) : parts[1].count,
    posts: english ? byWord(/\bposts?\b/) : parts[2].count,
  };
}

function metaPost(doc: Document, postId: string, locale: string | undefined) {
  const description = metaDescription(doc);
  if (!description || !metaPaths(doc).some((p) => postIdFromPath(p)?.id === postId)) return {};
  // "298K likes, 553 comments - willyrex on May 29, 2021: ..." ("- willyrex el ...", "- willyrex am ...")
  const author = /\s[-–—]\s([a-z0-9._]{1,30})\s/i.exec(description)?.[1]?.toLowerCase();
  const title = metaContent(doc, 'twitter:title');
  const titled = title ? /^(.+?)\s*\(@([a-z0-9._]{1,30})\)/i.exec(title) : null;
  const parts = metaParts(description, locale) ?? [];
  const english = parts.every((p) => /\b(likes?|comments?)\b/.test(p.word));
  let likes: Count | undefined;
  let comments: Count | undefined;
  if (english) {
    likes = parts.find((p) => /\blikes?\b/.test(p.word))?.count;
    comments = parts.find((p) => /\bcomments?\b/.test(p.word))?.count;
  } else if (parts.length === 2) {
    [likes, comments] = [parts[0].count, parts[1].count]; // the template's order: likes, comments
  }
  return {
    author: titled?.[2]?.toLowerCase() ?? author,
    name: titled?.[1],
    likes,
    comments,
  };
}

/** "Pluto (@pluto__travel) • Instagram photos and videos" -> "Pluto", when the handle matches. */
function nameBefore(title: string | undefined, handle: string): string | undefined {
  const m = /^(.+?)\s*\(@([a-z0-9._]{1,30})\)/i.exec(title?.trim() ?? '');
  return m && m[2].toLowerCase() === handle ? m[1] : undefined;
}

// ---------- rendered DOM ----------

function profileHeader(doc: Document): Element | null {
  // Profile page: <main><header>...</header> ... (the page's only header holding the count links)
  return doc.querySelector('main header') ?? doc.querySelector('header');
}

function domProfile(doc: Document, handle: string, locale: string | undefined): ProfileCounts {
  // Profile header (2023-2025): <a href="/HANDLE/followers/"><span title="2,230,586"><span>2.2M</span></span> followers</a>
  const followersLink = findLink(doc, `/${handle}/followers/`);
  // ... and <a href="/HANDLE/following/"><span><span>136</span></span> following</a>
  const followingLink = findLink(doc, `/${handle}/following/`);
  const out: ProfileCounts = {
    followers: countInElement(followersLink, 'text', locale),
    following: countInElement(followingLink, 'text', locale),
  };
  if (followersLink && followingLink) {
    // "224 posts" has no link: it is the first item of the list holding both links
    // (<ul><li>224 posts</li><li><a .../followers/>...</li>...), whatever the language.
    let item: Element = followersLink;
    while (item.parentElement && !item.parentElement.contains(followingLink)) item = item.parentElement;
    const first = item.parentElement?.firstElementChild;
    if (first && first === item.previousElementSibling && !first.querySelector('a[href]')) {
      out.posts = countInElement(first, 'text', locale);
    }
  }
  const header = profileHeader(doc);
  // A header left from the previous profile must not lend its counts: it has to show this handle.
  if (!header || !showsHandle(header, handle)) return out;
  if (!out.followers || !out.following || !out.posts) {
    // Without links (private accounts): English labels "224 posts", "2,362 followers", "136 following".
    for (const el of Array.from(header.querySelectorAll('li, div, span'))) {
      const m = /^(\S+(?: \S+)?)\s+(posts?|followers?|following)$/i.exec(textOf(el));
      if (!m) continue;
      const key = /^post/i.test(m[2]) ? 'posts' : /^following$/i.test(m[2]) ? 'following' : 'followers';
      out[key] ??= countInElement(el, 'text', locale);
    }
  }
  // Verified badge in the header: <svg aria-label="Verified">
  if (header.querySelector('svg[aria-label="Verified"]')) out.verified = true;
  return out;
}

/** The header names this account: its heading reads the handle, or it links to /handle/ or /handle/followers/. */
function showsHandle(header: Element, handle: string): boolean {
  if (Array.from(header.querySelectorAll('h1, h2')).some((h) => textOf(h).toLowerCase() === handle)) return true;
  return Array.from(header.querySelectorAll('a[href]')).some((a) => {
    const path = linkPath(a)?.toLowerCase();
    return path === `/${handle}/` || path === `/${handle}/followers/`;
  });
}

/** Profile grid and Reels tab tiles: <a href="/HANDLE/reel/ID/"> (or "/p/ID/") with overlay counts. */
function gridPosts(doc: Document, locale: string | undefined): MediaCounts[] {
  const out: MediaCounts[] = [];
  const seen = new Set<string>();
  const scope = doc.querySelector('main') ?? doc;
  // Walks the live list of links lazily: reading stops after MAX_POSTS tiles on a long grid.
  for (const tile of inOrder(scope.getElementsByTagName('a'))) {
    if (out.length >= MAX_POSTS) break;
    const href = tile.getAttribute('href') ?? '';
    if (!href.includes('/p/') && !href.includes('/reel/')) continue;
    if (tile.closest('header, [role="dialog"]')) continue;
    const ref = postIdFromPath(linkPath(tile));
    if (!ref || seen.has(ref.id)) continue;
    seen.add(ref.id);
    const post: MediaCounts = { id: ref.id, kind: ref.kind };
    // Hover overlay (posts grid, Reels tab): <ul><li>likes</li><li>comments</li></ul>. With one item
    // we cannot tell likes from comments (likes hidden, or comments off): read neither.
    const items = Array.from(tile.querySelectorAll('ul > li'));
    if (items.length === 2) {
      post.likes = countInElement(items[0], 'text', locale);
      post.comments = countInElement(items[1], 'text', locale);
    }
    post.views = tileViews(tile, ref.kind, locale);
    // Pinned tiles carry <svg aria-label="Pinned post icon">
    if (tile.querySelector('svg[aria-label="Pinned post icon"]')) post.pinned = true;
    if (post.likes || post.comments || post.views) out.push(compact(post));
  }
  return out;
}

/** Reels tab: the view count sits beside <svg aria-label="View Count Icon">, outside the overlay list. */
function tileViews(tile: Element, kind: string, locale: string | undefined): Count | undefined {
  const icon = tile.querySelector('svg[aria-label="View Count Icon"]');
  for (let el = icon?.parentElement; el && el !== tile; el = el.parentElement) {
    const count = countOutsideList(el, locale);
    if (count.length) return count[0];
  }
  // The label is translated on other languages' pages: a reel tile's only count outside the
  // overlay list is still its view count.
  if (!icon && kind === 'reel') {
    const counts = countOutsideList(tile, locale);
    if (counts.length === 1) return counts[0];
  }
  return undefined;
}

function countOutsideList(scope: Element, locale: string | undefined): Count[] {
  const out: Count[] = [];
  for (const leaf of Array.from(scope.querySelectorAll('span'))) {
    if (leaf.children.length || leaf.closest('ul')) continue;
    const count = countInElement(leaf, 'text', locale);
    if (count) out.push(count);
  }
  return out;
}

/**
 * Post page or dialog: <a href="/p/ID/liked_by/"><span>1,234</span> likes</a>; "Liked by
 * <a href="/friend/">friend</a> and <a href="/p/ID/liked_by/">1,233 others</a>"; with likes hidden,
 * "Liked by friend and <a href="/p/ID/liked_by/">others</a>" (no number).
 */
function domPost(doc: Document, postId: string, locale: string | undefined) {
  const links = Array.from(doc.querySelectorAll('a[href*="/liked_by"]')).filter((a) => {
    const path = linkPath(a)?.replace(/liked_by\/$/, '');
    return postIdFromPath(path)?.id === postId;
  });
  let likes: Count | undefined;
  let likesHidden = false;
  for (const link of links) {
    if (!/\d/.test(textOf(link))) {
      likesHidden = true;
      continue;
    }
    const shown = countInElement(link, 'text', locale);
    if (shown && likedByFriend(link)) {
      // "friend and N others": the friend is one more like.
      likes = { ...shown, value: shown.value + 1, min: shown.min + 1, max: shown.max + 1 };
    } else likes = shown;
    if (likes) break;
  }
  const scope = links[0]?.closest('article, [role="dialog"], main') ?? null;
  // Post header: <header>... <a href="/willyrex/">willyrex</a> ...</header>
  const authorLink = scope
    ? Array.from(scope.querySelectorAll('header a[href]')).find((a) => handleFromPath(linkPath(a)) && textOf(a))
    : undefined;
  const time = scope?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return {
    likes,
    likesHidden: likesHidden && !likes,
    author: handleFromPath(authorLink ? linkPath(authorLink) : undefined),
    postedAt: time && !Number.isNaN(Date.parse(time)) ? time : undefined,
  };
}

/**
 * True when the likes link follows a link to an account in the same line ("Liked by x and ...").
 * The likes line is its own <section>; without one, the link's grandparent bounds the line.
 */
function likedByFriend(link: Element): boolean {
  const line = link.closest('section') ?? link.parentElement?.parentElement;
  const anchors = Array.from(line?.querySelectorAll('a[href]') ?? []);
  return anchors.slice(0, anchors.indexOf(link)).some((a) => handleFromPath(linkPath(a)));
}

// ---------- the adapter ----------

function readProfile(doc: Document, url: string, route: IgRoute): ReturnType<SiteAdapter['read']> {
  const handle = route.handle!;
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const json = embeddedProfile(doc, handle);
  const meta = metaProfile(doc, handle, locale);
  const dom = domProfile(doc, handle, locale);
  const profile: Profile = compact({
    handle,
    // The document title follows in-app navigation, unlike the meta tags.
    name: json.name ?? meta.name ?? nameBefore(doc.title, handle),
    verified: json.verified ?? dom.verified,
    followers: bestCount(json.followers, meta.followers, dom.followers),
    following: bestCount(json.following, meta.following, dom.following),
    posts: bestCount(json.posts, meta.posts, dom.posts),
  });
  for (const key of ['followers', 'following', 'posts'] as const) {
    if (!profile[key]) notes.push(`The ${key === 'posts' ? 'post' : key} count was not shown on the page.`);
  }

  let posts: Post[] = [];
  if (route.tab === 'tagged') {
    notes.push('Tagged posts are by other accounts: they are not counted as this account’s posts.');
  } else {
    // Embedded timeline items first (they carry exact counts), then tiles; merged by post ID.
    const media = embeddedObjects(doc, MEDIA_NEEDLES, 'media', isMedia)
      .map(mediaCounts)
      .filter((m) => m.author === handle);
    const tiles = gridPosts(doc, locale);
    if (tiles.length >= MAX_POSTS) notes.push(CAPPED_NOTE);
    const byId = new Map<string, MediaCounts>();
    for (const m of [...media, ...tiles]) {
      const prev = byId.get(m.id);
      if (!prev) byId.set(m.id, m);
      else {
        const merged = { ...m, ...prev };
        for (const key of ['likes', 'comments', 'views'] as const) merged[key] = bestCount(prev[key], m[key]);
        byId.set(m.id, compact(merged));
      }
    }
    const order = tiles.length ? [...tiles.map((t) => t.id), ...media.map((m) => m.id)] : media.map((m) => m.id);
    posts = [...new Set(order)].map((id) => toPost(byId.get(id)!));
    if (!posts.length) {
      notes.push(
        'No per-post counts were visible (Instagram shows them on the Reels tab, or while the pointer is over a post).',
      );
    }
  }
  if (!profile.followers && !profile.following && !profile.posts && !posts.length) return null;
  return snapshot('instagram', url, 'profile', profile, posts, notes);
}

function toPost(m: MediaCounts): Post {
  const { id, kind, likes, comments, views, likesHidden, pinned, postedAt } = m;
  return compact({ id, url: `${ORIGIN}/${kind ?? 'p'}/${id}/`, likes, comments, views, likesHidden, pinned, postedAt });
}

function readPost(doc: Document, url: string, route: IgRoute): ReturnType<SiteAdapter['read']> {
  const postId = route.postId!;
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const json = embeddedObjects(doc, [postId], `media:${postId}`, (o) => isMedia(o) && (o.code ?? o.shortcode) === postId).map(mediaCounts)[0];
  const meta = metaPost(doc, postId, locale);
  const dom = domPost(doc, postId, locale);
  const handle = route.handle ?? json?.author ?? meta.author ?? dom.author;
  if (!handle) return null;

  const likesHidden = Boolean(json?.likesHidden || dom.likesHidden);
  const post: Post = compact({
    id: postId,
    url: `${ORIGIN}/${route.kind ?? 'p'}/${postId}/`,
    likes: likesHidden ? undefined : bestCount(json?.likes, meta.likes, dom.likes),
    comments: bestCount(json?.comments, meta.comments),
    views: json?.views,
    likesHidden: likesHidden || undefined,
    postedAt: json?.postedAt ?? dom.postedAt,
  });
  if (likesHidden) notes.push('The author hides this post’s like count.');
  else if (!post.likes) notes.push('The like count was not shown on the page.');
  if (!post.comments) notes.push('The comment count was not shown on the page.');
  if (route.kind === 'reel' && !post.views) notes.push('The view count was not shown on the page.');
  notes.push('Follower count is not shown on a post page: open the profile to read it.');
  if (!post.likes && !post.comments && !post.views && !likesHidden) return null;
  const profile: Profile = compact({ handle, name: meta.author === handle ? meta.name : undefined });
  return snapshot('instagram', url, 'post', profile, [post], notes);
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  route: (url) => {
    const r = igRoute(url);
    return r ? compact({ page: r.page, handle: r.handle, postId: r.postId }) : null;
  },
  read(doc, url) {
    const u = parseUrl(url);
    if (!u) return null;
    const route = igRoute(u);
    if (!route) return null;
    return route.page === 'profile' ? readProfile(doc, url, route) : readPost(doc, url, route);
  },
  badgeAnchor(doc, snap) {
    const handle = snap.profile.handle.toLowerCase();
    if (snap.page === 'profile') {
      const header = profileHeader(doc);
      // Profile header: <h2><span>pluto__travel</span></h2> (older layouts: <h1>)
      const headings = Array.from(header?.querySelectorAll('h2, h1') ?? []);
      return headings.find((h) => textOf(h).toLowerCase() === handle) ?? headings[0] ?? null;
    }
    // Post page or dialog header: <header>... <a href="/willyrex/">willyrex</a></header>
    return (
      Array.from(doc.querySelectorAll('article header a[href], [role="dialog"] header a[href], main header a[href]')).find(
        (a) => handleFromPath(linkPath(a)) === handle && textOf(a),
      ) ?? null
    );
  },
};
