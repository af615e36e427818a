/**
 * The audience benchmark (scripts/bench-audience.ts): audiences of 300 followers drawn with
 * replacement from labelled profiles at known fake shares, estimated exactly as the extension does.
 * Deterministic for a seed.
 */
import type { LabelledFollower } from './dataset';
import { adjustedShare } from '../../../lib/audience/estimate';
import { rocAuc } from './fit';
import { scoreFeatures, type ModelCalibration } from '../../../lib/audience/model';
import { seeded } from '../../../lib/score/purba';

const SHARES = [0, 0.1, 0.3, 0.5, 0.7] as const;
const AUDIENCE_SIZE = 300;
const AUDIENCES_PER_SHARE = 200;

/** A seeded generator (mulberry32), so a run is repeatable. */
export const seededRandom = seeded;

interface ShareResult {
  share: number;
  mae: number;
  coverage: number;
  meanEstimate: number;
  meanWidth: number;
}

export interface BenchResult {
  auc: number;
  mae: number;
  coverage: number;
  byShare: ShareResult[];
  /** Audiences where nothing could be estimated (counted as misses). */
  failed: number;
}

interface BenchOptions {
  seed?: number;
  size?: number;
  perShare?: number;
  withPicture?: boolean;
}

export function runBench(rows: readonly LabelledFollower[], model: ModelCalibration, opts: BenchOptions = {}): BenchResult {
  const withPicture = opts.withPicture ?? true;
  const size = opts.size ?? AUDIENCE_SIZE;
  const perShare = opts.perShare ?? AUDIENCES_PER_SHARE;
  const random = seededRandom(opts.seed ?? 1);
  const flaggedOf = (r: LabelledFollower) => scoreFeatures(model, r, withPicture) >= model.threshold;
  const fakes = rows.filter((r) => r.fake).map(flaggedOf);
  const reals = rows.filter((r) => !r.fake).map(flaggedOf);
  if (!fakes.length || !reals.length) throw new Error('bench: the data needs fake and real profiles');
  const auc = rocAuc(rows.map((r) => ({ s: scoreFeatures(model, r, withPicture), fake: r.fake })));
  const pick = (list: boolean[]) => list[Math.floor(random() * list.length)];

  const byShare: ShareResult[] = [];
  let errors = 0;
  let covered = 0;
  let failed = 0;
  for (const share of SHARES) {
    const nFake = Math.round(share * size);
    const truth = nFake / size;
    let e = 0, c = 0, sum = 0, width = 0;
    for (let i = 0; i < perShare; i++) {
      let flagged = 0;
      for (let k = 0; k < size; k++) if (pick(k < nFake ? fakes : reals)) flagged++;
      const est = adjustedShare(flagged, size, model);
      if (!est) {
        failed++;
        e += 1;
        continue;
      }
      e += Math.abs(est.share - truth);
      if (est.low <= truth && truth <= est.high) c++;
      sum += est.share;
      width += est.high - est.low;
    }
    byShare.push({ share: truth, mae: e / perShare, coverage: c / perShare, meanEstimate: sum / perShare, meanWidth: width / perShare });
    errors += e;
    covered += c;
  }
  const total = SHARES.length * perShare;
  return { auc, mae: errors / total, coverage: covered / total, byShare, failed };
}

export const benchLine = (r: BenchResult) => `audience: auc=${r.auc.toFixed(3)} mae=${r.mae.toFixed(3)} coverage=${r.coverage.toFixed(3)}`;
