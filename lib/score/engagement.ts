/**
 * Engagement rates from the visible posts.
 *
 * By followers: median over posts of (likes + comments) / followers, HypeAuditor's Instagram method (median of the
 * last 12 posts); shares are added where the platform shows them (TikTok, X, Bluesky, Threads, Facebook, LinkedIn),
 * as HypeAuditor's TikTok rate does. By views (TikTok, YouTube, reels): median of (likes + comments + shares) / views
 * (HypeAuditor's TikTok rate; Modash uses likes / views). Windows: the 12 most recent posts on feeds, 30 on TikTok
 * (HypeAuditor); pinned posts are left out (they are old hits kept on top, not recent engagement).
 *
 * Rounded counts carry their interval: a post's rate is [sum of minimums / max followers, sum of maximums / min
 * followers], and the median of the lower ends bounds the median from below (the median is monotone), likewise above.
 *
 * Where no post on the page shows likes (a TikTok profile grid shows play counts only), two other measures stand in:
 * - lifetime (TikTok): average likes per video from the profile's totals, (total likes / videos) / followers. It is
 *   a mean over every video the account ever posted, so old viral videos weigh in, and likes earned when the audience
 *   was smaller are divided by today's followers; the total holds likes only (no comments or shares).
 * - reach (video platforms): median of views / followers over the recent videos ("views per follower"). Not
 *   engagement: it says how much of the audience the videos reach, and feeds the views-far-below signal.
 */
import type { Count, Platform, Post, Snapshot } from '../snapshot';
import type { EngagementRate, ReachRate } from './types';
import { median } from './stats';
import { flat, num, ph, type FlatPhrase } from '../phrase';

export interface Range {
  value: number;
  min: number;
  max: number;
}

/** Counts are whole numbers: a follower or view count under 1 cannot be divided by. */
export const MIN_AUDIENCE = 1;

export const POST_WINDOW: Partial<Record<Platform, number>> & { default: number } = { tiktok: 30, default: 12 };

/**
 * Platforms whose profile.likes is the total of likes on the account's own videos (TikTok's heartCount). A Facebook
 * page's likes are fans of the page, not likes on posts: left out.
 */
export const LIFETIME_LIKES_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['tiktok']);

/** Video platforms: views per follower (reach) is measured and checked (the views-far-below signal). */
const REACH_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['tiktok', 'youtube', 'instagram']);

/** What the audience is called (YouTube's followers are subscribers): the suffix of messages that name it. */
export function audienceKey(platform: Platform): 'followers' | 'subscribers' {
  return platform === 'youtube' ? 'subscribers' : 'followers';
}

/**
 * Where on the site the recent posts are listed (what the popup tells the user to open), and whether they are videos:
 * the suffix of the messages that say it (where_<kind>, ...).
 */
export function postsKind(platform: Platform): 'youtube' | 'tiktok' | 'default' {
  return platform === 'youtube' || platform === 'tiktok' ? platform : 'default';
}

/** Platforms whose posts show a share/repost count next to likes and comments. */
const SHARE_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['tiktok', 'x', 'bluesky', 'threads', 'facebook', 'linkedin']);

export function rangeOf(c: Count | undefined): Range | undefined {
  if (!c || !Number.isFinite(c.value)) return undefined;
  const min = Number.isFinite(c.min) ? Math.min(c.min, c.value) : c.value;
  const max = Number.isFinite(c.max) ? Math.max(c.max, c.value) : c.value;
  return { value: c.value, min, max };
}

function addRanges(parts: (Range | undefined)[]): Range {
  const r = { value: 0, min: 0, max: 0 };
  for (const p of parts) {
    if (!p) continue;
    r.value += p.value;
    r.min += p.min;
    r.max += p.max;
  }
  return r;
}

/** rate = numerator / denominator as an interval (denominator interval's lower end 0 falls back to its value). */
function divide(num: Range, den: Range): Range {
  const denMin = den.min > 0 ? den.min : den.value;
  return { value: num.value / den.value, min: num.min / den.max, max: num.max / denMin };
}

function time(p: Post): number {
  const t = p.postedAt ? Date.parse(p.postedAt) : Number.NaN;
  return Number.isFinite(t) ? t : Number.NaN;
}

/**
 * The posts engagement is measured on: not pinned, most recent first (by postedAt when every post has one,
 * else page order), at most the platform's window.
 */
export function recentPosts(snapshot: Snapshot): Post[] {
  const own = snapshot.posts.filter((p) => !p.pinned);
  const dated = own.every((p) => Number.isFinite(time(p)));
  const ordered = dated ? own.map((p, i) => ({ p, i })).sort((a, b) => time(b.p) - time(a.p) || a.i - b.i).map((x) => x.p) : own;
  return ordered.slice(0, POST_WINDOW[snapshot.platform] ?? POST_WINDOW.default);
}

/** Posts whose likes can be read (not hidden): the ones engagement can be measured on. */
export function postsWithLikes(posts: readonly Post[]): Post[] {
  return posts.filter((p) => !p.likesHidden && p.likes !== undefined);
}

interface PostEngagement {
  post: Post;
  /** likes + comments (+ shares where shown). */
  total: Range;
}

export function postEngagement(platform: Platform, p: Post): PostEngagement {
  const withShares = SHARE_PLATFORMS.has(platform);
  return { post: p, total: addRanges([rangeOf(p.likes), rangeOf(p.comments), withShares ? rangeOf(p.shares) : undefined]) };
}

function parts(platform: Platform): FlatPhrase {
  return flat(SHARE_PLATFORMS.has(platform) ? 'formula_partsShares' : 'formula_parts');
}

function rateFrom(perPost: { p: Post; r: Range }[]): Range {
  return {
    value: median(perPost.map((x) => x.r.value)),
    min: median(perPost.map((x) => x.r.min)),
    max: median(perPost.map((x) => x.r.max)),
  };
}

export function followersRate(snapshot: Snapshot, posts: readonly Post[]): EngagementRate | null {
  const followers = rangeOf(snapshot.profile.followers);
  if (!followers || !(followers.value >= MIN_AUDIENCE)) return null;
  const usable = postsWithLikes(posts);
  if (usable.length === 0) return null;
  const perPost = usable.map((p) => ({ p, r: divide(postEngagement(snapshot.platform, p).total, followers) }));
  const rate = rateFrom(perPost);
  return {
    basis: 'followers',
    formula: ph('formula_followers', parts(snapshot.platform), num(usable.length)),
    ...rate,
    postsUsed: usable.length,
    perPost: perPost.map(({ p, r }) => ({ id: p.id, url: p.url, rate: r.value })),
  };
}

export function viewsRate(snapshot: Snapshot, posts: readonly Post[]): EngagementRate | null {
  const usable = postsWithLikes(posts).filter((p) => (p.views?.value ?? 0) >= MIN_AUDIENCE);
  if (usable.length === 0) return null;
  const perPost = usable.map((p) => {
    const total = addRanges([rangeOf(p.likes), rangeOf(p.comments), rangeOf(p.shares)]);
    return { p, r: divide(total, rangeOf(p.views) as Range) };
  });
  const rate = rateFrom(perPost);
  return {
    basis: 'views',
    formula: ph('formula_views', num(usable.length)),
    ...rate,
    postsUsed: usable.length,
    perPost: perPost.map(({ p, r }) => ({ id: p.id, url: p.url, rate: r.value })),
  };
}

/**
 * Lifetime engagement by followers (TikTok): (total likes / videos) / followers, from the profile's totals. Exact when
 * the three counts are exact, else the interval [min likes / max videos / max followers, max likes / min videos / min
 * followers] (a video count is at least 1). Null without the three counts or on other platforms.
 */
export function lifetimeRate(snapshot: Snapshot): EngagementRate | null {
  if (!LIFETIME_LIKES_PLATFORMS.has(snapshot.platform)) return null;
  const likes = rangeOf(snapshot.profile.likes);
  const videos = rangeOf(snapshot.profile.posts);
  const followers = rangeOf(snapshot.profile.followers);
  if (!likes || !videos || !followers || !(videos.value >= 1) || !(followers.value >= MIN_AUDIENCE)) return null;
  const perVideo = divide(likes, { ...videos, min: Math.max(1, videos.min) });
  const rate = divide(perVideo, followers);
  const n = Math.round(videos.value);
  return {
    basis: 'followers',
    period: 'lifetime',
    formula: ph(snapshot.platform === 'youtube' ? 'formula_lifetime_subscribers' : 'formula_lifetime_followers', num(n)),
    ...rate,
    postsUsed: n,
    perPost: [],
  };
}

/** Reach: median of views / followers over the recent posts showing views, on video platforms. */
export function reachRate(snapshot: Snapshot, posts: readonly Post[]): ReachRate | null {
  if (!REACH_PLATFORMS.has(snapshot.platform)) return null;
  const followers = rangeOf(snapshot.profile.followers);
  if (!followers || !(followers.value >= MIN_AUDIENCE)) return null;
  const perPost: { p: Post; r: Range }[] = [];
  for (const p of posts) {
    const views = rangeOf(p.views);
    if (views) perPost.push({ p, r: divide(views, followers) });
  }
  if (perPost.length === 0) return null;
  return {
    basis: 'reach',
    formula: ph(snapshot.platform === 'youtube' ? 'formula_reach_subscribers' : 'formula_reach_followers', num(perPost.length)),
    ...rateFrom(perPost),
    postsUsed: perPost.length,
    perPost: perPost.map(({ p, r }) => ({ id: p.id, url: p.url, rate: r.value })),
  };
}
