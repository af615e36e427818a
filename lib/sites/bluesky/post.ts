/**
 * A Bluesky post page (/profile/HANDLE/post/ID): the bskyweb metas and JSON-LD when its `at://`
 * alternate link (or og:url) names this post, then the shown thread item of this post.
 * `shares` are reposts alone (GUIDE section 3): the metas' "Reposts" and the focal post's
 * "140 reposts" line; JSON-LD ShareAction and the repost button add quotes, so they are not used.
 */
import type { Count, Post, Profile, Snapshot } from '../../snapshot';
import { bestCount, compact, countFromNumber, interactionCount, isRecord, isShown, jsonLdObjects, leadingCount, metaContent, pageLocale, snapshot, textOf } from '../common';
import { controlCounts, zero, ZERO_REPOSTS } from './controls';
import { same, str } from './route';
import { S } from './selectors';

export function readPost(doc: Document, url: string, handle: string, id: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const ld = postJsonLd(doc, id, notes);
  const authorHandle = ld?.handle ?? handle;
  const item = focalPost(doc, authorHandle, id);
  const dom = item ? focalCounts(item, id, locale, notes) : {};
  if (!item && doc.querySelector(S.threadItem.css)) {
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
  const profile: Profile = compact({ handle: authorHandle, name: ld?.name ?? (item ? authorName(item) : undefined) });
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
 * bskyweb's post metas and DiscussionForumPosting JSON-LD (bskyweb/templates/post.html), when the
 * page's `at://` alternate link (or og:url) names this post: the JSON-LD itself carries no post id.
 */
function postJsonLd(doc: Document, id: string, notes: string[]): PostLd | undefined {
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
    // ShareAction is reposts + quotes: only its zero says how many reposts there are.
    const shareAction = countFromNumber(interactionCount(posting, 'ShareAction'), 'json-ld');
    if (shareAction?.value === 0) out.shares = shareAction;
    out.postedAt = str(posting.datePublished)?.slice(0, 64);
  }
  // <meta name="twitter:label4" content="Reposts"><meta name="twitter:value4" content="140"> (written
  // only when non-zero: a missing one is not read as 0, the page shows the zero itself).
  const one = (name: string) => (doc.querySelectorAll(`meta[name="${name}"]`).length === 1 ? metaContent(doc, name) : undefined);
  for (let i = 1; i <= 6; i++) {
    // A label and its value pair up by number: a number written twice pairs nothing for sure.
    const label = one(`twitter:label${i}`);
    const value = countFromNumber(one(`twitter:value${i}`), 'meta');
    if (label === 'Likes') out.likes ??= value;
    else if (label === 'Replies') out.comments ??= value;
    else if (label === 'Reposts') out.shares = value ?? out.shares;
  }
  out.handle ??= metaContent(doc, 'profile:username');
  return out.handle || out.likes || out.comments || out.shares ? out : undefined;
}

/** The focal post's name link: after the avatar link, labelled with the display name. */
export function authorNameLink(item: Element): Element | undefined {
  return Array.from(item.querySelectorAll('a[href^="/profile/"]')).find((a) => !a.querySelector(S.avatar.css) && !/\/post\//.test(a.getAttribute('href') ?? ''));
}

function authorName(item: Element): string | undefined {
  return authorNameLink(item)?.getAttribute('aria-label')?.trim().slice(0, 100) || undefined;
}

/**
 * The shown thread item of this post: the one holding its liked-by / reposted-by / quotes links,
 * else the only item by its author that shows expanded counts.
 */
export function focalPost(doc: Document, handle: string, id: string): Element | null {
  // Thread item: <div data-testid="postThreadItem-by-HANDLE"> … <a href="/profile/HANDLE/post/ID/liked-by">
  const items = Array.from(doc.querySelectorAll(S.threadItem.css)).filter((it) => isShown(it));
  const byLink = items.filter((it) => it.querySelector(`a[href$="/post/${id}/liked-by"], a[href$="/post/${id}/reposted-by"], a[href$="/post/${id}/quotes"]`));
  if (byLink.length === 1) return byLink[0];
  // An item linking to another post of its author (a reply's own date link) is that other post.
  const linksElsewhere = (it: Element) =>
    Array.from(it.querySelectorAll('a[href*="/post/"]')).some((a) => {
      const m = /^\/profile\/([^/]+)\/post\/([^/?#]+)/.exec(a.getAttribute('href') ?? '');
      return !!m && same(m[1], handle) && m[2] !== id;
    });
  const byAuthor = items.filter((it) => same(it.getAttribute('data-testid')!.slice('postThreadItem-by-'.length), handle) && !linksElsewhere(it));
  const expanded = byAuthor.filter((it) => it.querySelector('[data-testid$="Count-expanded"]'));
  if (expanded.length === 1) return expanded[0];
  return byAuthor.length === 1 && !handle.startsWith('did:') ? byAuthor[0] : null;
}

/**
 * The focal post's counts: the control row's labels ("Reply (12 replies)", "Like (1,234 likes)") and
 * the stats line ("1.2K reposts", "85 quotes", "3.4K likes", "12 saves"), each hidden when 0.
 */
function focalCounts(item: Element, id: string, locale: string | undefined, notes: string[]): Pick<Post, 'comments' | 'shares' | 'likes' | 'saves'> {
  const expanded = (css: string) => leadingCount(textOf(item.querySelector(css)), 'text', locale);
  const controls = controlCounts(item, locale, notes.slice());
  // "1,203 reposts" sits in the link to /post/ID/reposted-by: its hook or its link, whichever is left.
  const repostsLink = item.querySelector(`a[href$="/post/${id}/reposted-by"]`);
  const statsLine = item.querySelector(`[data-testid$="Count-expanded"], a[href$="/post/${id}/liked-by"], a[href$="/post/${id}/quotes"]`);
  const reposts =
    expanded(S.repostsExpanded.css) ??
    (repostsLink ? leadingCount(textOf(repostsLink), 'text', locale) : statsLine ? zero(ZERO_REPOSTS) : controls.shares);
  return {
    comments: controls.comments,
    likes: bestCount(controls.likes, expanded(S.likesExpanded.css)),
    shares: reposts,
    saves: expanded(S.savesExpanded.css),
  };
}
