/**
 * The model terms: each a residual in standard-deviation units against genuine accounts (calibration.ts) or the
 * published benchmark for the account's size (benchmarks.ts). Signals (signals.ts) turn them into plain statements;
 * risk (risk.ts) ranks on the strongest one.
 *
 * - zEngagement: ln(rate by followers) against the expected rate for this platform and size. The rate is the median
 *   over the recent posts, or, when no post shows likes, the lifetime rate from the profile's totals (TikTok), placed
 *   against the same by-followers figures. The lifetime rate moves the grade only: it enters no inflation term
 *   (boughtFollowers needs recent posts), because totals gathered over the account's whole life, divided by today's
 *   followers, are too blunt to raise a flag on.
 * - zFollowRatio (Instagram): ln(followers / following) against genuine small accounts. Personal accounts follow back
 *   about as many as follow them; bought followers add followers and nothing else. Only meaningful where the
 *   calibration holds: full weight up to 2k followers, fading (log-linearly) to none at 10k, where creators who follow
 *   few accounts are the norm. Capped at +-3 sd so one ratio cannot carry a verdict alone.
 * - boughtFollowers = (-zEngagement + w * zFollowRatio) / sqrt(1 + w^2): both terms are ~N(0,1) and nearly
 *   uncorrelated in genuine accounts (r = 0.06 on the calibration set), so the sum keeps unit variance.
 * - zLikes (Instagram): ln(mean likes + 1) against what comments and followers predict (calibrated OLS).
 * - zLikesPerComment (Instagram): ln((mean likes + 1) / (mean comments + 1)) against the size-free norm (28:1).
 */
import type { Calibration } from './calibration';
import { expectation, positionOf, zScore, type Expectation } from './benchmarks';
import type { Features } from './features';
import { MIN_AUDIENCE } from './engagement';
import type { Position } from './types';

export const MODEL_VERSION = '1.0.0';

/** Follow-ratio evidence: full weight up to here (the calibration data end at 1,783 followers)... */
export const FOLLOW_FULL = 2_000;
/** ...and none from here (nano/micro boundary, Later x Fohr 2021). */
export const FOLLOW_NONE = 10_000;
export const FOLLOW_CAP = 3;
/** Posts needed (with likes, and with likes and comments for the ratio terms) before a term is computed. */
export const MIN_POSTS_FOR_TERMS = 3;
/** Above this many comments per post the likes-per-comment norm is unknown (celebrity pages): no ratio term. */
export const MAX_COMMENTS_FOR_RATIO = 1_000;

export interface Placement {
  expectation: Expectation;
  z: number;
  position: Position;
}

export interface ModelTerms {
  byFollowers?: Placement;
  byViews?: Placement;
  followWeight: number;
  zFollowRatio?: number;
  boughtFollowers?: number;
  zLikes?: number;
  zLikesPerComment?: number;
  likesPerComment?: number;
}

export function followWeight(followers: number): number {
  if (followers <= FOLLOW_FULL) return 1;
  if (followers >= FOLLOW_NONE) return 0;
  return 1 - Math.log(followers / FOLLOW_FULL) / Math.log(FOLLOW_NONE / FOLLOW_FULL);
}

function place(f: Features, basis: 'followers' | 'views', cal: Calibration): Placement | undefined {
  const rate = basis === 'followers' ? (f.byFollowers ?? f.lifetime) : f.byViews;
  const followers = f.followers?.value ?? 0;
  if (!rate || !(followers >= MIN_AUDIENCE) || !Number.isFinite(rate.value)) return undefined;
  const e = expectation(f.platform, basis, followers, cal);
  if (!e) return undefined;
  const z = zScore(rate.value, e);
  return { expectation: e, z, position: positionOf(z) };
}

export function modelTerms(f: Features, cal: Calibration): ModelTerms {
  const terms: ModelTerms = { followWeight: 0 };
  terms.byFollowers = place(f, 'followers', cal);
  terms.byViews = place(f, 'views', cal);
  const followers = f.followers?.value ?? 0;
  const enough = (f.byFollowers?.postsUsed ?? 0) >= MIN_POSTS_FOR_TERMS;
  const ig = f.platform === 'instagram';

  if (terms.byFollowers && enough) {
    const zE = terms.byFollowers.z;
    const following = f.following?.value ?? 0;
    if (ig && following > 0) {
      const w = followWeight(followers);
      const zR = Math.max(-FOLLOW_CAP, Math.min(FOLLOW_CAP, (Math.log(followers / following) - cal.followRatio.mean) / cal.followRatio.sd));
      terms.followWeight = w;
      terms.zFollowRatio = zR;
      terms.boughtFollowers = (-zE + w * zR) / Math.sqrt(1 + w * w);
    } else {
      terms.boughtFollowers = -zE;
    }
  }

  if (ig && f.paired >= MIN_POSTS_FOR_TERMS && f.meanLikes !== undefined && f.meanComments !== undefined && followers >= MIN_AUDIENCE) {
    const lnL = Math.log(f.meanLikes + 1);
    const lnC = Math.log(f.meanComments + 1);
    const m = cal.likesModel;
    terms.zLikes = (lnL - (m.intercept + m.comments * lnC + m.followers * Math.log(followers))) / m.sd;
    if (f.meanComments <= MAX_COMMENTS_FOR_RATIO) {
      terms.likesPerComment = (f.meanLikes + 1) / (f.meanComments + 1);
      terms.zLikesPerComment = (lnL - lnC - cal.likesPerComment.mean) / cal.likesPerComment.sd;
    }
  }
  return terms;
}
