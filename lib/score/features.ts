/**
 * The plain measurements the model works on, read once from a Snapshot. No calibration, no judgement:
 * signals and the grade compare these with lib/score/calibration.ts and lib/score/benchmarks.ts.
 */
import { flat, num, type FlatPhrase } from '../phrase';
import type { Platform, Post, Snapshot } from '../snapshot';
import type { EngagementRate, ReachRate } from './types';
import {
  followersRate, lifetimeRate, LIFETIME_LIKES_PLATFORMS, postEngagement, postsWithLikes, rangeOf, reachRate, recentPosts, viewsRate, type Range,
} from './engagement';
import { mean, median } from './stats';

export interface Features {
  platform: Platform;
  followers?: Range;
  following?: Range;
  /** The measured window (recent, not pinned). */
  posts: Post[];
  postsVisible: number;
  /** Posts in the window whose likes are readable. */
  postsWithLikes: number;
  likesHidden: number;
  byFollowers: EngagementRate | null;
  byViews: EngagementRate | null;
  /** Lifetime engagement by followers from the profile's totals (TikTok), only when `byFollowers` is null. */
  lifetime: EngagementRate | null;
  /** Views per follower over the window's posts showing views (video platforms). */
  reach: ReachRate | null;
  /** Over posts in the window showing both likes and comments (comments disabled or unread: left out). */
  paired: number;
  meanLikes?: number;
  meanComments?: number;
  medianComments?: number;
  /** Share of all engagement carried by the top sixth of posts (at least one post); with >= 6 posts only. */
  topShare?: number;
  topPosts?: number;
  medianViews?: number;
  viewPosts: number;
  /** Counts that entered the numbers only as abbreviations ("1.2M"). */
  /** Which counts the page shows rounded (for the limited-evidence signal). */
  rounded: FlatPhrase[];
}

export function extractFeatures(snapshot: Snapshot): Features {
  const posts = recentPosts(snapshot);
  const liked = postsWithLikes(posts);
  const followers = rangeOf(snapshot.profile.followers);
  const following = rangeOf(snapshot.profile.following);

  const paired = liked.filter((p) => p.comments !== undefined);
  const totals = liked.map((p) => postEngagement(snapshot.platform, p).total.value);
  const sum = totals.reduce((a, b) => a + b, 0);
  let topShare: number | undefined;
  let topPosts: number | undefined;
  if (totals.length >= 6 && sum > 0) {
    topPosts = Math.max(1, Math.round(totals.length / 6));
    const sorted = [...totals].sort((a, b) => b - a);
    topShare = sorted.slice(0, topPosts).reduce((a, b) => a + b, 0) / sum;
  }
  const viewed = posts.filter((p) => p.views !== undefined);
  const byFollowers = followersRate(snapshot, posts);

  const rounded: FlatPhrase[] = [];
  if (snapshot.profile.followers && !snapshot.profile.followers.exact) rounded.push(flat('rounded_followers'));
  if (snapshot.profile.following && !snapshot.profile.following.exact) rounded.push(flat('rounded_following'));
  const roundedLikes = liked.filter((p) => p.likes && !p.likes.exact).length;
  if (roundedLikes > 0) rounded.push(flat('rounded_likes', num(roundedLikes), num(liked.length)));
  const roundedComments = paired.filter((p) => p.comments && !p.comments.exact).length;
  if (roundedComments > 0) rounded.push(flat('rounded_comments', num(roundedComments), num(paired.length)));
  if (!byFollowers && liked.length === 0) {
    // What the grade then rests on: the lifetime totals (TikTok) and the views of the videos.
    const totals = LIFETIME_LIKES_PLATFORMS.has(snapshot.platform) ? (['likes', 'posts'] as const).filter((k) => snapshot.profile[k] && !snapshot.profile[k]?.exact) : [];
    for (const k of totals) rounded.push(flat(k === 'likes' ? 'rounded_totalLikes' : 'rounded_videoCount'));
    const roundedViews = viewed.filter((p) => p.views && !p.views.exact).length;
    if (roundedViews > 0) rounded.push(flat('rounded_views', num(roundedViews), num(viewed.length)));
  }

  return {
    platform: snapshot.platform,
    followers,
    following,
    posts,
    postsVisible: snapshot.posts.length,
    postsWithLikes: liked.length,
    likesHidden: posts.filter((p) => p.likesHidden).length,
    byFollowers,
    byViews: viewsRate(snapshot, posts),
    lifetime: byFollowers ? null : lifetimeRate(snapshot),
    reach: reachRate(snapshot, posts),
    paired: paired.length,
    meanLikes: paired.length ? mean(paired.map((p) => p.likes?.value ?? 0)) : undefined,
    meanComments: paired.length ? mean(paired.map((p) => p.comments?.value ?? 0)) : undefined,
    medianComments: paired.length ? median(paired.map((p) => p.comments?.value ?? 0)) : undefined,
    topShare,
    topPosts,
    medianViews: viewed.length ? median(viewed.map((p) => p.views?.value ?? 0)) : undefined,
    viewPosts: viewed.length,
    rounded,
  };
}
