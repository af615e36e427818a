/** Builders for hand-made Snapshots in the scoring tests. */
import type { Count, Platform, Post, Snapshot } from '../../../lib/snapshot';

export function count(value: number, opts: { min?: number; max?: number; raw?: string } = {}): Count {
  const min = opts.min ?? value;
  const max = opts.max ?? value;
  return { value, exact: min === value && max === value, source: 'text', raw: opts.raw ?? String(value), min, max };
}

export interface PostSpec {
  likes?: number;
  comments?: number;
  shares?: number;
  views?: number;
  pinned?: boolean;
  likesHidden?: boolean;
  postedAt?: string;
}

export function post(spec: PostSpec, i = 0): Post {
  return {
    id: `p${i}`,
    ...(spec.likes !== undefined ? { likes: count(spec.likes) } : {}),
    ...(spec.comments !== undefined ? { comments: count(spec.comments) } : {}),
    ...(spec.shares !== undefined ? { shares: count(spec.shares) } : {}),
    ...(spec.views !== undefined ? { views: count(spec.views) } : {}),
    ...(spec.pinned ? { pinned: true } : {}),
    ...(spec.likesHidden ? { likesHidden: true } : {}),
    ...(spec.postedAt ? { postedAt: spec.postedAt } : {}),
  };
}

export interface SnapSpec {
  platform?: Platform;
  handle?: string;
  followers?: number | Count;
  following?: number | Count;
  /** profile.likes (TikTok's total hearts). */
  totalLikes?: number | Count;
  /** profile.posts (the post or video count). */
  postCount?: number | Count;
  posts?: PostSpec[];
  capturedAt?: string;
  url?: string;
  page?: Snapshot['page'];
  notes?: string[];
}

export function snap(spec: SnapSpec = {}): Snapshot {
  const c = (x: number | Count | undefined) => (x === undefined ? undefined : typeof x === 'number' ? count(x) : x);
  const followers = c(spec.followers);
  const following = c(spec.following);
  const likes = c(spec.totalLikes);
  const posts = c(spec.postCount);
  return {
    platform: spec.platform ?? 'instagram',
    url: spec.url ?? 'https://www.instagram.com/someone/',
    page: spec.page ?? 'profile',
    capturedAt: spec.capturedAt ?? '2025-01-01T00:00:00.000Z',
    profile: {
      handle: spec.handle ?? 'someone',
      ...(followers ? { followers } : {}),
      ...(following ? { following } : {}),
      ...(posts ? { posts } : {}),
      ...(likes ? { likes } : {}),
    },
    posts: (spec.posts ?? []).map((p, i) => post(p, i)),
    ...(spec.notes ? { notes: spec.notes } : {}),
  };
}

/** n identical posts. */
export function same(n: number, p: PostSpec): PostSpec[] {
  return Array.from({ length: n }, () => ({ ...p }));
}
