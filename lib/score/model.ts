/**
 * The model terms: each a residual against genuine accounts of the account's own population (population.ts), in
 * standard-deviation units unless said otherwise. Signals (signals.ts) turn them into plain statements; risk
 * (risk.ts) ranks on the strongest one; the grade (grade.ts) uses the placements.
 *
 * - byFollowers: ln(rate by followers) against the creator curve for this platform and size (benchmarks.ts). Shown,
 *   and what the creator low-engagement check measures (creatorResidual, ln units, against the genuine creators'
 *   calibrated tail: creators.ts).
 * - byConversation (Instagram): the same placement for the engagement the comments imply, mean comments x (1 + the
 *   usual 28 likes per comment) / followers, with the spread widened by the likes-per-comment spread. The grade rests
 *   on it where comments are read, so that likes alone (bought likes) can never raise the grade.
 * - zPersonal (Instagram, under 2k followers): ln(rate) against the calibrated personal line (InstaFake).
 * - zFollowRatio (Instagram): ln(followers / following) against personal accounts, capped at +-3 sd.
 * - boughtFollowers = (-zPersonal + zFollowRatio) / sqrt(2) for accounts that can be personal (under 2k followers,
 *   not verified): bought followers add followers and nothing else, so engagement falls and the ratio rises together.
 *   Both terms are ~N(0,1) and nearly uncorrelated in genuine accounts (r = 0.06), so the sum keeps unit variance.
 * - fakeAccount = (-zOwn - zFollowRatio) / sqrt(2): low engagement for its population while following many more than
 *   follow it (an account that is itself fake, or follows for follows). Ranks risk; raises no flag alone.
 * - zLikes, zLikesPerComment (Instagram): likes against what comments and followers predict; likes per comment.
 */
import type { Calibration } from './calibration';
import { expectation, positionOf, zScore, type Expectation } from './benchmarks';
import { creatorResidual } from './creators';
import type { Features } from './features';
import { MIN_AUDIENCE } from './engagement';
import { PERSONAL_MAX, type Population } from './population';
import type { Position } from './types';

export const MODEL_VERSION = '2.0.0';

const FOLLOW_CAP = 3;
/** Posts needed (with likes, and with likes and comments for the ratio terms) before a term is computed. */
export const MIN_POSTS_FOR_TERMS = 3;
/** Above this many comments per post the likes-per-comment norm is unknown (celebrity pages): no ratio term. */
const MAX_COMMENTS_FOR_RATIO = 1_000;
/** Creator spread (benchmarks.ts, 0.75) for the fake-account term on creators. */
const CREATOR_SD = 0.75;

export interface Placement {
  expectation: Expectation;
  z: number;
  position: Position;
  /** The rate placed (for byConversation: the engagement the comments imply). */
  rate: number;
}

export interface ModelTerms {
  byFollowers?: Placement;
  byViews?: Placement;
  byConversation?: Placement;
  /** ln(rate / typical creator rate), the creator low-engagement check's measure. */
  creatorResidual?: number;
  zPersonal?: number;
  zFollowRatio?: number;
  boughtFollowers?: number;
  fakeAccount?: number;
  zLikes?: number;
  zLikesPerComment?: number;
  likesPerComment?: number;
}

function place(f: Features, basis: 'followers' | 'views', cal: Calibration): Placement | undefined {
  const rate = basis === 'followers' ? (f.byFollowers ?? f.lifetime) : f.byViews;
  const followers = f.followers?.value ?? 0;
  if (!rate || !(followers >= MIN_AUDIENCE) || !Number.isFinite(rate.value)) return undefined;
  const e = expectation(f.platform, basis, followers, cal);
  if (!e) return undefined;
  const z = zScore(rate.value, e);
  return { expectation: e, z, position: positionOf(z), rate: rate.value };
}

/** The engagement the comments imply: mean comments x (1 + usual likes per comment) / followers, placed. */
function placeConversation(f: Features, cal: Calibration, byFollowers: Placement | undefined): Placement | undefined {
  if (!byFollowers || f.platform !== 'instagram' || f.paired < MIN_POSTS_FOR_TERMS || f.meanComments === undefined || !f.byFollowers) return undefined;
  const followers = f.followers?.value ?? 0;
  const perComment = Math.exp(cal.likesPerComment.mean);
  const rate = (f.meanComments * (1 + perComment)) / followers;
  const e0 = byFollowers.expectation;
  const e = { ...e0, sigma: Math.sqrt(e0.sigma ** 2 + cal.likesPerComment.sd ** 2) };
  const z = zScore(rate, e);
  return { expectation: e, z, position: positionOf(z), rate };
}

export function modelTerms(f: Features, cal: Calibration, population: Population): ModelTerms {
  const terms: ModelTerms = {};
  terms.byFollowers = place(f, 'followers', cal);
  terms.byViews = place(f, 'views', cal);
  terms.byConversation = placeConversation(f, cal, terms.byFollowers);
  const followers = f.followers?.value ?? 0;
  const enough = (f.byFollowers?.postsUsed ?? 0) >= MIN_POSTS_FOR_TERMS;
  const ig = f.platform === 'instagram';
  const rate = f.byFollowers?.value;

  if (enough && rate !== undefined && terms.byFollowers) {
    if (ig) terms.creatorResidual = creatorResidual(rate, followers, cal);
    else terms.creatorResidual = Math.log(Math.max(rate, 0.5 / Math.max(1, followers))) - terms.byFollowers.expectation.mu;
  }
  if (ig && enough && rate !== undefined && followers >= MIN_AUDIENCE) {
    const line = cal.engagement;
    const zP = (Math.log(Math.max(rate, 0.5 / followers)) - (line.intercept + line.slope * Math.log(followers))) / line.logSd;
    const following = f.following?.value ?? 0;
    const zR = following > 0
      ? Math.max(-FOLLOW_CAP, Math.min(FOLLOW_CAP, (Math.log(followers / following) - cal.followRatio.mean) / cal.followRatio.sd))
      : undefined;
    const canBePersonal = followers < PERSONAL_MAX && population.id !== 'creator';
    if (canBePersonal) {
      terms.zPersonal = zP;
      if (zR !== undefined) {
        terms.zFollowRatio = zR;
        terms.boughtFollowers = (-zP + zR) / Math.SQRT2;
      } else {
        terms.boughtFollowers = -zP;
      }
    }
    if (zR !== undefined) {
      const own = canBePersonal ? zP : (terms.creatorResidual ?? 0) / CREATOR_SD;
      terms.fakeAccount = (-own - zR) / Math.SQRT2;
      if (terms.zFollowRatio === undefined) terms.zFollowRatio = zR;
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

/**
 * The placement the grade rests on (grade.ts): the comments' implied engagement where read, else the rate by
 * followers, else (no creator figure by followers: TikTok, YouTube) the rate per view on its held curve.
 */
export function gradePlacement(t: ModelTerms): Placement | undefined {
  return t.byConversation ?? t.byFollowers ?? t.byViews;
}
