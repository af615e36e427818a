/**
 * The Analysis: what scoring concludes from a Snapshot. Shown by the popup and the in-page panel,
 * printed by `npm run analyze`, stored in history. Every number carries where it came from.
 */
import type { Platform } from '../snapshot';

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
  /** Plain formula, e.g. "median of (likes + comments) / followers". */
  formula: string;
  /** How many posts the median rests on, and which (their ids or urls, page order). */
  postsUsed: number;
  perPost: { id?: string; url?: string; rate: number }[];
}

export interface Benchmark {
  platform: Platform;
  tier: TierId;
  basis: 'followers' | 'views';
  /** Typical rate and the band (e.g. 10th-90th percentile) a genuine account falls in. */
  typical: number;
  low: number;
  high: number;
  source: string;
  year: number;
  formula: string;
  note?: string;
}

export interface Evidence {
  label: string;
  value: number | string;
  /** 'percent' values are fractions (0.012 -> "1.2%"). */
  unit?: 'percent' | 'count' | 'ratio' | 'text';
}

export interface Signal {
  id: string;
  severity: Severity;
  title: string;
  evidence: Evidence[];
  explanation: string;
  /** Points this signal took off the score (0 for info). */
  points: number;
}

export interface ScoreComponent {
  id: string;
  label: string;
  /** Points this component contributes (may be negative). */
  points: number;
  detail: string;
}

export interface Analysis {
  platform: Platform;
  handle: string;
  followers?: number;
  tier: { id: TierId; label: string } | null;
  engagement: EngagementRate[];
  benchmark: { ref: Benchmark; position: Position } | null;
  signals: Signal[];
  /** Null when there is too little to grade honestly. */
  grade: { score: number; letter: Letter; confidence: Confidence; components: ScoreComponent[] } | null;
  /** 0..1 inflation risk (what the accuracy benchmark ranks on). */
  risk: number;
  /** Counts that could not be read and why (from the adapter's notes and the scorer's own checks). */
  missing: string[];
  sample: { postsVisible: number; postsUsed: number; hint?: string };
}
