/**
 * The Analysis: what scoring concludes from a Snapshot. Shown by the popup and the in-page panel,
 * printed by `npm run analyze`, stored in history. Every number carries where it came from.
 */
import type { Platform } from '../snapshot';
import type { Phrase } from '../phrase';

/** A rate as a fraction (0.0123 = 1.23%) with the interval that rounded counts leave open. */
export interface RateRange {
  value: number;
  min: number;
  max: number;
}

export type TierId = 'nano' | 'micro' | 'mid' | 'macro' | 'mega';
export type Position = 'far-below' | 'below' | 'typical' | 'above' | 'far-above';
export type Severity = 'info' | 'warning' | 'alert';
export type Confidence = 'low' | 'medium' | 'high';
export type Letter = 'A' | 'B' | 'C' | 'D' | 'F';

export interface EngagementRate extends RateRange {
  /** 'followers' = per follower, 'views' = per view. */
  basis: 'followers' | 'views';
  /** Plain formula, e.g. "median of (likes + comments) / followers" (worded by the UI). */
  formula: Phrase;
  /**
   * Absent: measured on the recent posts the page shows (the usual window). 'lifetime': from the account's totals
   * since it began (TikTok: total likes / videos / followers), used only when no post on the page shows likes;
   * it then has no per-post rates (`perPost` is empty) and `postsUsed` is the video count behind the total.
   */
  period?: 'lifetime';
  /** How many posts the median rests on, and which (their ids or urls, page order). */
  postsUsed: number;
  perPost: { id?: string; url?: string; rate: number }[];
}

/**
 * Reach: views per follower, the median over the recent videos of views / followers. Not engagement (a view is not
 * an interaction, and views also come from non-followers), but what a video-platform profile shows when its grid
 * has no like counts; checked by the "videos seen by few followers" signal.
 */
export interface ReachRate extends RateRange {
  basis: 'reach';
  formula: Phrase;
  postsUsed: number;
  perPost: { id?: string; url?: string; rate: number }[];
}

export interface Benchmark {
  platform: Platform;
  tier: TierId;
  basis: 'followers' | 'views';
  /** Typical rate and the band a genuine account falls in (here: typical * e^(-+logSd), the 16th-84th percentile). */
  typical: number;
  low: number;
  high: number;
  source: Phrase;
  year: number;
  formula: Phrase;
  /** Sentences about the figure (its spread, where it was placed on the size axis). */
  note?: Phrase[];
  /** Spread of ln(rate) among genuine accounts at this size; low/high = typical * e^(-+logSd) (16th-84th pct). */
  logSd?: number;
  /** Version of the benchmark table (lib/score/benchmarks.ts). */
  version?: string;
}

export interface Evidence {
  label: Phrase;
  /** A number, or words: a phrase to word, or a string shown as it is. */
  value: number | string | Phrase;
  /** 'percent' values are fractions (0.012 -> "1.2%"). */
  unit?: 'percent' | 'count' | 'ratio' | 'text';
}

export interface Signal {
  id: string;
  severity: Severity;
  title: Phrase;
  evidence: Evidence[];
  explanation: Phrase;
  /** Points this signal took off the score (0 for info). */
  points: number;
}

export interface ScoreComponent {
  id: string;
  label: Phrase;
  /** Points this component contributes (may be negative). */
  points: number;
  detail: Phrase;
}

export interface Analysis {
  platform: Platform;
  handle: string;
  followers?: number;
  tier: { id: TierId; label: string } | null;
  engagement: EngagementRate[];
  /** Views per follower on video platforms (TikTok, YouTube, Instagram reels), when videos show views. */
  reach?: ReachRate;
  benchmark: { ref: Benchmark; position: Position } | null;
  signals: Signal[];
  /**
   * Null when there is too little to grade honestly. `provisional` then says why and carries the rate shown (a grey
   * badge: no letter, no verdict word).
   */
  provisional?: { rate?: number; basis?: 'followers' | 'views' | 'reach'; reason: Phrase };
  /** The population the account was judged in (lib/score/population.ts) and the page evidence behind it. */
  population?: { id: 'personal' | 'creator' | 'uncertain'; evidence: Phrase[] };
  grade: { score: number; letter: Letter; confidence: Confidence; components: ScoreComponent[] } | null;
  /** 0..1 inflation risk (what the accuracy benchmark ranks on). */
  risk: number;
  /** True when a warning- or alert-level inflation signal was raised (lib/score/flags.ts, one definition). */
  flagged: boolean;
  /** The strongest evidence behind `risk` (a signal id or model term), null when there is none. */
  riskDriver: string | null;
  /** Every basis that has a benchmark (followers, views); `benchmark` is the one the grade uses. */
  benchmarks: { ref: Benchmark; position: Position; z: number }[];
  /** Model terms in standard-deviation units (positive = more suspicious), for the popup's detail view and debugging. */
  model: { version: string; calibration: string; terms: { id: string; label: Phrase; z: number }[] };
  /** Counts that could not be read and why (from the adapter's notes and the scorer's own checks). */
  missing: Phrase[];
  sample: { postsVisible: number; postsUsed: number; hint?: Phrase };
}
