/**
 * The creator low-engagement check, calibrated on genuine creators: the Purba 2020 dev half
 * (/work/shared/datasets/purba-2020-dev.csv, class r, >= 6 posts, 2k+ followers; posts built as lib/score/purba.ts says).
 *
 * Two numbers are fitted. First, how far below the creator curve (benchmarks.ts) a genuine creator's engagement goes, as the
 * 2nd percentile of ln(rate) - ln(typical for its size). Genuine creators have a long low tail (10% of them sit below a
 * twentieth of the typical rate), so the check flags only what lies beyond nearly all of them; the alert sits a
 * further factor of 3 below (fixed a priori). Second, how many likes per comment genuine creators get: the 99th
 * percentile of ln((mean likes + 1) / (mean comments + 1)); the small-account norm (28:1, InstaFake) is far too low for
 * creators, whose comments thin out as they grow (Purba 2020: median 27:1 at 2k-5k, 80:1 above 20k). The alert sits a
 * further factor of 2 above (a priori). `npm run bench:accuracy -- --creators FILE --fit` reprints the fit;
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
  /** Warning above this ln(likes per comment) (the genuine creators' 99th percentile); alert LN2 further up. */
  lpcWarn: number;
  lpcAlert: number;
}

export const CREATOR_QUANTILE = 0.02;
const ALERT_STEP = Math.log(3);
const CREATOR_FIT_MIN = 2_000;
const LPC_QUANTILE = 0.99;
const LPC_ALERT_STEP = Math.log(2);


export const PURBA_DEV: CreatorCalibration = {
  id: 'purba-dev-2020',
  source: 'Purba 2020 dev half (Purba, Asirvatham & Murugesan, IJECE 2020), genuine accounts with 2k+ followers',
  accounts: 270,
  // fitCreators on the dev half (`npm run bench:accuracy -- --creators FILE --fit`).
  lowWarn: -5.1617,
  lowAlert: -5.1617 - ALERT_STEP,
  lpcWarn: 5.5043,
  lpcAlert: 5.5043 + LPC_ALERT_STEP,
};

/** ln(rate / typical) on the creator curve, rates of 0 floored at half an engagement per post (benchmarks.ts). */
export function creatorResidual(rate: number, followers: number, cal: Calibration = INSTAFAKE_DEV): number | undefined {
  const e = expectation('instagram', 'followers', followers, cal);
  if (!e) return undefined;
  return Math.log(Math.max(rate, 0.5 / Math.max(1, followers))) - e.mu;
}

export function fitCreators(rows: readonly PurbaRow[], id = 'fit', source = 'Purba 2020 dev half'): CreatorCalibration {
  const residuals: number[] = [];
  const lpc: number[] = [];
  for (const r of rows) {
    if (r.cls !== 'r' || !isPurbaEligible(r) || r.followers < CREATOR_FIT_MIN) continue;
    const f = extractFeatures(purbaSnapshot(r));
    if (!f.byFollowers || !f.followers) continue;
    const res = creatorResidual(f.byFollowers.value, f.followers.value);
    if (res !== undefined) residuals.push(res);
    if (f.meanLikes !== undefined && f.meanComments !== undefined) lpc.push(Math.log((f.meanLikes + 1) / (f.meanComments + 1)));
  }
  const lowWarn = quantile(residuals, CREATOR_QUANTILE);
  const lpcWarn = quantile(lpc, LPC_QUANTILE);
  return { id, source, accounts: residuals.length, lowWarn, lowAlert: lowWarn - ALERT_STEP, lpcWarn, lpcAlert: lpcWarn + LPC_ALERT_STEP };
}
