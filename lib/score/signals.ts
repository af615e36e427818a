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
import { extractFeatures, type Features } from './features';
import { gradePlacement, type ModelTerms } from './model';
import { CREATOR_QUANTILE, type CreatorCalibration } from './creators';
import type { Population } from './population';
import type { Evidence, Severity, Signal } from './types';
import { round } from './stats';

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
/** Paid ads rarely bring more than 5k followers a day (HypeAuditor's guide to follower graphs). */
export const MAX_ORGANIC_PER_DAY = 5_000;
/** A step up of a quarter of the audience within a week, with engagement flat, is the bought-followers shape. */
export const STEP_SHARE = 0.25;
export const STEP_MIN = 500;
export const STEP_DAYS = 7;
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

const pct = (x: number) => `${(x * 100).toFixed(x < 0.001 ? 3 : x < 0.1 ? 2 : 1)}%`;
const num = (x: number) => Math.round(x).toLocaleString('en-US');
const severityOf = (z: number, warn: number, alert: number): Severity | null => (z >= alert ? 'alert' : z >= warn ? 'warning' : null);

function signal(id: string, severity: Severity, title: string, evidence: Evidence[], explanation: string): Signal {
  // Evidence stays plain JSON: a number that cannot be shown (a division by a count under 1) is said in words.
  const clean = evidence.map((e): Evidence => (typeof e.value === 'number' && !Number.isFinite(e.value) ? { label: e.label, value: 'n/a', unit: 'text' } : e));
  return { id, severity, title, evidence: clean, explanation, points: 0 };
}

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
  return signal('low-engagement', severity, 'Engagement far below creators of this size', [
    { label: 'Engagement rate by followers', value: round(f.byFollowers.value, 6), unit: 'percent' },
    { label: 'Typical for creators of this size', value: round(typical, 6), unit: 'percent' },
    { label: 'Times below typical', value: round(Math.exp(-r), 1), unit: 'ratio' },
    { label: 'Genuine creators this far below (calibrated)', value: round(Math.exp(-creators.lowWarn), 0), unit: 'ratio' },
  ], `Its posts get about ${pct(f.byFollowers.value)} of its followers in likes and comments, over ${num(Math.exp(-creators.lowWarn))} times below typical creators of its size (${pct(typical)}), lower than ${round((1 - CREATOR_QUANTILE) * 100, 0)}% of genuine creators: most of its followers do not engage, the pattern bought or inactive followers leave.`);
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
    { label: 'Engagement rate by followers', value: round(f.byFollowers.value, 6), unit: 'percent' },
    { label: 'Typical for personal accounts', value: round(personal, 6), unit: 'percent' },
    { label: 'Distance from personal accounts (sd)', value: round(t.zPersonal, 2), unit: 'ratio' },
  ];
  if (f.following && f.followers && f.following.value > 0) {
    evidence.push({ label: 'Followers per account followed', value: round(f.followers.value / f.following.value, 2), unit: 'ratio' });
    evidence.push({ label: 'Usual for personal accounts', value: round(Math.exp(cal.followRatio.mean), 2), unit: 'ratio' });
  }
  evidence.push({ label: 'Combined evidence (sd)', value: round(s, 2), unit: 'ratio' });
  return signal('bought-followers', severity, 'More followers than its engagement and following explain', evidence,
    'Judged as a personal account (under 2k followers): its posts get far fewer likes and comments than personal accounts, ' +
    'and it has many more followers than it follows: the pattern bought followers leave. A small creator can look the same; ' +
    'a look at its followers list tells them apart.');
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
    { label: 'Likes per comment', value: round(t.likesPerComment, 1), unit: 'ratio' },
    { label: 'Usual for genuine accounts', value: round(norm, 1), unit: 'ratio' },
    ...(high ? [{ label: 'Genuine creators above this (1 in 100)', value: round(Math.exp(creators.lpcWarn), 0), unit: 'ratio' as const }] : []),
    { label: 'Distance from usual (sd)', value: round(z, 2), unit: 'ratio' },
  ];
  return high
    ? signal('likes-comments-ratio', severity, 'Many likes per comment', evidence,
      `It gets about ${num(t.likesPerComment)} likes for every comment, more than 99% of genuine creators (usual: about ${num(norm)}): bought likes add likes without comments.`)
    : signal('likes-comments-ratio', severity, 'Many comments per like', evidence,
      `It gets a comment for every ${round(t.likesPerComment, 1)} likes, far more comments than usual: worth reading them, since engagement pods and bought comments look like this (and so do close friends).`);
};

/** Bought engagement: far above the size norm, carried by likes rather than conversation. Informational: the grade
 * rests on comments where read, so the likes do not raise it, and "far above" fades as followers grow. */
export const engagementFarAbove: SignalFn = ({ features: f, terms: t }) => {
  const p = t.byFollowers;
  const z = t.zLikesPerComment;
  if (!p || p.position !== 'far-above' || z === undefined || z < FEW_COMMENTS_Z || !f.byFollowers) return null;
  return signal('engagement-far-above', 'info', 'Engagement far above its tier, with few comments per like', [
    { label: 'Engagement rate by followers', value: round(f.byFollowers.value, 6), unit: 'percent' },
    { label: 'Upper edge of the usual range', value: round(Math.exp(p.expectation.mu + p.expectation.sigma), 6), unit: 'percent' },
    { label: 'Distance from typical (sd)', value: round(p.z, 2), unit: 'ratio' },
    { label: 'Likes per comment', value: round(t.likesPerComment ?? 0, 1), unit: 'ratio' },
  ], 'Its posts get far more likes than creators of this size while comments stay at the usual level: bought likes raise engagement this way. The grade rests on the comments, so these likes do not raise it.');
};

/** Views far below followers on video platforms (reach, features.reach): followers who never watch. */
export const viewsFarBelow: SignalFn = ({ features: f }) => {
  const followers = f.followers?.value ?? 0;
  const reach = f.reach;
  if (!reach || f.medianViews === undefined || reach.postsUsed < MIN_VIEW_POSTS || followers < VIEWS_MIN_FOLLOWERS) return null;
  const share = reach.value;
  const severity: Severity | null = share < VIEWS_ALERT ? 'alert' : share < VIEWS_WARN ? 'warning' : null;
  if (!severity) return null;
  return signal('views-far-below', severity, 'Videos seen by few of its followers', [
    { label: 'Median views per video', value: Math.round(f.medianViews), unit: 'count' },
    { label: 'Followers', value: Math.round(followers), unit: 'count' },
    { label: 'Views per follower', value: round(share, 6), unit: 'percent' },
    { label: 'Rule of thumb (not calibrated)', value: VIEWS_WARN, unit: 'percent' },
  ], `Its videos are watched by about ${pct(share)} of its follower count, so most followers never see them: the pattern bought followers leave.`);
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
    { label: 'Following', value: Math.round(following), unit: 'count' },
    { label: 'Followers', value: Math.round(followers), unit: 'count' },
    { label: 'Following per follower', value: round(following / Math.max(1, followers), 2), unit: 'ratio' },
    { label: 'Mass-following threshold (HypeAuditor, Traackr)', value: MASS_FOLLOWING, unit: 'count' },
  ];
  return atXCap
    ? signal('mass-following', 'info', "Following at X's 5,001 cap", evidence,
      `It follows ${num(following)} accounts, the most X allows before an account has enough followers: the follow-for-follow pattern.`)
    : signal('mass-following', 'info', 'Follows as many accounts as follow it', evidence,
      `It follows ${num(following)} accounts, about as many as or more than follow it: followers gained by following back rarely engage.`);
};

/** A few posts carry the engagement: spread unlike genuine accounts. */
export const erraticEngagement: SignalFn = ({ features: f, cal }) => {
  if (f.topShare === undefined || f.topPosts === undefined) return null;
  const threshold = Math.max(ERRATIC_SHARE, cal.topShare.p995);
  if (f.topShare < threshold) return null;
  return signal('erratic-engagement', 'warning', 'A few posts carry the engagement', [
    { label: `Share of engagement on the top ${f.topPosts} of ${f.postsWithLikes} posts`, value: round(f.topShare, 4), unit: 'percent' },
    { label: 'Genuine accounts (99.5th percentile)', value: round(cal.topShare.p995, 4), unit: 'percent' },
  ], `Its top ${f.topPosts} of ${f.postsWithLikes} posts carry ${pct(f.topShare)} of all likes and comments, a spread genuine accounts rarely show: likes bought for a few posts look like this.`);
};

interface Point {
  at: number;
  followers: number;
  /** Median engagement per post (likes + comments), when readable. */
  engagement?: number;
}

function pointOf(s: Snapshot): Point | null {
  const at = Date.parse(s.capturedAt);
  const followers = s.profile.followers?.value;
  if (!Number.isFinite(at) || followers === undefined || !(followers > 0)) return null;
  const f = extractFeatures(s);
  // A visit rebuilt from history has no posts: its recorded engagement rate stands in (lib/storage/history.ts).
  const recorded = (s as EarlierSnapshot).recordedEngagement;
  const rate = f.byFollowers?.value ?? (typeof recorded === 'number' && Number.isFinite(recorded) && recorded >= 0 ? recorded : undefined);
  return { at, followers, engagement: rate !== undefined ? rate * followers : undefined };
}

/** Growth spike between two snapshots of the same account, with engagement not following. */
export const growthSpike: SignalFn = ({ snapshot, earlier }) => {
  const same = earlier.filter((e) => e.platform === snapshot.platform && e.profile.handle.toLowerCase() === snapshot.profile.handle.toLowerCase());
  const points = [...same, snapshot].map(pointOf).filter((p): p is Point => p !== null).sort((a, b) => a.at - b.at);
  const rank: Record<Severity, number> = { info: 0, warning: 1, alert: 2 };
  let best: { a: Point; b: Point; days: number; gain: number; perDay: number; kind: 'per-day' | 'step'; severity: Severity; engGrowth: number } | null = null;
  // Every consecutive pair is judged on its own and the most severe one is reported, so a later snapshot can only
  // add evidence, never hide an earlier jump.
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const days = (b.at - a.at) / 86_400_000;
    if (days <= 0 || days > 31) continue;
    const gain = b.followers - a.followers;
    const perDay = gain / Math.max(1, days);
    const kind = perDay > MAX_ORGANIC_PER_DAY ? 'per-day' : gain >= STEP_MIN && gain >= STEP_SHARE * a.followers && days <= STEP_DAYS ? 'step' : null;
    if (!kind) continue;
    const growth = b.followers / a.followers - 1;
    const known = a.engagement !== undefined && b.engagement !== undefined && a.engagement > 0;
    const engGrowth = known ? (b.engagement as number) / (a.engagement as number) - 1 : Number.NaN;
    if (known && engGrowth >= 0.5 * growth) continue; // engagement grew with the audience: a post took off
    const severity: Severity = !known ? 'info' : kind === 'per-day' ? 'alert' : 'warning';
    if (!best || rank[severity] > rank[best.severity] || (rank[severity] === rank[best.severity] && perDay > best.perDay)) {
      best = { a, b, days, gain, perDay, kind, severity, engGrowth };
    }
  }
  if (!best) return null;
  const { a, b, days, gain, perDay, kind, severity, engGrowth } = best;
  const growth = b.followers / a.followers - 1;
  const known = Number.isFinite(engGrowth);
  const evidence: Evidence[] = [
    { label: 'Followers gained', value: Math.round(gain), unit: 'count' },
    { label: 'Days between snapshots', value: round(days, 2), unit: 'count' },
    { label: 'Followers gained per day', value: Math.round(perDay), unit: 'count' },
    { label: 'Follower growth', value: round(growth, 4), unit: 'percent' },
  ];
  if (known) evidence.push({ label: 'Engagement growth', value: round(engGrowth, 4), unit: 'percent' });
  const what = kind === 'per-day' ? `about ${num(perDay)} followers a day, more than paid ads bring (rarely over 5,000)` : `${pct(growth)} more followers within ${round(days, 1)} days`;
  return signal('growth-spike', severity, 'Sudden jump in followers', evidence,
    known
      ? `It gained ${what} while likes and comments per post did not grow with them: the shape bought followers leave.`
      : `It gained ${what}; one of the snapshots shows no engagement to check whether likes grew with them.`);
};

/** Too little to judge: few posts, hidden likes, only rounded counts. Lowers confidence; never a verdict. */
export const tooLittleEvidence: SignalFn = ({ snapshot, features: f }) => {
  const reasons: string[] = [];
  const evidence: Evidence[] = [{ label: 'Posts with readable likes', value: f.postsWithLikes, unit: 'count' }];
  if (f.postsWithLikes < FEW_POSTS) reasons.push(`only ${f.postsWithLikes} post${f.postsWithLikes === 1 ? '' : 's'} with readable likes`);
  if (f.likesHidden > 0) {
    reasons.push(`likes hidden on ${f.likesHidden} post${f.likesHidden === 1 ? '' : 's'}`);
    evidence.push({ label: 'Posts with likes hidden', value: f.likesHidden, unit: 'count' });
  }
  if (!snapshot.profile.followers) reasons.push('no follower count');
  if (f.rounded.length > 0) {
    reasons.push(`rounded counts (${f.rounded.join(', ')})`);
    evidence.push({ label: 'Rounded counts', value: f.rounded.join('; '), unit: 'text' });
  }
  if (reasons.length === 0) return null;
  return signal('too-little-evidence', 'info', 'Limited evidence', evidence,
    `The page shows ${reasons.join(', ')}, so the score is less certain and no verdict rests on guesses.`);
};

/** Every signal, in the order the popup lists them. */
export const SIGNALS: readonly SignalFn[] = [
  lowEngagement, boughtFollowers, likesCommentsRatio, engagementFarAbove, viewsFarBelow, massFollowing, erraticEngagement, growthSpike, tooLittleEvidence,
];

export function runSignals(ctx: SignalContext): Signal[] {
  return SIGNALS.map((fn) => fn(ctx)).filter((s): s is Signal => s !== null);
}
