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
 * Published figures describe creators and brands; small personal accounts engage far more (InstaFake: ~22% of
 * followers per post under 2k followers, vs 2.78% for 1k-10k creators, HypeAuditor 2023). The Instagram curve starts
 * from the calibrated line (lib/score/calibration.ts) and meets the published figures with that rule.
 *
 * Bump BENCHMARKS_VERSION whenever a number changes (stored analyses name the table they used).
 */
import type { Platform } from '../snapshot';
import type { Calibration } from './calibration';
import type { Benchmark, Position, TierId } from './types';
import { tierFor, tierMidpoint } from './tiers';

export const BENCHMARKS_VERSION = '2025.1';

export type Basis = 'followers' | 'views';

export interface BenchmarkRow {
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
  source: string;
  year: number;
  formula: string;
  note?: string;
}

const HYPEAUDITOR_2019 =
  'HypeAuditor (c. 2019), 36,000 Instagram influencers: 20k to 1M+ followers all between 1.54% and 1.62%';
const IG_FORMULA = '(likes + comments) / followers, per post, averaged over accounts';
const SPREAD_IG =
  'spread: Social Cat bands for 10k-50k, 100k-500k and 500k-1M followers (low/high cut-offs read as 10th/90th ' +
  'percentiles) give log-sd 0.74, 0.72, 0.65; widened to 0.75 because sources and years disagree ' +
  "(HypeAuditor's 2026 report, via eMarketer: micro 0.54%; Markerly 2016: 2.4% likes alone)";
const RIVAL_IQ_2023 = 'Rival IQ 2023 Social Media Industry Benchmark Report (brands)';
const WIDE = 'no published spread: log-sd 1.0 assumed (the usual range spans 2.7x either side; "far" means over 7x away)';

/** Published figures (GUIDE section 5). Add rows, never edit one in place without bumping the version. */
export const PUBLISHED: readonly BenchmarkRow[] = [
  {
    id: 'ig-nano-hypeauditor-2023', platform: 'instagram', basis: 'followers', tier: 'nano', typical: 0.0278, logSd: 0.6,
    atFollowers: tierMidpoint('nano'),
    source: 'HypeAuditor, State of Influencer Marketing 2023 (nano: 1k-10k followers)', year: 2023, formula: IG_FORMULA,
    note: 'spread: Social Cat bands for 1k-5k followers (under 1.72% low, over 7.97% high, read as 10th/90th percentiles) ' +
      'give log-sd 0.60. Statista 2023: nano 2.19%, all tiers 1.85%.',
  },
  {
    id: 'ig-micro-hypeauditor-2019', platform: 'instagram', basis: 'followers', tier: 'micro', typical: 0.0158, logSd: 0.75,
    atFollowers: tierMidpoint('micro'), source: HYPEAUDITOR_2019, year: 2019, formula: IG_FORMULA, note: SPREAD_IG,
  },
  {
    id: 'ig-mid-hypeauditor-2019', platform: 'instagram', basis: 'followers', tier: 'mid', typical: 0.0158, logSd: 0.75,
    atFollowers: tierMidpoint('mid'), source: HYPEAUDITOR_2019, year: 2019, formula: IG_FORMULA,
    note: `${SPREAD_IG}. Brands on Instagram: 0.47% (${RIVAL_IQ_2023}).`,
  },
  {
    id: 'ig-macro-hypeauditor-2019', platform: 'instagram', basis: 'followers', tier: 'macro', typical: 0.0158, logSd: 0.75,
    atFollowers: tierMidpoint('macro'), source: HYPEAUDITOR_2019, year: 2019, formula: IG_FORMULA, note: SPREAD_IG,
  },
  {
    id: 'ig-mega-kaggle-top200', platform: 'instagram', basis: 'followers', tier: 'mega', typical: 0.0088, logSd: 1.19,
    atFollowers: 50_000_000,
    source: "Kaggle 'Top Instagram Influencers Data (Cleaned)': the 200 largest accounts (33M-476M followers)",
    year: 2022, formula: '60-day engagement rate as listed (likes per post / followers)',
    note: 'computed here from /work/shared/datasets/top-instagram-influencers.csv (199 accounts with a rate): median ' +
      '0.88%, log-sd 1.19 (interquartile range / 1.349), placed at the sample median (50M followers). ' +
      'HypeAuditor c. 2019 and Markerly 2016 put 1M+ accounts at 1.6-1.7%.',
  },
  {
    id: 'tiktok-followers-rivaliq-2023', platform: 'tiktok', basis: 'followers', tier: 'all', typical: 0.0569, logSd: 1.0,
    atFollowers: 1, source: RIVAL_IQ_2023, year: 2023, formula: 'engagements per post / followers', note: WIDE,
  },
  {
    id: 'tiktok-views-rivaliq-2023-small', platform: 'tiktok', basis: 'views', tier: 'nano', typical: 0.038, logSd: 1.0,
    atFollowers: Math.sqrt(1_000 * 5_000), source: `${RIVAL_IQ_2023}, accounts under 5k followers`, year: 2023,
    formula: '(likes + comments + shares) / views',
    note: `${WIDE}. All sizes: 4.14%. Creators differ: HypeAuditor 2023 gives TikTok nano creators 12.6%.`,
  },
  {
    id: 'tiktok-views-rivaliq-2023-large', platform: 'tiktok', basis: 'views', tier: 'mega', typical: 0.075, logSd: 1.0,
    atFollowers: 3_000_000, source: `${RIVAL_IQ_2023}, accounts over 1M followers`, year: 2023,
    formula: '(likes + comments + shares) / views', note: WIDE,
  },
  {
    id: 'facebook-followers-rivaliq-2023', platform: 'facebook', basis: 'followers', tier: 'all', typical: 0.0006, logSd: 1.0,
    atFollowers: 1, source: RIVAL_IQ_2023, year: 2023, formula: 'engagements per post / followers', note: WIDE,
  },
  {
    id: 'x-followers-rivaliq-2023', platform: 'x', basis: 'followers', tier: 'all', typical: 0.00035, logSd: 1.0,
    atFollowers: 1, source: RIVAL_IQ_2023, year: 2023, formula: 'engagements per post / followers', note: WIDE,
  },
];

/**
 * The calibrated line is used up to this size: where the calibration data end (largest account: 1,783 followers).
 * Beyond it the curve heads for the published creator figures under the no-fewer-likes rule, which places the nano
 * figure (2.78%) at ~21k followers: between 2k and ~20k the expectation is an interpolation between two populations
 * (personal accounts, creators), the model's least certain range (confidence is capped at medium there).
 */
export const CALIBRATED_EDGE = 2_000;

/** The Instagram small-account rows, from the calibrated line (typical = e^(intercept + slope ln F)). */
export function calibratedRows(cal: Calibration): BenchmarkRow[] {
  const at = (f: number): BenchmarkRow => ({
    id: `ig-calibrated-${f}`, platform: 'instagram', basis: 'followers', tier: 'calibrated',
    typical: Math.exp(cal.engagement.intercept + cal.engagement.slope * Math.log(f)), logSd: cal.engagement.logSd,
    atFollowers: f, source: `calibrated on ${cal.source}, ${cal.accounts} accounts`, year: 2019,
    formula: 'median of (likes + comments) / followers over the 12 most recent posts',
    note: `personal accounts with ${cal.engagement.minFollowers}-${cal.engagement.maxFollowers} followers; ` +
      `OLS of ln(rate) on ln(followers): slope ${cal.engagement.slope.toFixed(3)}, residual log-sd ${cal.engagement.logSd.toFixed(2)}`,
  });
  return [at(cal.engagement.minFollowers), at(CALIBRATED_EDGE)];
}

export interface Anchor {
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
export function buildCurve(rows: readonly BenchmarkRow[]): Anchor[] {
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
    if (platform === 'instagram' && basis === 'followers') rows.push(...calibratedRows(cal));
    curve = buildCurve(rows);
    byKey.set(key, curve);
  }
  return curve;
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

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The Benchmark shown in the Analysis: the expectation at this size with its +-1 log-sd band (16th-84th pct). */
export function toBenchmark(e: Expectation): Benchmark {
  const near = e.t < 0.5 ? e.lower : e.upper;
  const other = near === e.lower ? e.upper : e.lower;
  const placed = Math.round(Math.exp(near.x));
  const moved = placed > near.row.atFollowers * 1.01 ? ` Placed at ~${placed.toLocaleString('en-US')} followers by the no-fewer-likes rule.` : '';
  const between =
    other.row.source !== near.row.source && e.t > 0 && e.t < 1
      ? ` Interpolated (log-log) between this figure and ${other.row.source} (${other.row.year}): ${pct(other.row.typical)}.`
      : '';
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
    note: [near.row.note, moved, between].map((x) => (x ?? '').trim()).filter(Boolean).map((x) => x.replace(/\.?$/, '.')).join(' ') || undefined,
    version: BENCHMARKS_VERSION,
  };
}
