/**
 * The per-follower suspicion score and the classifier the share estimate counts with.
 */
import { featuresOf, modelInputs, type FollowerFeatures } from './features';
import type { AudienceEntry } from '../snapshot';

export interface ModelCalibration {
  /** Logistic weights: [intercept, (no picture,) handle has digits, share of the handle that is digits]. */
  weights: number[];
  /** A follower whose score reaches this counts as "looks fake". */
  threshold: number;
  /** The threshold's measured rates: flaggedFakes / fakes is its TPR, flaggedReals / reals its FPR. */
  flaggedFakes: number;
  fakes: number;
  flaggedReals: number;
  reals: number;
}

export interface Calibration {
  id: string;
  source: string;
  /** Used when every follower's picture is known. */
  withPicture: ModelCalibration;
  /** Used when the list does not show pictures (or not for every follower): the handle alone. */
  handleOnly: ModelCalibration;
}

export function scoreWith(weights: readonly number[], inputs: readonly number[]): number {
  let z = weights[0];
  for (let i = 0; i < inputs.length; i++) z += weights[i + 1] * inputs[i];
  return 1 / (1 + Math.exp(-z));
}

export function scoreFeatures(model: ModelCalibration, f: FollowerFeatures, withPicture: boolean): number {
  return scoreWith(model.weights, modelInputs(f, withPicture));
}

/** Which model reads a sample: the picture counts only when the list showed it for every follower. */
export function modelFor(calibration: Calibration, entries: readonly AudienceEntry[]): { model: ModelCalibration; withPicture: boolean } {
  const withPicture = entries.length > 0 && entries.every((e) => e.hasPicture !== undefined);
  return { model: withPicture ? calibration.withPicture : calibration.handleOnly, withPicture };
}

export function scoreEntry(model: ModelCalibration, entry: AudienceEntry, withPicture: boolean, platform?: string): number {
  return scoreFeatures(model, featuresOf(entry, platform), withPicture);
}
