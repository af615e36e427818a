/**
 * Instagram's embedded app state (`<script type="application/json">`): user objects with
 * follower_count (GraphQL: edge_followed_by), media objects with like_count / comment_count /
 * play_count. An object is used only when its own identity field (username, code / shortcode)
 * is the URL's account or post: a handle met anywhere else in the JSON names nothing.
 */
import type { Count } from '../../snapshot';
import { compact, countFromNumber, dig, escapeRegExp, firstObjectWith, isRecord, memoScript, parseJson, walk } from '../common';

// Parsed once per script while its text is unchanged: the content script reads the page again on
// every change, and these scripts are hundreds of kB.
const parsedScript = (script: Element, text: string): unknown => memoScript(script, 'json', text, parseJson);

/** Objects in the page's embedded JSON that pass `match`, in document order. */
export function embeddedObjects(doc: Document, needles: string[], key: string, match: (o: Record<string, unknown>) => boolean) {
  const found: Record<string, unknown>[] = [];
  // One pass of a compiled pattern finds any of the needles several times faster than one search each.
  const anyNeedle = new RegExp(needles.map(escapeRegExp).join('|'));
  for (const script of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    const text = script.textContent ?? '';
    // The walk is remembered per script and query, like the parse: the script's text does not
    // change. Most of these scripts are config: the needles skip them without parsing (and the
    // search through up to a megabyte of text is remembered too).
    found.push(...memoScript(script, `objects:${key}`, text, () => (anyNeedle.test(text) ? matching(parsedScript(script, text), match) : [])));
  }
  return found;
}

/**
 * The first object of the page's embedded JSON, in document order, that holds one of `keys` with
 * `value` (a handle, a post's code) and passes `match`: what `embeddedObjects(...)[0]` gives, read
 * from around the key in the script's text (json.ts firstObjectWith) instead of parsing and walking
 * the whole script (a profile's is ~0.6 MB: 8 ms of a visit), which is done only when that does not
 * check out.
 */
export function firstEmbeddedObject(doc: Document, keys: string[], value: string, key: string, match: (o: Record<string, unknown>) => boolean) {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    const text = script.textContent ?? '';
    const found = memoScript(script, `first:${key}`, text, () => {
      if (!text.includes(value)) return undefined;
      const quick = firstObjectWith(text, keys, value, match);
      return quick ? quick.value : matching(parsedScript(script, text), match)[0];
    });
    if (found) return found;
  }
  return undefined;
}

function matching(root: unknown, match: (o: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let budget = 500_000; // objects visited: a bound on the work done on a huge page
  walk(root, (o) => {
    if (budget-- <= 0) return true;
    if (match(o)) found.push(o);
    return false;
  });
  return found;
}

const firstCount = (...values: unknown[]): Count | undefined => {
  for (const v of values) {
    const c = countFromNumber(v, 'embedded-json');
    if (c) return c;
  }
  return undefined;
};

export type ProfileCounts = {
  name?: string;
  verified?: boolean;
  followers?: Count;
  following?: Count;
  posts?: Count;
  /** The website of the bio: `bio_links[0].url` (2023+), else `external_url`. */
  bioLink?: string;
};

/** Logged-in profile pages embed the user: {username, follower_count, ...} (GraphQL: edge_followed_by). */
export function embeddedProfile(doc: Document, handle: string): ProfileCounts {
  const user = firstEmbeddedObject(doc, ['username'], handle, `user:${handle}`, (o) => isProfileOf(o, handle));
  if (!user) return {};
  return {
    name: typeof user.full_name === 'string' && user.full_name ? user.full_name : undefined,
    verified: typeof user.is_verified === 'boolean' ? user.is_verified : undefined,
    followers: firstCount(user.follower_count, dig(user, 'edge_followed_by', 'count')),
    following: firstCount(user.following_count, dig(user, 'edge_follow', 'count')),
    posts: firstCount(user.media_count, dig(user, 'edge_owner_to_timeline_media', 'count')),
    bioLink: [dig(user, 'bio_links', 0, 'url'), user.external_url].find((l): l is string => typeof l === 'string' && l !== ''),
  };
}

/** A user object with its follower count, of the account `handle` (lower-case). */
export const isProfileOf = (o: Record<string, unknown>, handle: string) =>
  typeof o.username === 'string' && o.username.toLowerCase() === handle && (o.follower_count !== undefined || isRecord(o.edge_followed_by));

export type MediaCounts = {
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
export const MEDIA_NEEDLES = ['like_count"', 'comment_count"', 'edge_media_preview_like"'];

export const isMedia = (o: Record<string, unknown>) =>
  (typeof o.code === 'string' || typeof o.shortcode === 'string') &&
  (o.like_count !== undefined || o.comment_count !== undefined || isRecord(o.edge_media_preview_like));

/** A media object of the API ({code, like_count, ...}) or of GraphQL ({shortcode, edge_media_preview_like}). */
export function mediaCounts(o: Record<string, unknown>): MediaCounts {
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
