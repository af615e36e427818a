/**
 * Growth spike between two snapshots of the same account, with engagement not following: the shape bought followers
 * leave on a follower graph. Pure; one of the inflation signals (signals.ts).
 */
import type { Snapshot } from '../snapshot';
import { num, pct, ph, type FlatPhrase } from '../phrase';
import { extractFeatures } from './features';
import { ev, signal } from './signal-parts';
import type { EarlierSnapshot, SignalFn } from './signals';
import { round } from './stats';
import type { Evidence, Severity } from './types';

/** Paid ads rarely bring more than 5k followers a day (HypeAuditor's guide to follower graphs). */
export const MAX_ORGANIC_PER_DAY = 5_000;
/** A step up of a quarter of the audience within a week, with engagement flat, is the bought-followers shape. */
export const STEP_SHARE = 0.25;
export const STEP_MIN = 500;
export const STEP_DAYS = 7;

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
    ev('followersGained', Math.round(gain), 'count'),
    ev('daysBetween', round(days, 2), 'count'),
    ev('gainedPerDay', Math.round(perDay), 'count'),
    ev('followerGrowth', round(growth, 4), 'percent'),
  ];
  if (known) evidence.push(ev('engagementGrowth', round(engGrowth, 4), 'percent'));
  const what = kind === 'per-day' ? ph('sig_growth_perDay', num(perDay), num(MAX_ORGANIC_PER_DAY)) : ph('sig_growth_step', pct(growth), num(round(days, 1), 1));
  return signal('growth-spike', severity, ph('sig_growth_title'), evidence, ph(known ? 'sig_growth_text' : 'sig_growth_textUnknown', what as FlatPhrase));
};

