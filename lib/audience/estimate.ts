/**
 * The account's share of fake-looking followers, from the sample the user scrolled.
 *
 * Adjusted classify-and-count (Forman 2008, "Quantifying counts and costs via classification"):
 * a classifier that flags a fake with probability TPR and a real follower with probability FPR
 * flags a share q = FPR + p (TPR - FPR) of an audience whose fake share is p, so
 * p = (q - FPR) / (TPR - FPR). The interval propagates three uncertainties by the delta method:
 * the sample's (binomial, n followers seen) and the calibration's TPR and FPR (binomial, measured on
 * so many fake and real profiles). The calibration's variance is doubled: the followers of a real
 * account are not the calibration profiles, and the allowance covers a population as different as
 * another sample of the same size (without it 2-fold CV coverage fell to ~0.75; see
 * scripts/bench-audience.ts). Classifiers like this drift and over-flag (Rauchfleisch & Kaiser
 * 2020): the estimate is shown with its interval and examples, never as a bare "X% fake".
 */
import type { AudienceEntry } from '../snapshot';
import { cuesOf, type Cue } from './features';
import { modelFor, scoreEntry, type Calibration, type ModelCalibration } from './model';

/** 95% two-sided. */
const Z = 1.959964;
/** Calibration variance multiplier (see above). */
const CALIBRATION_DRIFT = 2;

interface ShareEstimate {
  /** Best estimate of the fake share, within [0, 1]. */
  share: number;
  low: number;
  high: number;
  /** Share of the sample the classifier flagged (before correction). */
  flagged: number;
  n: number;
}

/** Rates with half a count added each side, so a 0 or a full count never claims certainty. */
export function rates(model: ModelCalibration): { tpr: number; fpr: number } {
  return {
    tpr: (model.flaggedFakes + 0.5) / (model.fakes + 1),
    fpr: (model.flaggedReals + 0.5) / (model.reals + 1),
  };
}

/** The estimate from `flagged` followers flagged out of `n`; null when nothing can be said. */
export function adjustedShare(flaggedCount: number, n: number, model: ModelCalibration): ShareEstimate | null {
  if (!(n > 0) || flaggedCount < 0 || flaggedCount > n) return null;
  const { tpr, fpr } = rates(model);
  const gap = tpr - fpr;
  if (!(gap > 0.05)) return null; // a classifier this weak cannot be corrected
  const q = flaggedCount / n;
  const raw = (q - fpr) / gap;
  const share = Math.min(1, Math.max(0, raw));
  // A sample with none (or all) flagged still leaves its share uncertain: half a count each side.
  const qv = Math.min(Math.max(q, 0.5 / n), 1 - 0.5 / n);
  const variance =
    (qv * (1 - qv)) / n +
    CALIBRATION_DRIFT * ((share ** 2 * tpr * (1 - tpr)) / (model.fakes + 1) + ((1 - share) ** 2 * fpr * (1 - fpr)) / (model.reals + 1));
  const half = (Z * Math.sqrt(variance)) / gap;
  // Clamped both ways: a raw estimate beyond 0 or 1 (more or fewer flagged than the error rates
  // allow) must not give an interval that ends outside [0, 1] ("144-100%").
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
  return { share, low: clamp01(raw - half), high: clamp01(raw + half), flagged: q, n };
}

interface FollowerExample {
  handle: string;
  score: number;
  cues: Cue[];
}

export interface AudienceEstimate extends ShareEstimate {
  /** Whether the picture was used (every follower's was shown) or the handle alone. */
  basis: 'picture-and-handle' | 'handle-only';
  calibration: string;
  /** The most suspicious-looking followers seen, highest score first (for the popup). */
  examples: FollowerExample[];
}

const EXAMPLES_SHOWN = 5;

/** Scores a sample and estimates its fake share; null for an empty sample. Pure. */
export function estimateAudience(entries: readonly AudienceEntry[], calibration: Calibration, platform?: string): AudienceEstimate | null {
  if (!entries.length) return null;
  const { model, withPicture } = modelFor(calibration, entries);
  const scored = entries.map((e) => ({ entry: e, score: scoreEntry(model, e, withPicture, platform) }));
  const flagged = scored.filter((s) => s.score >= model.threshold).length;
  const estimate = adjustedShare(flagged, entries.length, model);
  if (!estimate) return null;
  const examples = scored
    .filter((s) => s.score >= model.threshold)
    .sort((a, b) => b.score - a.score || a.entry.handle.localeCompare(b.entry.handle))
    .slice(0, EXAMPLES_SHOWN)
    .map((s) => ({ handle: s.entry.handle, score: Math.round(s.score * 1000) / 1000, cues: cuesOf(s.entry, platform) }));
  return { ...estimate, basis: withPicture ? 'picture-and-handle' : 'handle-only', calibration: calibration.id, examples };
}
