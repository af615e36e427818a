/**
 * Posting cadence and engagement trend from the posts' dates. Pure.
 *
 * Cadence: (posts - 1) per week over the span between the oldest and newest dated post. Trend: the
 * median engagement of the newer half of the dated posts against the older half; a change under
 * 20% either way is "steady" (a threshold of ours, not a published figure).
 */
import type { Snapshot } from '../snapshot';
import { basisFor, median, postRate, postRef, scoredPosts, type Basis } from './stats';

const MIN_DATED = 3;
const MIN_TREND = 6;
const STEADY_BAND = 0.2;
const DAY = 86_400_000;

export interface CadenceReport {
  dated: number;
  perWeek?: number;
  spanDays?: number;
  newest?: string;
  oldest?: string;
  trend?: {
    direction: 'rising' | 'falling' | 'steady';
    /** Newer median / older median - 1. */
    change: number;
    newer: { posts: number; median: number };
    older: { posts: number; median: number };
    basis: Basis;
    /** The posts it rests on, newest first. */
    posts: string[];
  };
}

export function cadenceReport(snap: Snapshot): CadenceReport {
  const dated = scoredPosts(snap)
    .map(({ post, index }) => ({ post, index, t: post.postedAt ? Date.parse(post.postedAt) : NaN }))
    .filter((x) => Number.isFinite(x.t))
    .sort((a, b) => b.t - a.t);
  const report: CadenceReport = { dated: dated.length };
  if (dated.length < MIN_DATED) return report;
  const newest = dated[0].t;
  const oldest = dated[dated.length - 1].t;
  const spanDays = (newest - oldest) / DAY;
  report.newest = new Date(newest).toISOString();
  report.oldest = new Date(oldest).toISOString();
  report.spanDays = Math.round(spanDays * 10) / 10;
  // Posts on one day say nothing about a weekly rate.
  if (spanDays >= 1) report.perWeek = ((dated.length - 1) / spanDays) * 7;

  const basis = basisFor(snap);
  if (!basis) return report;
  const rated = dated
    .map((x) => ({ ...x, rate: postRate(x.post, snap.profile.followers?.value, basis) }))
    .filter((x): x is typeof x & { rate: number } => x.rate !== undefined);
  if (rated.length < MIN_TREND) return report;
  const half = Math.floor(rated.length / 2);
  const newer = rated.slice(0, half);
  const older = rated.slice(rated.length - half);
  const nm = median(newer.map((x) => x.rate))!;
  const om = median(older.map((x) => x.rate))!;
  if (om <= 0) return report;
  const change = nm / om - 1;
  report.trend = {
    direction: change > STEADY_BAND ? 'rising' : change < -STEADY_BAND ? 'falling' : 'steady',
    change,
    newer: { posts: newer.length, median: nm },
    older: { posts: older.length, median: om },
    basis,
    posts: rated.map((x) => postRef(x.post, x.index)),
  };
  return report;
}
