/**
 * Bluesky (bsky.app): profiles (/profile/HANDLE) and posts (/profile/HANDLE/post/ID). HANDLE may be
 * a DID ("did:plc:...").
 *
 * Sources, best first:
 * 1. The JSON-LD bskyweb renders into the first HTML response (ProfilePage: followers, following,
 *    posts; DiscussionForumPosting: likes, replies, reposts + quotes) and its `twitter:label` metas.
 *    The app navigates in-site and leaves them in place, so they are used only when they name the
 *    account (handle or DID) / the post (the `at://` alternate link) in the URL.
 * 2. The rendered app: `data-testid` hooks and accessibility labels, which carry exact numbers
 *    ("1101177 followers", "Like (3,817 likes)") where the text is abbreviated ("1.1M", "3.8K").
 *    Bluesky keeps earlier screens mounted (hidden), so the screen is found through links to HANDLE.
 *
 * Bluesky names map to ours as replies -> comments, reposts (+ quotes, as the app counts them) -> shares.
 */
import type { Count, Post, Profile, Snapshot } from '../snapshot';
import {
  bestCount,
  compact,
  MAX_POSTS,
  CAPPED_NOTE,
  countFromNumber,
  interactionCount,
  isRecord,
  jsonLdObjects,
  leadingCount,
  metaContent,
  pageLocale,
  snapshot,
  textOf,
  type PageRoute,
  type SiteAdapter,
  decodePathPart,
  parseUrl,
} from './common';

const HOSTS = ['bsky.app'] as const;

export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  hosts: HOSTS,
  route,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && HOSTS.includes(u.hostname as (typeof HOSTS)[number]) ? route(u) : null;
    if (!u || !r?.handle) return null;
    return r.page === 'profile' ? readProfile(doc, u.href, r.handle) : readPost(doc, u.href, r.handle, r.postId!);
  },
  badgeAnchor(doc, snap) {
    const handle = snap.profile.handle;
    if (snap.page === 'profile') {
      const screen = profileScreen(doc, handle);
      // Profile header: <div data-testid="profileHeaderDisplayName">Stephen King<div><button …verifications></div></div>
      return (screen ?? doc).querySelector('[data-testid="profileHeaderDisplayName"]');
    }
    const id = snap.posts[0]?.id;
    const item = id ? focalPost(doc, handle, id) : null;
    // Focal post header: the avatar link, then a link labelled with the display name.
    return item ? (Array.from(item.querySelectorAll('a[href^="/profile/"]')).find((a) => !a.querySelector('[data-testid="userAvatarImage"]')) ?? null) : null;
  },
};

function route(url: URL): PageRoute | null {
  const m = /^\/profile\/([^/]+)(?:\/post\/([a-z0-9]{5,20}))?\/?$/i.exec(url.pathname);
  if (!m) return null;
  const handle = decodePathPart(m[1]);
  return m[2] ? { page: 'post', handle, postId: m[2] } : { page: 'profile', handle };
}

// ---------------------------------------------------------------------------------------------
// Profile

function readProfile(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const ld = profileJsonLd(doc, handle, notes);
  // A DID in the URL is matched to the handle the app puts in its links through the JSON-LD.
  const linkHandle = handle.startsWith('did:') && ld?.handle ? ld.handle : handle;
  const screen = profileScreen(doc, linkHandle);
  if (!screen && doc.querySelector('[data-testid="profileHeaderFollowersButton"]')) {
    notes.push('The profile on screen is not the one in the address bar yet; its counts were not used.');
  }
  const header = screen ? headerCounts(screen, locale) : {};
  const profile: Profile = compact({
    handle: ld?.handle ?? handle,
    name: ld?.name ?? (screen ? textOf(screen.querySelector('[data-testid="profileHeaderDisplayName"]')) || undefined : undefined),
    followers: bestCount(ld?.followers, header.followers),
    following: bestCount(ld?.following, header.following),
    posts: bestCount(ld?.posts, header.posts),
  });
  const posts = screen ? feedPosts(screen, linkHandle, locale, notes) : [];
  if (!profile.followers && !profile.following && !profile.posts && !posts.length) return null;
  for (const key of ['followers', 'following', 'posts'] as const) {
    if (!profile[key]) notes.push(`Could not read the ${key} count.`);
  }
  return snapshot('bluesky', url, 'profile', profile, posts, notes);
}

interface ProfileLd {
  handle?: string;
  name?: string;
  followers?: Count;
  following?: Count;
  posts?: Count;
}

/**
 * The ProfilePage JSON-LD when it is about `handle`: followers in `interactionStatistic`, the
 * account's own follows and posts in `agentInteractionStatistic`.
 */
function profileJsonLd(doc: Document, handle: string, notes: string[]): ProfileLd | undefined {
  for (const obj of jsonLdObjects(doc)) {
    const person = isRecord(obj.mainEntity) ? obj.mainEntity : undefined;
    if (obj['@type'] !== 'ProfilePage' || !person) continue;
    const ldHandle = str(person.alternateName)?.replace(/^@/, '');
    const did = str(person.identifier);
    if (!same(ldHandle, handle) && !same(did, handle)) {
      notes.push('The structured data in the page describes another profile (in-site navigation); counts were read from the page itself.');
      continue;
    }
    const agent = { interactionStatistic: person.agentInteractionStatistic };
    return {
      handle: ldHandle,
      name: str(person.name),
      followers: countFromNumber(interactionCount(person, 'FollowAction'), 'json-ld'),
      following: countFromNumber(interactionCount(agent, 'FollowAction'), 'json-ld'),
      posts: countFromNumber(interactionCount(agent, 'WriteAction'), 'json-ld'),
    };
  }
  return undefined;
}

/** The mounted profile screen whose header links to this handle's followers list. */
function profileScreen(doc: Document, handle: string): Element | null {
  // <a href="/profile/HANDLE/followers" aria-label="1101177 followers" data-testid="profileHeaderFollowersButton">
  const button = Array.from(doc.querySelectorAll('[data-testid="profileHeaderFollowersButton"]')).find((a) =>
    same(/^\/profile\/([^/]+)\/followers/.exec(a.getAttribute('href') ?? '')?.[1], handle),
  );
  if (!button) return null;
  return button.closest('[data-testid="profileScreen"]') ?? button.closest('[data-testid="profileView"]') ?? button.ownerDocument.body;
}

function headerCounts(screen: Element, locale: string | undefined): { followers?: Count; following?: Count; posts?: Count } {
  const fromLink = (testid: string) => {
    const el = screen.querySelector(`[data-testid="${testid}"]`);
    return el ? bestCount(leadingCount(el.getAttribute('aria-label'), 'aria', locale), leadingCount(textOf(el), 'text', locale)) : undefined;
  };
  // Header row: followers link, follows link, then an unlabelled "<div>329 <span>posts</span></div>".
  const follows = screen.querySelector('[data-testid="profileHeaderFollowsButton"]');
  const postsEl = follows?.nextElementSibling;
  return {
    followers: fromLink('profileHeaderFollowersButton'),
    following: fromLink('profileHeaderFollowsButton'),
    posts: postsEl && postsEl.tagName !== 'A' ? leadingCount(textOf(postsEl), 'text', locale) : undefined,
  };
}

/** The account's own posts in the profile feed, in order: no reposts (of others or its own), no duplicates. */
function feedPosts(screen: Element, handle: string, locale: string | undefined, notes: string[]): Post[] {
  const posts: Post[] = [];
  const seen = new Set<string>();
  let reposts = 0;
  // Feed item: <div role="link" data-testid="feedItem-by-HANDLE"> ... <a href="/profile/HANDLE/post/RKEY" aria-label="date">
  for (const item of Array.from(screen.querySelectorAll('[data-testid^="feedItem-by-"]'))) {
    if (posts.length >= MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const author = item.getAttribute('data-testid')!.slice('feedItem-by-'.length);
    const reason = feedReason(item);
    if (!same(author, handle) || reason === 'repost') {
      reposts++;
      continue;
    }
    const link = Array.from(item.querySelectorAll('a[href*="/post/"]'))
      .map((a) => a.getAttribute('href') ?? '')
      .find((href) => same(/^\/profile\/([^/]+)\/post\//.exec(href)?.[1], author));
    const id = link ? /\/post\/([^/?#]+)/.exec(link)?.[1] : undefined;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    posts.push(compact({ id, url: `https://bsky.app${link}`, ...controlCounts(item, locale, notes), pinned: reason === 'pinned' ? true : undefined }));
  }
  if (reposts) notes.push(`${reposts} repost${reposts === 1 ? '' : 's'} in the feed ${reposts === 1 ? 'was' : 'were'} left out.`);
  return posts;
}

/**
 * Why a feed item is there, read from the row above its avatar: a link to the reposter ("Reposted
 * by …") or a plain label ("Pinned"). Structural, so it works in every UI language.
 */
function feedReason(item: Element): 'repost' | 'pinned' | undefined {
  const all = Array.from(item.querySelectorAll('*'));
  const avatar = all.find((el) => el.tagName === 'A' && el.querySelector('[data-testid="userAvatarImage"]'));
  if (!avatar) return undefined;
  let text = false;
  for (const el of all) {
    if (el === avatar) break;
    if (el.contains(avatar)) continue;
    if (el.tagName === 'A' && /^\/profile\//.test(el.getAttribute('href') ?? '')) return 'repost';
    if (!el.children.length && textOf(el)) text = true;
  }
  return text ? 'pinned' : undefined;
}

const UNHOOKED_NOTE = 'A repost count was shown where it could not be told apart from other numbers; it was left out.';

/** `raw` of a repost count inferred as zero because the app showed none. */
const NO_REPOST_COUNT = '(no repost count shown)';

/**
 * Replies, reposts and likes from a post's control row. The reply and like buttons always carry the
 * exact number in their label ("Reply (303 replies)", "Like (3,817 likes)"); the repost button's
 * label has none, so its displayed count is used, and a row without one means no reposts (the app
 * hides a zero count).
 */
function controlCounts(root: Element, locale: string | undefined, notes: string[] = []): Pick<Post, 'comments' | 'shares' | 'likes'> {
  // Control row (feed items and the focal post, 2024-2026): <button aria-label="Reply (303 replies)"
  // data-testid="replyBtn">, <button aria-label="Repost or quote post"><div data-testid="repostCount">2.1K</div>,
  // <button aria-label="Like (9,392 likes)" data-testid="likeBtn"><div data-testid="likeCount">9.3K</div>.
  // Before 2024 the repost button was data-testid="repostBtn" with "Repost (N reposts)".
  const reply = root.querySelector('[data-testid="replyBtn"]');
  const like = root.querySelector('[data-testid="likeBtn"]');
  const repostBtn = root.querySelector('[data-testid="repostBtn"]') ?? root.querySelector('[data-testid="repostCount"]')?.closest('button');
  const labelled = (el: Element | null | undefined, inner?: string) =>
    el
      ? bestCount(
          leadingCount(el.getAttribute('aria-label'), 'aria', locale),
          leadingCount(textOf(inner ? el.querySelector(`[data-testid="${inner}"]`) : el), 'text', locale),
        )
      : undefined;
  let shares = labelled(repostBtn, 'repostCount') ?? leadingCount(textOf(root.querySelector('[data-testid="repostCount"]')), 'text', locale);
  if (!shares && reply && like) {
    if (!rowShowsOtherNumber(reply, like)) shares = { value: 0, exact: true, min: 0, max: 0, source: 'text', raw: NO_REPOST_COUNT };
    else if (!notes.includes(UNHOOKED_NOTE)) notes.push(UNHOOKED_NOTE);
  }
  return { comments: labelled(reply), shares, likes: labelled(like, 'likeCount') };
}

/**
 * True when the control row holding the reply and like buttons shows a number outside them: the
 * repost button (between them) still shows its count, only its hook is gone. A missing repost count
 * is a zero only when the row shows no number besides the reply and like counts.
 */
function rowShowsOtherNumber(reply: Element, like: Element): boolean {
  let row = reply.parentElement;
  while (row && !row.contains(like)) row = row.parentElement;
  if (!row) return true;
  const shows = (node: Node): boolean => {
    if (node === reply || node === like) return false;
    if (node.nodeType === 3) return /[\d٠-٩۰-۹０-９]/.test(node.textContent ?? '');
    return Array.from(node.childNodes).some(shows);
  };
  return shows(row);
}

// ---------------------------------------------------------------------------------------------
// Post

function readPost(doc: Document, url: string, handle: string, id: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const ld = postJsonLd(doc, handle, id, notes);
  const authorHandle = ld?.handle ?? handle;
  const item = focalPost(doc, authorHandle, id);
  const dom = item ? focalCounts(item, locale, notes) : {};
  if (!item && doc.querySelector('[data-testid^="postThreadItem-by-"]')) {
    notes.push('Could not tell which post on screen is the one in the address bar; its counts were not used.');
  }
  const post: Post = compact({
    id,
    url: `https://bsky.app/profile/${authorHandle}/post/${id}`,
    likes: bestCount(ld?.likes, dom.likes),
    comments: bestCount(ld?.comments, dom.comments),
    shares: bestCount(ld?.shares, dom.shares),
    saves: dom.saves,
    postedAt: ld?.postedAt,
  });
  if (!post.likes && !post.comments && !post.shares) return null;
  const profile: Profile = compact({ handle: authorHandle, name: ld?.name });
  notes.push('Bluesky does not show the author\'s follower count on a post page; open the profile to read it.');
  return snapshot('bluesky', url, 'post', profile, [post], notes);
}

interface PostLd {
  handle?: string;
  name?: string;
  likes?: Count;
  comments?: Count;
  shares?: Count;
  postedAt?: string;
}

/**
 * The DiscussionForumPosting JSON-LD and `twitter:label` metas, when the page's `at://` alternate
 * link (or og:url) names this post: the JSON-LD itself carries no post id.
 */
function postJsonLd(doc: Document, handle: string, id: string, notes: string[]): PostLd | undefined {
  const alternate = Array.from(doc.querySelectorAll('link[rel="alternate"]'))
    .map((l) => l.getAttribute('href') ?? '')
    .find((h) => h.startsWith('at://'));
  const ogPath = /\/post\/([^/?#]+)/.exec(metaContent(doc, 'og:url') ?? '')?.[1];
  const pageId = alternate ? /\/app\.bsky\.feed\.post\/([^/?#]+)/.exec(alternate)?.[1] : ogPath;
  if (!pageId) return undefined;
  if (pageId !== id) {
    notes.push('The structured data in the page describes another post (in-site navigation); counts were read from the page itself.');
    return undefined;
  }
  const out: PostLd = {};
  const posting = jsonLdObjects(doc).find((o) => o['@type'] === 'DiscussionForumPosting');
  if (posting) {
    const author = isRecord(posting.author) ? posting.author : {};
    out.handle = (str(author.alternateName) ?? str(author.name))?.replace(/^@/, '') ?? /\/profile\/([^/]+)/.exec(str(author.url) ?? '')?.[1];
    out.name = str(author.alternateName) ? str(author.name) : undefined;
    out.likes = countFromNumber(interactionCount(posting, 'LikeAction'), 'json-ld');
    out.comments = countFromNumber(interactionCount(posting, 'CommentAction'), 'json-ld');
    out.shares = countFromNumber(interactionCount(posting, 'ShareAction'), 'json-ld');
    out.postedAt = str(posting.datePublished)?.slice(0, 64);
  }
  // <meta name="twitter:label2" content="Likes"><meta name="twitter:value2" content="76"> (present when non-zero).
  for (let i = 1; i <= 6; i++) {
    const label = metaContent(doc, `twitter:label${i}`);
    const value = countFromNumber(metaContent(doc, `twitter:value${i}`), 'meta');
    if (label === 'Likes') out.likes ??= value;
    else if (label === 'Replies') out.comments ??= value;
    else if (label === 'Reposts') out.shares ??= value;
  }
  out.handle ??= metaContent(doc, 'profile:username');
  return out.handle || out.likes || out.comments || out.shares ? out : undefined;
}

/**
 * The thread item of this post: the one holding its liked-by / reposted-by / quotes links, else the
 * only item by its author that shows expanded counts.
 */
function focalPost(doc: Document, handle: string, id: string): Element | null {
  // Thread item: <div data-testid="postThreadItem-by-HANDLE"> … <a href="/profile/HANDLE/post/ID/liked-by">
  const items = Array.from(doc.querySelectorAll('[data-testid^="postThreadItem-by-"]'));
  const byLink = items.find((it) => it.querySelector(`a[href$="/post/${id}/liked-by"], a[href$="/post/${id}/reposted-by"], a[href$="/post/${id}/quotes"]`));
  if (byLink) return byLink;
  const byAuthor = items.filter((it) => same(it.getAttribute('data-testid')!.slice('postThreadItem-by-'.length), handle));
  const expanded = byAuthor.filter((it) => it.querySelector('[data-testid$="Count-expanded"]'));
  if (expanded.length === 1) return expanded[0];
  return byAuthor.length === 1 && !handle.startsWith('did:') ? byAuthor[0] : null;
}

/**
 * The focal post's counts: the control row's labels ("Reply (12 replies)", "Like (1,234 likes)") and
 * the expanded stats line ("1.2K reposts", "85 quotes", "3.4K likes", "12 saves").
 */
function focalCounts(item: Element, locale: string | undefined, notes: string[]): Pick<Post, 'comments' | 'shares' | 'likes' | 'saves'> {
  const expanded = (name: string) => leadingCount(textOf(item.querySelector(`[data-testid="${name}Count-expanded"]`)), 'text', locale);
  const controls = controlCounts(item, locale, notes);
  const reposts = expanded('repost');
  const quotes = expanded('quote');
  // The app's repost count is reposts + quotes; the expanded line shows them apart.
  const split = reposts || quotes ? sum(reposts, quotes) : undefined;
  // A zero inferred from a missing repost count only stands when the stats line shows none either.
  const shown = controls.shares?.raw === NO_REPOST_COUNT ? undefined : controls.shares;
  return {
    comments: controls.comments,
    likes: bestCount(controls.likes, expanded('like')),
    shares: bestCount(shown, split) ?? controls.shares,
    saves: expanded('bookmark'),
  };
}

function sum(a: Count | undefined, b: Count | undefined): Count | undefined {
  if (!a || !b) return a ?? b;
  return {
    value: a.value + b.value,
    exact: a.exact && b.exact,
    min: a.min + b.min,
    max: a.max + b.max,
    source: a.source,
    raw: `${a.raw} + ${b.raw}`.slice(0, 200),
  };
}

function same(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}



// Tested on: https://bsky.app/profile/stephenking.bsky.social (saved 2026, ../shared/real-pages), and
// the fixtures in tests/fixtures/bluesky (post thread, pinned and reposted items, stale structured data).
