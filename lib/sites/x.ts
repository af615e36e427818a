/**
 * X (Twitter) adapter: profile pages (/handle, /handle/with_replies, /handle/media) and post
 * pages (/handle/status/ID).
 *
 * Sources, best first (GUIDE section 4):
 * 1. JSON-LD (server-rendered pages): ProfilePage.mainEntity.interactionStatistic (FollowAction =
 *    followers, SubscribeAction = following, WriteAction = posts), SocialMediaPosting counts,
 *    used only when they name the URL's account or post;
 * 2. data-testid and ARIA hooks: the follower/following links, each post's action group
 *    (aria-label "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views": exact numbers);
 * 3. visible text: the "23.9K posts" line under the name in the top bar.
 * An exact count beats an abbreviated one whatever its source.
 */
import type { Count, Post, PostMetric, Profile } from '../snapshot';
import {
  bestCount,
  firstMatch,
  inOrder,
  CAPPED_NOTE,
  compact,
  countFromNumber,
  countFromText,
  countInElement,
  interactionCount,
  isRecord,
  jsonLdObjects,
  leadingCount,
  MAX_POSTS,
  pageLocale,
  snapshot,
  textOf,
  type PageRoute,
  type SiteAdapter,
  parseUrl,
} from './common';

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const STATUS_ID = /^\d{1,25}$/;
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

interface XRoute extends PageRoute {
  tab?: string;
}

function xRoute(url: URL): XRoute | null {
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

const SIMPLE_PATH = /^(?!.*\/\.\.?(?:[/?#]|$))\/(?![/\\])[^\\%\s]*$/;

const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** A same-site link's path split in segments: "/Kikobeats/status/1759" -> ["Kikobeats", "status", "1759"]. */
function linkParts(a: Element): string[] {
  const href = a.getAttribute('href');
  if (!href) return [];
  // Plain same-site paths ("/Kikobeats/status/1759..."), as every post holds several: split them
  // without building a URL. Anything else (absolute, "//host", dot segments, escapes) goes through URL.
  if (SIMPLE_PATH.test(href)) return href.split(/[?#]/, 1)[0].split('/').filter(Boolean);
  try {
    const u = new URL(href, 'https://x.com');
    if (!/(^|\.)(x|twitter)\.com$/.test(u.hostname)) return [];
    return u.pathname.split('/').filter(Boolean);
  } catch {
    return [];
  }
}

// ---------- JSON-LD ----------

interface ProfileCounts {
  name?: string;
  followers?: Count;
  following?: Count;
  posts?: Count;
}

/** ProfilePage JSON-LD of server-rendered profiles, when its Person is the URL's account. */
function jsonLdProfile(doc: Document, handle: string): ProfileCounts {
  for (const obj of jsonLdObjects(doc)) {
    for (const person of [obj, obj.mainEntity, obj.author]) {
      if (!isRecord(person) || !same(String(person.additionalName ?? ''), handle)) continue;
      const count = (action: string) => countFromNumber(interactionCount(person, action), 'json-ld');
      const result: ProfileCounts = {
        name: typeof person.name === 'string' ? person.name : undefined,
        followers: count('FollowAction'),
        following: count('SubscribeAction'),
        posts: count('WriteAction'),
      };
      if (result.followers || result.following || result.posts) return result;
    }
  }
  return {};
}

/** SocialMediaPosting JSON-LD of a server-rendered post, when it is the URL's post. */
function jsonLdPost(doc: Document, postId: string): Partial<Record<PostMetric, Count>> {
  for (const obj of jsonLdObjects(doc)) {
    const url = typeof obj.url === 'string' ? obj.url : '';
    if (String(obj.identifier ?? '') !== postId && !new RegExp(`/status/${postId}(?:\\D|$)`).test(url)) continue;
    const count = (action: string) => countFromNumber(interactionCount(obj, action), 'json-ld');
    return compact({ likes: count('LikeAction'), comments: count('CommentAction'), shares: count('ShareAction') });
  }
  return {};
}

// ---------- profile header ----------

/** The profile header's name block: <div data-testid="UserName"> name ... <span>@handle</span></div> */
function userNameBlock(doc: Document, handle: string): Element | undefined {
  const block =
    doc.querySelector('[data-testid="primaryColumn"] [data-testid="UserName"]') ??
    doc.querySelector('[data-testid="UserName"]');
  if (!block) return undefined;
  // After in-app navigation the previous profile's header can linger until the new one renders.
  const shown = /@([A-Za-z0-9_]{1,15})/.exec(textOf(block))?.[1];
  return same(shown, handle) ? block : undefined;
}

function headerCounts(doc: Document, handle: string, tab: string | undefined, locale: string | undefined) {
  // The first such link in document order: the header comes before the timeline, so walking the
  // live collection stops there instead of listing a long timeline's thousands of links.
  const link = (...paths: string[]) =>
    firstMatch(doc.getElementsByTagName('a'), (a) => {
      const [h, sub, ...more] = linkParts(a);
      return same(h, handle) && !more.length && paths.includes(sub);
    });
  // Profile header: <a href="/Kikobeats/verified_followers"><span>3,893</span> <span>Followers</span></a>
  // (older pages: /followers; "/followers_you_follow" is the "followed by people you know" line)
  const followers = countInElement(link('verified_followers', 'followers'), 'text', locale);
  // Profile header: <a href="/Kikobeats/following"><span>406</span> <span>Following</span></a>
  const following = countInElement(link('following'), 'text', locale);
  return { followers, following, posts: topBarPosts(doc, handle, tab, locale) };
}

/**
 * Top bar of a profile: <h2 role="heading">Kiko Beats</h2><div>23.9K posts</div>. The Media tab
 * shows "N photos & videos" there instead, so only the Posts and Replies tabs are read.
 */
function topBarPosts(doc: Document, handle: string, tab: string | undefined, locale: string | undefined) {
  if (tab && tab !== 'with_replies') return undefined;
  if (!userNameBlock(doc, handle)) return undefined; // the bar may still describe the previous page
  const heading = doc.querySelector('[data-testid="primaryColumn"] h2[role="heading"]');
  const line = heading?.nextElementSibling;
  const text = textOf(line);
  if (!line || text.length > 40) return undefined;
  // In English the word must be "posts" (older pages: "Tweets"); other languages are taken on position.
  if (/^en\b/i.test(locale ?? 'en') && !/\b(posts?|tweets?)$/i.test(text)) return undefined;
  return leadingCount(text, 'text', locale);
}

// ---------- posts ----------

/** The post's own status link: the one wrapping its <time>, e.g. <a href="/Kikobeats/status/1759..."><time> */
function statusOf(article: Element): { handle: string; id: string; postedAt?: string } | undefined {
  for (const time of Array.from(article.querySelectorAll('time'))) {
    const a = time.closest('a');
    if (!a || a.closest('article') !== article) continue; // a quoted post's own article
    const [handle, status, id, ...more] = linkParts(a);
    if (status === 'status' && STATUS_ID.test(id ?? '') && !more.length) {
      const datetime = time.getAttribute('datetime') ?? undefined;
      return { handle, id, postedAt: datetime && !Number.isNaN(Date.parse(datetime)) ? datetime : undefined };
    }
  }
  return undefined;
}

/** The first element matching `selector` that belongs to this post, not to a post nested in it. */
function own(article: Element, selector: string): Element | undefined {
  return Array.from(article.querySelectorAll(selector)).find((el) => el.closest('article') === article);
}

/** Author's handle: <div data-testid="User-Name"><a href="/Kikobeats">Kiko Beats</a>... */
function authorOf(article: Element): { handle?: string; name?: string } {
  const block = own(article, '[data-testid="User-Name"]');
  const link = Array.from(block?.querySelectorAll('a[href]') ?? []).find((a) => linkParts(a).length === 1);
  const handle = link ? linkParts(link)[0] : undefined;
  return { handle: handle && HANDLE.test(handle) ? handle : undefined, name: textOf(link) || undefined };
}

// Ad label beside the author's name; Control Panel for Twitter's marker for promoted cells.
const AD_LABELS = new Set(['Ad', 'Promoted']);
function isPromoted(article: Element): boolean {
  if (article.closest('[data-testid="placementTracking"]')) return true;
  // Every leaf span of the post is looked at, so the cheap length test comes first ("Promoted" is
  // 8 letters; a post's text spans are longer): a read of 60 posts spent 2 ms here without it.
  return Array.from(article.querySelectorAll('span')).some((s) => {
    const raw = s.textContent ?? '';
    return raw.length <= 24 && !s.children.length && AD_LABELS.has(textOf(s)) && !s.closest('[data-testid="tweetText"]');
  });
}

/** Any digit, in the scripts X renders counts in. */
const HAS_DIGIT = /[\d٠-٩۰-۹０-９]/;

const LABEL_WORDS: [RegExp, PostMetric][] = [
  [/^repl(?:y|ies)$/i, 'comments'],
  [/^(?:reposts?|retweets?)$/i, 'shares'],
  [/^likes?$/i, 'likes'],
  [/^bookmarks?$/i, 'saves'],
  [/^views?$/i, 'views'],
];

/**
 * Counts of one post from its action group. English group labels are read whole: X leaves out
 * the zero counts there, so a missing reply, repost, like or bookmark count is 0 (views are left
 * out: old posts have none). Other languages: each button's own label ("18151 Replies. Reply").
 */
function actionCounts(article: Element, locale: string | undefined, unread: PostMetric[] = []): Partial<Record<PostMetric, Count>> {
  // <div role="group" aria-label="10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views">
  const group = own(article, '[role="group"][aria-label]');
  const label = group?.getAttribute('aria-label')?.trim() ?? '';
  const english = readEnglishGroup(label, locale);
  if (english) return compact({ ...english, views: english.views ?? analyticsViews(article, locale) });
  const out: Partial<Record<PostMetric, Count>> = {};
  const button = (metric: PostMetric, ...ids: string[]) => {
    const el = ids.map((id) => own(article, `[data-testid="${id}"]`)).find(Boolean);
    const aria = el?.getAttribute('aria-label')?.replace(/[\u200e\u200f\u061c]/g, '').trim();
    if (!aria) return;
    const lead = /^[\d.,\u00a0\u202f ]*\d/.exec(aria)?.[0];
    if (lead) out[metric] = countFromText(lead, 'aria', locale);
    // A label without any digit ("Reply", "Responder") is a zero count, in any language, but only
    // when the button shows no number either: one still showing "41" has lost its label, not its likes.
    else if (!HAS_DIGIT.test(aria) && metric !== 'saves') {
      if (!HAS_DIGIT.test(el?.textContent ?? '')) out[metric] = countFromText('0', 'aria');
      else unread.push(metric);
    }
  };
  // <button data-testid="reply" aria-label="18151 Replies. Reply">; "unretweet"/"unlike" once the viewer acted
  button('comments', 'reply');
  button('shares', 'retweet', 'unretweet');
  button('likes', 'like', 'unlike');
  // The bookmark button shows no count on timelines ("Bookmark"): only a number is taken.
  button('saves', 'bookmark', 'removeBookmark');
  out.views = analyticsViews(article, locale);
  return compact(out);
}

/** <a href="/Kikobeats/status/1759.../analytics" aria-label="11424 views. View post analytics"> */
function analyticsViews(article: Element, locale: string | undefined): Count | undefined {
  const analytics = own(article, 'a[href$="/analytics"]');
  const lead = /^[\d.,\u00a0\u202f ]*\d/.exec(analytics?.getAttribute('aria-label')?.trim() ?? '')?.[0];
  return lead ? countFromText(lead, 'aria', locale) : undefined;
}

function readEnglishGroup(label: string, locale: string | undefined): Partial<Record<PostMetric, Count>> | undefined {
  if (!label) return undefined;
  const out: Partial<Record<PostMetric, Count>> = {};
  for (const part of label.split(/,\s+/)) {
    const m = /^(\S+)\s+(\S+)$/.exec(part.trim());
    const metric = m && LABEL_WORDS.find(([re]) => re.test(m[2]))?.[1];
    const count = m && countFromText(m[1], 'aria', locale);
    if (!metric || !count) return undefined; // not the English summary: read the buttons instead
    out[metric] = { ...count, raw: part.trim() };
  }
  for (const metric of ['comments', 'shares', 'likes', 'saves'] as const) {
    out[metric] ??= { value: 0, exact: true, min: 0, max: 0, source: 'aria', raw: label.slice(0, 200) };
  }
  return out;
}

interface ArticleReading {
  post: Post;
  /** Counts a button showed but did not label: left out. */
  unread: PostMetric[];
  author?: string;
  name?: string;
}

function readArticle(article: Element, locale: string | undefined): ArticleReading | undefined {
  const status = statusOf(article);
  if (!status) return undefined;
  const author = authorOf(article);
  const unread: PostMetric[] = [];
  const counts = actionCounts(article, locale, unread);
  const post: Post = compact({
    id: status.id,
    url: `https://x.com/${status.handle}/status/${status.id}`,
    ...counts,
    postedAt: status.postedAt,
  });
  return { post, unread, author: author.handle ?? status.handle, name: author.name };
}

/**
 * Social context above a post: "Pinned" is plain text, "Kiko Beats reposted" links to the reposter:
 * <div data-testid="socialContext">Pinned</div> vs <a href="/Kikobeats"><span data-testid="socialContext">...</a>
 */
function socialContext(article: Element, locale: string | undefined): 'pinned' | 'repost' | undefined {
  const ctx = own(article, '[data-testid="socialContext"]');
  if (!ctx) return undefined;
  if (ctx.closest('a[href]')) return 'repost';
  // In English the word is known; other languages ("Fijado", "Angeheftet") go by the structure.
  return !/^en\b/i.test(locale ?? '') || /pinned/i.test(textOf(ctx)) ? 'pinned' : undefined;
}

/** The timeline's posts in page order, walked lazily (a reader that needs the first few stops early). */
function* timelineArticles(doc: Document): Generator<Element> {
  const scope = doc.querySelector('[data-testid="primaryColumn"]') ?? doc;
  // <article data-testid="tweet">; quoted posts of blocked accounts nest an article: skip those.
  for (const a of inOrder(scope.getElementsByTagName('article'))) {
    if ((a.getAttribute('data-testid') === 'tweet' || a.getAttribute('role') === 'article') && !a.parentElement?.closest('article')) yield a;
  }
}

// ---------- the adapter ----------

function readProfile(doc: Document, url: string, route: XRoute): ReturnType<SiteAdapter['read']> {
  const locale = pageLocale(doc);
  const block = userNameBlock(doc, route.handle!);
  // The header spells the handle as the account does ("Kikobeats"); URLs are case-insensitive.
  const handle = (block && /@([A-Za-z0-9_]{1,15})/.exec(textOf(block))?.[1]) || route.handle!;
  const json = jsonLdProfile(doc, handle);
  const header = headerCounts(doc, handle, route.tab, locale);
  const nameLine = block?.querySelector('div[dir]') ?? null;
  const profile: Profile = compact({
    handle,
    name: textOf(nameLine) || json.name,
    // <svg data-testid="icon-verified"> beside the name
    verified: block?.querySelector('[data-testid="icon-verified"]') ? true : undefined,
    followers: bestCount(json.followers, header.followers),
    following: bestCount(json.following, header.following),
    posts: bestCount(json.posts, header.posts),
  });
  const notes: string[] = [];
  for (const key of ['followers', 'following', 'posts'] as const) {
    if (!profile[key]) notes.push(`The ${key === 'posts' ? 'post' : key} count was not shown on the page.`);
  }

  const posts: Post[] = [];
  const seen = new Set<string>();
  let left = 0;
  let unread = 0;
  for (const article of timelineArticles(doc)) {
    if (posts.length >= MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const read = readArticle(article, locale);
    // Only the account's own posts: reposts show the original author, ads another advertiser.
    if (!read || !same(read.author, handle) || isPromoted(article)) {
      left++;
      continue;
    }
    if (seen.has(read.post.id!)) continue;
    seen.add(read.post.id!);
    if (socialContext(article, locale) === 'pinned') read.post.pinned = true;
    if (read.unread.length) unread++;
    posts.push(read.post);
  }
  if (!posts.length && left) notes.push('No posts by this account were visible (only reposts or ads).');
  if (unread) notes.push(UNREAD_NOTE);
  if (!profile.followers && !profile.following && !profile.posts && !posts.length) return null;
  return snapshot('x', url, 'profile', profile, posts, notes);
}

const UNREAD_NOTE = 'A reply, repost or like button showed a number without labelling it; that count was left out.';

/**
 * The post the URL names: the one article whose own status link is the URL's post (by the URL's
 * author when the URL has one). Two articles claiming it cannot be told apart: none is taken.
 */
function focalArticle(doc: Document, postId: string, handle?: string): Element | undefined {
  const matches = [...timelineArticles(doc)].filter((a) => statusOf(a)?.id === postId);
  const byAuthor = handle ? matches.filter((a) => same(statusOf(a)?.handle, handle)) : [];
  const pool = byAuthor.length ? byAuthor : matches;
  return pool.length === 1 ? pool[0] : undefined;
}

function readPost(doc: Document, url: string, route: XRoute): ReturnType<SiteAdapter['read']> {
  const locale = pageLocale(doc);
  const postId = route.postId!;
  const article = focalArticle(doc, postId, route.handle);
  const read = article && readArticle(article, locale);
  if (!read?.author) return null;
  const json = jsonLdPost(doc, postId);
  for (const metric of ['likes', 'comments', 'shares'] as const) {
    const best = bestCount(json[metric], read.post[metric]);
    if (best) read.post[metric] = best;
  }
  const notes: string[] = [];
  if (read.unread.some((m) => !read.post[m])) notes.push(UNREAD_NOTE);
  if (!read.post.views) notes.push('The view count was not shown (posts from before December 2022 have none).');
  notes.push('Follower count is not shown on a post page: open the profile to read it.');
  const profile: Profile = compact({ handle: read.author, name: read.name });
  return snapshot('x', url, 'post', profile, [read.post], notes);
}

export const x: SiteAdapter = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  route: (url) => {
    const r = xRoute(url);
    return r ? compact({ page: r.page, handle: r.handle, postId: r.postId }) : null;
  },
  read(doc, url) {
    const u = parseUrl(url);
    if (!u) return null;
    const route = xRoute(u);
    if (!route) return null;
    return route.page === 'profile' ? readProfile(doc, url, route) : readPost(doc, url, route);
  },
  badgeAnchor(doc, snap) {
    if (snap.page === 'profile') {
      // Profile header: the name line, the first <div dir="ltr"> of <div data-testid="UserName">
      return userNameBlock(doc, snap.profile.handle)?.querySelector('div[dir]') ?? null;
    }
    // Post page: the author's name link in the focal post, <div data-testid="User-Name"><a href="/handle">
    const id = snap.posts[0]?.id;
    const article = id ? focalArticle(doc, id, snap.profile.handle) : undefined;
    const block = article?.querySelector('[data-testid="User-Name"]');
    return Array.from(block?.querySelectorAll('a[href]') ?? []).find((a) => linkParts(a).length === 1) ?? null;
  },
};
