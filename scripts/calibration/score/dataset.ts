/**
 * The InstaFake-style account format (Akyon & Kalfaoglu 2019, github fcakyon/instafake-dataset) used to calibrate
 * the model (scripts/calibration/score/fit.ts) and to measure it (scripts/bench-accuracy.ts), turned into Snapshots so that both
 * go through exactly the code the extension runs.
 */
import type { Count, Snapshot } from '../../../lib/snapshot';

export interface DatasetAccount {
  userFollowerCount: number;
  userFollowingCount: number;
  userMediaCount: number;
  /** Per post, most recent first. */
  mediaLikeNumbers: number[];
  mediaCommentNumbers: number[];
  mediaCommentsAreDisabled: (number | boolean)[];
  mediaUploadTimes: number[];
}

/** Posts taken per account: the 12 most recent (HypeAuditor's Instagram window). */
const DATASET_POSTS = 12;
/** Accounts with fewer posts or followers are left out of calibration and measurement. */
const MIN_POSTS = 6;
const MIN_FOLLOWERS = 50;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Keeps the well-formed accounts of a parsed JSON array (anything else is dropped, not guessed). */
export function parseDataset(json: unknown): DatasetAccount[] {
  if (!Array.isArray(json)) throw new Error('dataset: expected a JSON array of accounts');
  const out: DatasetAccount[] = [];
  for (const a of json as Record<string, unknown>[]) {
    if (!a || typeof a !== 'object') continue;
    const likes = a.mediaLikeNumbers;
    const comments = a.mediaCommentNumbers;
    if (!isNum(a.userFollowerCount) || !isNum(a.userFollowingCount) || !Array.isArray(likes) || !Array.isArray(comments)) continue;
    if (!likes.every(isNum) || !comments.every(isNum)) continue;
    out.push({
      userFollowerCount: a.userFollowerCount,
      userFollowingCount: a.userFollowingCount,
      userMediaCount: isNum(a.userMediaCount) ? a.userMediaCount : likes.length,
      mediaLikeNumbers: likes,
      mediaCommentNumbers: comments,
      mediaCommentsAreDisabled: Array.isArray(a.mediaCommentsAreDisabled) ? (a.mediaCommentsAreDisabled as (number | boolean)[]) : [],
      mediaUploadTimes: Array.isArray(a.mediaUploadTimes) ? (a.mediaUploadTimes as number[]) : [],
    });
  }
  return out;
}

export function isEligible(a: DatasetAccount): boolean {
  return a.mediaLikeNumbers.length >= MIN_POSTS && a.userFollowerCount >= MIN_FOLLOWERS;
}

const exact = (v: number): Count => {
  const n = Math.round(v);
  return { value: n, exact: true, source: 'embedded-json', raw: String(n), min: n, max: n };
};

interface Variant {
  /** Followers shown instead of the account's own (bought followers). */
  followers?: number;
  /** Every post's likes multiplied by this (bought likes). */
  likesFactor?: number;
}

/**
 * A genuine Instagram profile Snapshot from one account (exact counts, 12 most recent posts, comments left out
 * where the account disabled them), or an inflated variant of it.
 */
export function snapshotFromAccount(a: DatasetAccount, index: number, variant: Variant = {}): Snapshot {
  const n = Math.min(DATASET_POSTS, a.mediaLikeNumbers.length);
  const posts: Snapshot['posts'] = [];
  for (let i = 0; i < n; i++) {
    const disabled = Boolean(Number(a.mediaCommentsAreDisabled[i] ?? 0));
    const comments = a.mediaCommentNumbers[i];
    const t = a.mediaUploadTimes[i];
    posts.push({
      id: `p${i}`,
      likes: exact(a.mediaLikeNumbers[i] * (variant.likesFactor ?? 1)),
      ...(disabled || comments === undefined ? {} : { comments: exact(comments) }),
      ...(isNum(t) ? { postedAt: new Date(t * 1000).toISOString() } : {}),
    });
  }
  return {
    platform: 'instagram',
    url: `https://www.instagram.com/account${index}/`,
    page: 'profile',
    capturedAt: '2019-01-01T00:00:00.000Z',
    profile: {
      handle: `account${index}`,
      followers: exact(variant.followers ?? a.userFollowerCount),
      following: exact(a.userFollowingCount),
      posts: exact(a.userMediaCount),
    },
    posts,
  };
}
