/**
 * The creator low-engagement check, calibrated on genuine creators: the Purba 2020 dev half
 * (/work/shared/datasets/purba-2020-dev.csv, class r, >= 6 posts, 2k+ followers; posts built as lib/score/purba.ts says).
 *
 * One number is fitted: how far below the creator curve (benchmarks.ts) a genuine creator's engagement goes, as the
 * 2nd percentile of ln(rate) - ln(typical for its size). Genuine creators have a long low tail (10% of them sit below a
 * twentieth of the typical rate), so the check flags only what lies beyond nearly all of them; the alert sits a
 * further factor of 3 below (fixed a priori). `npm run bench:accuracy -- --creators FILE --fit` reprints the fit;
 * the benchmark's cross-validation refits it on one half and measures the other.
 */
import { expectation } from './benchmarks';
import type { Calibration } from './calibration';
import { INSTAFAKE_DEV } from './calibration';
import { extractFeatures } from './features';
import { isPurbaEligible, purbaSnapshot, type PurbaRow } from './purba';
import { quantile } from './stats';

export interface CreatorCalibration {
  id: string;
  source: string;
  accounts: number;
  /** Warning below this ln(rate / typical) (the genuine creators' 2nd percentile); alert LN3 further down. */
  lowWarn: number;
  lowAlert: number;
}

export const CREATOR_QUANTILE = 0.02;
export const ALERT_STEP = Math.log(3);
export const CREATOR_FIT_MIN = 2_000;

export const PURBA_DEV: CreatorCalibration = {
  id: 'purba-dev-2020',
  source: 'Purba 2020 dev half (Purba, Asirvatham & Murugesan, IJECE 2020), genuine accounts with 2k+ followers',
  accounts: 270,
  lowWarn: -5.4161,
  lowAlert: -5.4161 - ALERT_STEP,
};

/** ln(rate / typical) on the creator curve, rates of 0 floored at half an engagement per post (benchmarks.ts). */
export function creatorResidual(rate: number, followers: number, cal: Calibration = INSTAFAKE_DEV): number | undefined {
  const e = expectation('instagram', 'followers', followers, cal);
  if (!e) return undefined;
  return Math.log(Math.max(rate, 0.5 / Math.max(1, followers))) - e.mu;
}

export function fitCreators(rows: readonly PurbaRow[], id = 'fit', source = 'Purba 2020 dev half'): CreatorCalibration {
  const residuals: number[] = [];
  for (const r of rows) {
    if (r.cls !== 'r' || !isPurbaEligible(r) || r.followers < CREATOR_FIT_MIN) continue;
    const f = extractFeatures(purbaSnapshot(r));
    if (!f.byFollowers || !f.followers) continue;
    const res = creatorResidual(f.byFollowers.value, f.followers.value);
    if (res !== undefined) residuals.push(res);
  }
  const lowWarn = quantile(residuals, CREATOR_QUANTILE);
  return { id, source, accounts: residuals.length, lowWarn, lowAlert: lowWarn - ALERT_STEP };
}
