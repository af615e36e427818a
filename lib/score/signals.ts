/**
 * Inflation signals: one pure function each, (context) -> Signal | null. Evidence is the numbers; the explanation is
 * one plain sentence. Points are set by the grade (grade.ts), which owns the scoring policy; signals return 0.
 *
 * Thresholds are in standard-deviation units of the model terms (model.ts), fixed a priori, except where a published
 * threshold exists (cited beside it). None claims "X% fake": bot and fake-follower classifiers drift and over-flag
 * (Rauchfleisch & Kaiser 2020), so a signal says what the numbers show and how unusual that is.
 */
import type { Snapshot } from '../snapshot';
import type { Calibration } from './calibration';
import type { Features } from './features';
import { gradePlacement, type ModelTerms } from './model';
import { CREATOR_QUANTILE, type CreatorCalibration } from './creators';
import type { Population } from './population';
import type { Evidence, Severity, Signal } from './types';
import { round } from './stats';
import { audienceSample } from './audience';
import { growthSpike } from './growth';
import { flat, num, pct, ph, type FlatPhrase } from '../phrase';
import { ev, signal } from './signal-parts';

export { ev, signal } from './signal-parts';
export { MAX_ORGANIC_PER_DAY, STEP_DAYS, STEP_MIN, STEP_SHARE, growthSpike } from './growth';

export interface SignalContext {
  snapshot: Snapshot;
  /** Earlier snapshots of the same account, oldest first. */
  earlier: readonly Snapshot[];
  features: Features;
  terms: ModelTerms;
  cal: Calibration;
  creators: CreatorCalibration;
  population: Population;
}

export type SignalFn = (ctx: SignalContext) => Signal | null;

/** An earlier visit as history rebuilds it: counts without posts, and the engagement rate measured that day. */
export type EarlierSnapshot = Snapshot & { recordedEngagement?: number };

/**
 * Warning / alert thresholds for the bought-followers evidence (model.ts), in sd. A normal tail beyond 2.5 sd holds
 * 0.6% of genuine accounts; the follow ratio's tails are heavier than normal, hence no lower bar.
 */
export const WARN_Z = 2.5;
export const ALERT_Z = 3.5;
/** Likes per comment: a higher bar (3 sd above the norm: ~175 likes per comment), the ratio is noisy on few comments. */
export const RATIO_WARN_Z = 3;
export const RATIO_ALERT_Z = 4;
/** "Few comments per like" in the bought-engagement signal: likes per comment 1 sd above the norm (~52:1 vs 28:1). */
export const FEW_COMMENTS_Z = 1;
/** Accounts following more than this are "mass followers" (HypeAuditor, Traackr). */
export const MASS_FOLLOWING = 1_500;
/** "Near or above followers". */
export const NEAR_RATIO = 0.9;
/** X lets accounts follow at most 5,000 (+1) until they have enough followers (GUIDE 5: 171 / 5,001 is the pattern). */
export const X_FOLLOW_CAP = 5_001;
/** Share of engagement carried by the top sixth of posts: above the calibration set's 99.5th percentile (0.45). */
export const ERRATIC_SHARE = 0.5;
/**
 * Views per video under 1 in 50 followers (alert: 1 in 200) on video platforms. A conservative rule of thumb, NOT
 * calibrated: the project has no per-video data set. Only for accounts with at least 1,000 followers.
 */
export const VIEWS_WARN = 0.02;
export const VIEWS_ALERT = 0.005;
export const VIEWS_MIN_FOLLOWERS = 1_000;
const MIN_VIEW_POSTS = 3;
/** Fewer posts than this (with readable likes) lowers confidence. */
export const FEW_POSTS = 6;

const severityOf = (z: number, warn: number, alert: number): Severity | null => (z >= alert ? 'alert' : z >= warn ? 'warning' : null);

const POSITION_RANK = { 'far-below': 0, below: 1, typical: 2, above: 3, 'far-above': 4 } as const;

/**
 * Engagement far below what genuine creators of this size get (creator curve, benchmarks.ts), beyond the genuine
 * creators' calibrated tail (creators.ts). Runs for every population: no creator, and no personal account, is that low.
 */
export const lowEngagement: SignalFn = ({ features: f, terms: t, creators }) => {
  const r = t.creatorResidual;
  const p = t.byFollowers;
  // Not one like or comment on any post read: more likely counts hidden or unread than a measurement (the grade still
  // places the zero); the check needs at least one interaction.
  if (r === undefined || !p || !f.byFollowers || !(f.byFollowers.max > 0)) return null;
  const severity: Severity | null = r < creators.lowAlert ? 'alert' : r < creators.lowWarn ? 'warning' : null;
  if (!severity) return null;
  const typical = Math.exp(p.expectation.mu);
  return signal('low-engagement', severity, ph('sig_lowEngagement_title'), [
    ev('rateByFollowers', round(f.byFollowers.value, 6), 'percent'),
    ev('typicalCreators', round(typical, 6), 'percent'),
    ev('timesBelow', round(Math.exp(-r), 1), 'ratio'),
    ev('creatorsThisFar', round(Math.exp(-creators.lowWarn), 0), 'ratio'),
  ], ph('sig_lowEngagement_text', pct(f.byFollowers.value), num(Math.exp(-creators.lowWarn)), pct(typical), num(round((1 - CREATOR_QUANTILE) * 100, 0))));
};

/**
 * Bought followers on an account that can be personal (under 2k followers, not verified): engagement far below
 * personal accounts while it has many more followers than it follows. A warning only where the grade already places
 * engagement at typical or lower, an alert only at below or lower: so this signal, which stops applying once an
 * account passes 2k followers, never holds a grade down that more followers would release (grade.ts).
 */
export const boughtFollowers: SignalFn = ({ features: f, terms: t, cal }) => {
  const s = t.boughtFollowers;
  const g = gradePlacement(t);
  if (s === undefined || t.zPersonal === undefined || !f.byFollowers || !g) return null;
  // The statement needs both halves: followers out of step with following (above the personal norm), not low
  // engagement alone (which the creator check judges).
  if (t.zFollowRatio === undefined || !(t.zFollowRatio > 0)) return null;
  let severity = severityOf(s, WARN_Z, ALERT_Z);
  if (!severity) return null;
  if (severity === 'alert' && POSITION_RANK[g.position] > POSITION_RANK.below) severity = 'warning';
  if (POSITION_RANK[g.position] > POSITION_RANK.typical) return null;
  const personal = Math.exp(cal.engagement.intercept + cal.engagement.slope * Math.log(f.followers?.value ?? 1));
  const evidence: Evidence[] = [
    ev('rateByFollowers', round(f.byFollowers.value, 6), 'percent'),
    ev('typicalPersonal', round(personal, 6), 'percent'),
    ev('distancePersonal', round(t.zPersonal, 2), 'ratio'),
  ];
  if (f.following && f.followers && f.following.value > 0) {
    evidence.push(ev('followersPerFollowed', round(f.followers.value / f.following.value, 2), 'ratio'));
    evidence.push(ev('usualPersonal', round(Math.exp(cal.followRatio.mean), 2), 'ratio'));
  }
  evidence.push(ev('combined', round(s, 2), 'ratio'));
  return signal('bought-followers', severity, ph('sig_boughtFollowers_title'), evidence, ph('sig_boughtFollowers_text'));
};

/** Bought likes (few comments per like) or engagement pods (many comments per like), against the calibrated norm. */
export const likesCommentsRatio: SignalFn = ({ features: f, terms: t, cal, creators }) => {
  const z = t.zLikesPerComment;
  if (z === undefined || t.likesPerComment === undefined) return null;
  const ln = Math.log(t.likesPerComment);
  // A ratio needs its denominator: with no comment on any post it measures likes alone.
  // Many likes per comment: against genuine creators' 99th percentile (creators.ts), whose comments thin out as they
  // grow; the small-account norm (28:1) would flag every second large creator.
  const high: Severity | null = !(f.meanComments !== undefined && f.meanComments > 0) ? null : ln >= creators.lpcAlert ? 'alert' : ln >= creators.lpcWarn ? 'warning' : null;
  // Many comments per like (pods, bought comments) stays informational: chatty friends do the same on small accounts
  // (the calibration set's lower tail is heavier than its upper one), and telling them apart needs the comments' text
  // (HypeAuditor: 1-3 generic comments in 20 is normal, half is an alarm), which a count cannot show.
  const low: Severity | null = -z >= RATIO_WARN_Z ? 'info' : null;
  const severity = high ?? low;
  if (!severity) return null;
  const norm = Math.exp(cal.likesPerComment.mean);
  const evidence: Evidence[] = [
    ev('likesPerComment', round(t.likesPerComment, 1), 'ratio'),
    ev('usualGenuine', round(norm, 1), 'ratio'),
    ...(high ? [ev('creatorsAbove', round(Math.exp(creators.lpcWarn), 0), 'ratio')] : []),
    ev('distanceUsual', round(z, 2), 'ratio'),
  ];
  return high
    ? signal('likes-comments-ratio', severity, ph('sig_manyLikes_title'), evidence, ph('sig_manyLikes_text', num(t.likesPerComment), num(norm)))
    : signal('likes-comments-ratio', severity, ph('sig_manyComments_title'), evidence, ph('sig_manyComments_text', num(round(t.likesPerComment, 1), 1)));
};

/** Bought engagement: far above the size norm, carried by likes rather than conversation. Informational: the grade
 * rests on comments where read, so the likes do not raise it, and "far above" fades as followers grow. */
export const engagementFarAbove: SignalFn = ({ features: f, terms: t }) => {
  const p = t.byFollowers;
  const z = t.zLikesPerComment;
  if (!p || p.position !== 'far-above' || z === undefined || z < FEW_COMMENTS_Z || !f.byFollowers) return null;
  return signal('engagement-far-above', 'info', ph('sig_farAbove_title'), [
    ev('rateByFollowers', round(f.byFollowers.value, 6), 'percent'),
    ev('upperEdge', round(Math.exp(p.expectation.mu + p.expectation.sigma), 6), 'percent'),
    ev('distanceTypical', round(p.z, 2), 'ratio'),
    ev('likesPerComment', round(t.likesPerComment ?? 0, 1), 'ratio'),
  ], ph('sig_farAbove_text'));
};

/** Views far below followers on video platforms (reach, features.reach): followers who never watch. */
export const viewsFarBelow: SignalFn = ({ features: f }) => {
  const followers = f.followers?.value ?? 0;
  const reach = f.reach;
  if (!reach || f.medianViews === undefined || reach.postsUsed < MIN_VIEW_POSTS || followers < VIEWS_MIN_FOLLOWERS) return null;
  const share = reach.value;
  const severity: Severity | null = share < VIEWS_ALERT ? 'alert' : share < VIEWS_WARN ? 'warning' : null;
  if (!severity) return null;
  return signal('views-far-below', severity, ph('sig_viewsFarBelow_title'), [
    ev('medianViews', Math.round(f.medianViews), 'count'),
    ev('followers', Math.round(followers), 'count'),
    ev('viewsPerFollower', round(share, 6), 'percent'),
    ev('ruleOfThumb', VIEWS_WARN, 'percent'),
  ], ph('sig_viewsFarBelow_text', pct(share)));
};
/**
 * Mass following / follow-for-follow. Informational: it stops holding as followers grow (so it cannot cap a grade
 * without letting bought followers lift it), and genuine accounts follow back too (Purba 2020); it counts in the risk.
 */
export const massFollowing: SignalFn = ({ snapshot, features: f }) => {
  const following = f.following?.value;
  const followers = f.followers?.value ?? 0;
  if (following === undefined) return null;
  const atXCap = snapshot.platform === 'x' && following >= X_FOLLOW_CAP - 100 && following <= X_FOLLOW_CAP && followers < following;
  const mass = following > MASS_FOLLOWING && following >= NEAR_RATIO * followers;
  if (!atXCap && !mass) return null;
  const evidence: Evidence[] = [
    ev('following', Math.round(following), 'count'),
    ev('followers', Math.round(followers), 'count'),
    ev('followingPerFollower', round(following / Math.max(1, followers), 2), 'ratio'),
    ev('massThreshold', MASS_FOLLOWING, 'count'),
  ];
  return atXCap
    ? signal('mass-following', 'info', ph('sig_xCap_title', num(X_FOLLOW_CAP)), evidence, ph('sig_xCap_text', num(following)))
    : signal('mass-following', 'info', ph('sig_massFollowing_title'), evidence, ph('sig_massFollowing_text', num(following)));
};

/** A few posts carry the engagement: spread unlike genuine accounts. */
export const erraticEngagement: SignalFn = ({ features: f, cal }) => {
  if (f.topShare === undefined || f.topPosts === undefined) return null;
  const threshold = Math.max(ERRATIC_SHARE, cal.topShare.p995);
  if (f.topShare < threshold) return null;
  return signal('erratic-engagement', 'warning', ph('sig_erratic_title'), [
    ev('topShare', round(f.topShare, 4), 'percent', num(f.topPosts), num(f.postsWithLikes)),
    ev('genuineP995', round(cal.topShare.p995, 4), 'percent'),
  ], ph('sig_erratic_text', num(f.topPosts), num(f.postsWithLikes), pct(f.topShare)));
};

/** Too little to judge: few posts, hidden likes, only rounded counts. Lowers confidence; never a verdict. */
export const tooLittleEvidence: SignalFn = ({ snapshot, features: f }) => {
  const reasons: FlatPhrase[] = [];
  const evidence: Evidence[] = [ev('postsWithLikes', f.postsWithLikes, 'count')];
  if (f.postsWithLikes < FEW_POSTS) reasons.push(flat(f.postsWithLikes === 1 ? 'sig_little_fewPosts_one' : 'sig_little_fewPosts_other', num(f.postsWithLikes)));
  if (f.likesHidden > 0) {
    reasons.push(flat(f.likesHidden === 1 ? 'sig_little_hidden_one' : 'sig_little_hidden_other', num(f.likesHidden)));
    evidence.push(ev('likesHidden', f.likesHidden, 'count'));
  }
  if (!snapshot.profile.followers) reasons.push(flat('sig_little_noFollowers'));
  if (f.rounded.length > 0) {
    reasons.push(flat('sig_little_rounded'));
    evidence.push({ label: ph('sigev_rounded'), value: ph('words_list', { list: f.rounded }), unit: 'text' });
  }
  if (reasons.length === 0) return null;
  return signal('too-little-evidence', 'info', ph('sig_little_title'), evidence, ph('sig_little_text', { list: reasons }));
};

/** Every signal, in the order the popup lists them. */
export const SIGNALS: readonly SignalFn[] = [
  lowEngagement, boughtFollowers, likesCommentsRatio, engagementFarAbove, viewsFarBelow, massFollowing, erraticEngagement, growthSpike, audienceSample,
  tooLittleEvidence,
];

export function runSignals(ctx: SignalContext): Signal[] {
  return SIGNALS.map((fn) => fn(ctx)).filter((s): s is Signal => s !== null);
}
