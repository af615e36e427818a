/** Small numeric helpers for the evidence sections (kept apart from lib/score, which stays untouched). */
import type { Post, Snapshot } from '../snapshot';

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export type Basis = 'followers' | 'views';

/**
 * One post's engagement: (likes + comments) / followers (HypeAuditor's per-post term, GUIDE
 * section 5), or per view where the post shows views and `basis` asks for it. Undefined when a
 * term is missing or likes are hidden (never counted as 0).
 */
export function postRate(post: Post, followers: number | undefined, basis: Basis): number | undefined {
  if (post.likesHidden || !post.likes) return undefined;
  const interactions = post.likes.value + (post.comments?.value ?? 0);
  const denominator = basis === 'followers' ? followers : post.views?.value;
  if (!denominator || denominator <= 0) return undefined;
  return interactions / denominator;
}

/** The basis the evidence sections use: per follower where followers are known, else per view. */
export function basisFor(snap: Snapshot): Basis | undefined {
  if (snap.profile.followers?.value) return 'followers';
  if (snap.posts.some((p) => p.views?.value)) return 'views';
  return undefined;
}

/** Posts the account's own engagement rests on: pinned posts left out (they are old and promoted by the owner). */
export function scoredPosts(snap: Snapshot): { post: Post; index: number }[] {
  return snap.posts.map((post, index) => ({ post, index })).filter(({ post }) => !post.pinned);
}

export const postRef = (post: Post, index: number) => post.url ?? post.id ?? `#${index + 1}`;
