/**
 * Scoring entry point: Snapshot (+ earlier snapshots of the same account) -> Analysis.
 * Minimal honest version (foundation): engagement by followers from the visible posts.
 * The full engine (benchmarks, signals, grade) replaces this.
 */
import type { Snapshot } from '../snapshot';
import type { Analysis } from './types';

export type { Analysis } from './types';

export function analyzeSnapshot(snapshot: Snapshot, _earlier: Snapshot[] = []): Analysis {
  const followers = snapshot.profile.followers?.value;
  const usable = snapshot.posts.filter((p) => !p.pinned && p.likes && !p.likesHidden);
  const perPost = followers
    ? usable.map((p) => ({ id: p.id, url: p.url, rate: ((p.likes?.value ?? 0) + (p.comments?.value ?? 0)) / followers }))
    : [];
  const sorted = perPost.map((p) => p.rate).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
  return {
    platform: snapshot.platform,
    handle: snapshot.profile.handle,
    followers,
    tier: null,
    engagement:
      median === undefined
        ? []
        : [{ basis: 'followers', formula: 'median of (likes + comments) / followers', value: median, min: median, max: median, postsUsed: perPost.length, perPost }],
    benchmark: null,
    signals: [],
    grade: null,
    risk: 0,
    missing: snapshot.notes ?? [],
    sample: { postsVisible: snapshot.posts.length, postsUsed: perPost.length },
  };
}
