/**
 * Engagement benchmarks as versioned data: per platform and basis, a few anchor figures, each with its source, year
 * and formula, and a log-normal model of the spread around it (ln(rate) ~ N(ln typical, logSd)).
 *
 * Between anchors the expected rate is interpolated on log-log axes (engagement falls with audience size; Markerly
 * 2016, HypeAuditor, Later x Fohr 2021). One rule shapes the curve: no band edge may fall faster than 1/followers,
 * i.e. a bigger audience is never expected to bring FEWER likes per post. Without it, an account could look better by
 * buying followers (its expected rate would drop faster than its own rate). Where a published figure would need a
 * steeper drop, it is reached further along the size axis (`placedAt`, shown in the benchmark note).
 *
 * These are creator figures (Modash's bands by follower count, 2025), the curve a creator is placed on. Small personal
 * accounts are another population (InstaFake: ~22% of followers per post under 2k followers): they are not placed on
 * this curve's low end but judged apart, against the calibrated personal line (calibratedRows, lib/score/population.ts).
 *
 * Bump BENCHMARKS_VERSION whenever a number changes (stored analyses name the table they used).
 */
import type { Platform } from '../snapshot';
import type { Calibration } from './calibration';
import type { Benchmark, Position, TierId } from './types';
import { tierFor, tierMidpoint } from './tiers';
import { flat, num, pct, ph, text, type FlatPhrase, type Phrase } from '../phrase';

export const BENCHMARKS_VERSION = '2026.1';

export type Basis = 'followers' | 'views';

interface BenchmarkRow {
  id: string;
  platform: Platform;
  basis: Basis;
  /** The tier the figure was published for ('all' = every size together). */
  tier: TierId | 'all' | 'calibrated';
  /** Typical (median) rate, as a fraction. */
  typical: number;
  /** Spread: sd of ln(rate) among genuine accounts. */
  logSd: number;
  /** Where the figure sits on the size axis (followers): the tier's geometric middle unless said otherwise. */
  atFollowers: number;
  /** Where the figure comes from, its formula, and notes (sentences): messages the UI words (bench_*). */
  source: FlatPhrase;
  year: number;
  formula: FlatPhrase;
  note?: FlatPhrase[];
}

const IG_FORMULA = flat('bench_formula_modashIg');
/**
 * Spread of creator engagement (bench_note_spreadIg): Social Cat bands for 1k-5k, 10k-50k, 100k-500k and 500k-1M
 * followers (low/high cut-offs read as 10th/90th percentiles) give log-sd 0.60, 0.74, 0.72, 0.65; 0.75 used. The
 * genuine creators of the Purba 2020 set agree on the middle (medians 3.9% at 2k-5k, 1.6% at 5k-20k, 0.9% above 20k)
 * and have a longer low tail (lib/score/creators.ts).
 */
const SPREAD_IG = flat('bench_note_spreadIg');
/** No published spread: log-sd 1.0 assumed (the usual range spans 2.7x either side; "far" means over 7x away). */
const WIDE = flat('bench_note_wide');
/** Geometric middle of a published band [lo, hi) of followers. */
const mid = (lo: number, hi: number) => Math.round(Math.sqrt(lo * hi));
/** The middle of a published range of typical rates (Modash gives each band as "x-y%"). */
const centre = (lo: number, hi: number) => Math.round(Math.sqrt(lo * hi) * 1e6) / 1e6;

function modashIg(id: string, tier: TierId, lo: number, hi: number, rLo: number, rHi: number): BenchmarkRow {
  return {
    id, platform: 'instagram', basis: 'followers', tier, typical: centre(rLo, rHi), logSd: 0.75, atFollowers: mid(lo, hi),
    source: flat('bench_src_modashIg', num(lo), num(hi), pct(rLo), pct(rHi)),
    year: 2025, formula: IG_FORMULA, note: [SPREAD_IG],
  };
}

function modashViews(platform: 'tiktok' | 'youtube', id: string, tier: TierId, lo: number, hi: number, rLo: number, rHi: number): BenchmarkRow {
  return {
    id, platform, basis: 'views', tier, typical: centre(rLo, rHi), logSd: 1.0, atFollowers: mid(lo, hi),
    source: flat(platform === 'tiktok' ? 'bench_src_modashTiktok' : 'bench_src_modashYoutube', num(lo), num(hi), pct(rLo), pct(rHi)),
    year: 2025, formula: flat(platform === 'tiktok' ? 'bench_formula_modashTiktok' : 'bench_formula_modashYoutube'),
    note: [WIDE, flat('bench_note_viewsBasis')],
  };
}

/**
 * Published creator figures (GUIDE section 5). Add rows, never edit one in place without bumping the version.
 * By followers: Instagram, X, Threads, and Facebook (a brand figure, labelled so). TikTok, YouTube and LinkedIn have
 * creator figures per view or impression only (TikTok's and YouTube's place a per-view rate; Rival IQ's 5.69% for
 * TikTok by followers is a brand figure and is not used); Bluesky and Twitch have none: engagement shown, not placed.
 */
export const PUBLISHED: readonly BenchmarkRow[] = [
  modashIg('ig-modash-1k-5k', 'nano', 1_000, 5_000, 0.0338, 0.0442),
  modashIg('ig-modash-5k-10k', 'nano', 5_000, 10_000, 0.0125, 0.0162),
  modashIg('ig-modash-10k-50k', 'micro', 10_000, 50_000, 0.0084, 0.0111),
  modashIg('ig-modash-50k-100k', 'micro', 50_000, 100_000, 0.0075, 0.0101),
  modashIg('ig-modash-100k-500k', 'mid', 100_000, 500_000, 0.0087, 0.0114),
  modashIg('ig-modash-500k-1m', 'macro', 500_000, 1_000_000, 0.0088, 0.0113),
  { ...modashIg('ig-modash-1m-up', 'mega', 1_000_000, 10_000_000, 0.0102, 0.0127), atFollowers: 3_000_000 },
  modashViews('tiktok', 'tiktok-views-modash-1k-5k', 'nano', 1_000, 5_000, 0.1206, 0.1404),
  modashViews('tiktok', 'tiktok-views-modash-5k-10k', 'nano', 5_000, 10_000, 0.105, 0.1183),
  modashViews('tiktok', 'tiktok-views-modash-10k-50k', 'micro', 10_000, 50_000, 0.0838, 0.0937),
  modashViews('tiktok', 'tiktok-views-modash-50k-100k', 'micro', 50_000, 100_000, 0.0722, 0.0803),
  modashViews('tiktok', 'tiktok-views-modash-100k-500k', 'mid', 100_000, 500_000, 0.0666, 0.0739),
  modashViews('tiktok', 'tiktok-views-modash-500k-1m', 'macro', 500_000, 1_000_000, 0.0619, 0.0685),
  { ...modashViews('tiktok', 'tiktok-views-modash-1m-up', 'mega', 1_000_000, 10_000_000, 0.062, 0.0684), atFollowers: 3_000_000 },
  modashViews('youtube', 'youtube-views-modash-1k-5k', 'nano', 1_000, 5_000, 0.0147, 0.0202),
  modashViews('youtube', 'youtube-views-modash-10k-50k', 'micro', 10_000, 50_000, 0.0036, 0.0051),
  { ...modashViews('youtube', 'youtube-views-modash-1m-up', 'mega', 1_000_000, 10_000_000, 0.0013, 0.0018), atFollowers: 3_000_000 },
  {
    id: 'facebook-followers-rivaliq-2024', platform: 'facebook', basis: 'followers', tier: 'all', typical: 0.00063, logSd: 1.0,
    atFollowers: 1, source: flat('bench_src_rivalIq2024'), year: 2024,
    formula: flat('bench_formula_perPost'),
    note: [WIDE, flat('bench_note_brand')],
  },
  {
    id: 'x-followers-influencers-2025', platform: 'x', basis: 'followers', tier: 'all', typical: 0.0039, logSd: 1.0,
    atFollowers: 1, source: flat('bench_src_sprout2025'), year: 2025,
    formula: flat('bench_formula_perPost'),
    note: [WIDE, flat('bench_note_xStudy')],
  },
  {
    id: 'threads-followers-post-study-2025', platform: 'threads', basis: 'followers', tier: 'all', typical: 0.0451, logSd: 1.0,
    atFollowers: 1, source: flat('bench_src_postStudy2025'), year: 2025,
    formula: flat('bench_formula_interactions'),
    note: [WIDE, flat('bench_note_threadsStudy')],
  },
  ...([
    ['1k-5k', 'nano', 1_000, 5_000, 0.0542], ['5k-25k', 'micro', 5_000, 25_000, 0.0387], ['25k-100k', 'micro', 25_000, 100_000, 0.0274],
    ['100k-500k', 'mid', 100_000, 500_000, 0.0189], ['500k-up', 'macro', 500_000, 5_000_000, 0.0108],
  ] as const).map(([id, tier, lo, hi, typical]): BenchmarkRow => ({
    id: `linkedin-impressions-sociavault-${id}`, platform: 'linkedin', basis: 'views', tier, typical, logSd: 1.0, atFollowers: mid(lo, hi),
    source: flat('bench_src_sociavault', num(lo), num(hi)),
    year: 2026, formula: flat('bench_formula_impressions'),
    note: [WIDE, flat('bench_note_impressions')],
  })),
];

/** The personal line is calibrated up to here (the calibration data end at 1,783 followers). */
const CALIBRATED_EDGE = 2_000;

/** The personal-account line (Instagram), from the calibration (typical = e^(intercept + slope ln F)). */
export function calibratedRows(cal: Calibration): BenchmarkRow[] {
  const at = (f: number): BenchmarkRow => ({
    id: `ig-calibrated-${f}`, platform: 'instagram', basis: 'followers', tier: 'calibrated',
    typical: Math.exp(cal.engagement.intercept + cal.engagement.slope * Math.log(f)), logSd: cal.engagement.logSd,
    atFollowers: f, source: flat('bench_src_calibrated', text(cal.source), num(cal.accounts)), year: 2019,
    formula: flat('bench_formula_calibrated', num(12)),
    note: [flat('bench_note_calibrated', num(cal.engagement.minFollowers), num(cal.engagement.maxFollowers), num(cal.engagement.slope, 3), num(cal.engagement.logSd, 2))],
  });
  return [at(cal.engagement.minFollowers), at(CALIBRATED_EDGE)];
}

interface Anchor {
  row: BenchmarkRow;
  /** ln(followers) where the figure is placed after the slope rule (>= ln(row.atFollowers)). */
  x: number;
  mu: number;
  sigma: number;
}

/** The z values whose band edges must not fall faster than 1/followers (the position boundaries). */
export const POSITION_Z = [-2, -1, 1, 2] as const;

/**
 * Anchors sorted by size, each moved right as far as needed so that every band edge mu + k*sigma (k in POSITION_Z)
 * has log-log slope >= -1 on every segment: dx >= -(dmu + k*dsigma) for all k.
 */
function buildCurve(rows: readonly BenchmarkRow[]): Anchor[] {
  const sorted = [...rows].sort((a, b) => a.atFollowers - b.atFollowers);
  const out: Anchor[] = [];
  for (const row of sorted) {
    const a: Anchor = { row, x: Math.log(Math.max(1, row.atFollowers)), mu: Math.log(row.typical), sigma: row.logSd };
    const prev = out[out.length - 1];
    if (prev) {
      const need = Math.max(0, ...POSITION_Z.map((k) => -((a.mu - prev.mu) + k * (a.sigma - prev.sigma))));
      if (a.x < prev.x + need) a.x = prev.x + need;
    }
    out.push(a);
  }
  return out;
}

export interface Expectation {
  platform: Platform;
  basis: Basis;
  followers: number;
  /** Expected ln(rate) and its sd at this size. */
  mu: number;
  sigma: number;
  /** The anchors on either side (the same one twice outside the covered range) and the weight of `upper`. */
  lower: Anchor;
  upper: Anchor;
  t: number;
}

const curves = new WeakMap<Calibration, Map<string, Anchor[]>>();

export function curveFor(platform: Platform, basis: Basis, cal: Calibration): Anchor[] {
  let byKey = curves.get(cal);
  if (!byKey) curves.set(cal, (byKey = new Map()));
  const key = `${platform}/${basis}`;
  let curve = byKey.get(key);
  if (!curve) {
    const rows = PUBLISHED.filter((r) => r.platform === platform && r.basis === basis);
    curve = basis === 'views' ? heldCurve(buildCurve(rows)) : buildCurve(rows);
    byKey.set(key, curve);
  }
  return curve;
}

/**
 * Per-view figures fall with size (Modash: TikTok 13% at 1k-5k, 6.5% at 1M+), but a rate per view does not change
 * when followers are bought: placed on the falling figure, an account would look better by buying followers. So the
 * curve a per-view rate is placed on is held: every anchor at least as high as each smaller one (running maximum of
 * the typical rate and of the spread). Larger accounts are then held to the smaller accounts' figure, and the note
 * says so.
 */
function heldCurve(curve: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  for (const a of curve) {
    const prev = out[out.length - 1];
    out.push(prev ? { ...a, mu: Math.max(a.mu, prev.mu), sigma: Math.max(a.sigma, prev.sigma) } : a);
  }
  return out;
}

export function expectation(platform: Platform, basis: Basis, followers: number, cal: Calibration): Expectation | null {
  const curve = curveFor(platform, basis, cal);
  if (curve.length === 0 || !(followers > 0)) return null;
  const x = Math.log(followers);
  let i = 0;
  while (i < curve.length - 1 && curve[i + 1].x <= x) i++;
  const lower = curve[i];
  const upper = curve[Math.min(i + 1, curve.length - 1)];
  const t = upper === lower || x <= lower.x ? 0 : Math.min(1, (x - lower.x) / (upper.x - lower.x));
  return {
    platform, basis, followers, lower, upper, t,
    mu: lower.mu + t * (upper.mu - lower.mu),
    sigma: lower.sigma + t * (upper.sigma - lower.sigma),
  };
}

/** z of a rate against the expectation (rates of 0 are floored at half an engagement per post). */
export function zScore(rate: number, e: Expectation): number {
  const floor = 0.5 / Math.max(1, e.followers);
  return (Math.log(Math.max(rate, floor)) - e.mu) / e.sigma;
}

export function positionOf(z: number): Position {
  if (z < -2) return 'far-below';
  if (z < -1) return 'below';
  if (z <= 1) return 'typical';
  if (z <= 2) return 'above';
  return 'far-above';
}


/** The Benchmark shown in the Analysis: the expectation at this size with its +-1 log-sd band (16th-84th pct). */
export function toBenchmark(e: Expectation): Benchmark {
  const near = e.t < 0.5 ? e.lower : e.upper;
  const other = near === e.lower ? e.upper : e.lower;
  const placed = Math.round(Math.exp(near.x));
  const note: Phrase[] = [...(near.row.note ?? [])];
  if (placed > near.row.atFollowers * 1.01) note.push(ph('bench_note_moved', num(placed)));
  const held = Math.abs(Math.exp(near.mu) - near.row.typical) > 1e-9;
  if (held) note.push(ph('bench_note_held', pct(Math.exp(near.mu)), pct(near.row.typical)));
  if (!held && other.row.id !== near.row.id && JSON.stringify(other.row.source) !== JSON.stringify(near.row.source) && e.t > 0 && e.t < 1) {
    note.push(ph('bench_note_between', other.row.source, text(String(other.row.year)), pct(other.row.typical)));
  }
  return {
    platform: e.platform,
    tier: tierFor(e.followers).id,
    basis: e.basis,
    typical: Math.exp(e.mu),
    low: Math.exp(e.mu - e.sigma),
    high: Math.exp(e.mu + e.sigma),
    logSd: e.sigma,
    source: near.row.source,
    year: near.row.year,
    formula: near.row.formula,
    ...(note.length ? { note } : {}),
    version: BENCHMARKS_VERSION,
  };
}
