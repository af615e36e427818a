/**
 * The accuracy measurement behind scripts/bench-accuracy.ts (kept here, pure, so tests can run it too).
 *
 * For each account with >= 6 posts and >= 50 followers: a genuine Instagram Snapshot (12 most recent posts, exact
 * counts) and four inflated copies: bought followers at 25%, 50% and 75% of the audience (followers / (1 - share),
 * all else unchanged) and bought likes (likes x 3 on every post, comments unchanged). Each goes through the engine;
 * "flagged" is the product's own definition (flags.ts), AUC ranks on Analysis.risk.
 */
import { analyzeWith } from '../../../lib/score/index';
import type { Calibration } from '../../../lib/score/calibration';
import { isEligible, snapshotFromAccount, type DatasetAccount } from './dataset';
import { extractFeatures } from '../../../lib/score/features';
import { fitCalibration } from './fit';
import type { Snapshot } from '../../../lib/snapshot';
import { quantile, rocAuc } from '../../../lib/score/stats';

export const VARIANTS = [
  { id: 'followers25', label: 'bought followers 25%', share: 0.25 },
  { id: 'followers50', label: 'bought followers 50%', share: 0.5 },
  { id: 'followers75', label: 'bought followers 75%', share: 0.75 },
  { id: 'likes', label: 'bought likes (x3)', likesFactor: 3 },
] as const;
type VariantId = (typeof VARIANTS)[number]['id'];

interface Outcome {
  flagged: boolean;
  risk: number;
  /** The plain baseline: how far the engagement rate sits below the calibrated line (log residual). */
  baseline: number;
}

interface Results {
  genuine: Outcome[];
  variants: Record<VariantId, Outcome[]>;
}

export interface Summary {
  n: number;
  fpr: number;
  tpr: Record<VariantId, number>;
  auc: Record<VariantId, number>;
  /** Detection when risk exceeds its 95th percentile on genuine accounts (a 5% false-flag operating point). */
  detAt5: Record<VariantId, number>;
  baselineAuc: Record<VariantId, number>;
  baselineDetAt5: Record<VariantId, number>;
}

const emptyVariants = (): Record<VariantId, Outcome[]> => ({ followers25: [], followers50: [], followers75: [], likes: [] });

export function eligibleAccounts(accounts: readonly DatasetAccount[]): { a: DatasetAccount; i: number }[] {
  return accounts.map((a, i) => ({ a, i })).filter(({ a }) => isEligible(a));
}

function variantSnapshot(a: DatasetAccount, i: number, v: (typeof VARIANTS)[number]): Snapshot {
  return 'share' in v
    ? snapshotFromAccount(a, i, { followers: Math.round(a.userFollowerCount / (1 - v.share)) })
    : snapshotFromAccount(a, i, { likesFactor: v.likesFactor });
}

function baselineOf(cal: Calibration, s: Snapshot): number {
  const f = extractFeatures(s);
  const F = f.followers?.value ?? 1;
  const rate = Math.max(f.byFollowers?.value ?? 0, 0.5 / F);
  return -(Math.log(rate) - (cal.engagement.intercept + cal.engagement.slope * Math.log(F)));
}

export function measure(cal: Calibration, accounts: readonly { a: DatasetAccount; i: number }[]): Results {
  const out: Results = { genuine: [], variants: emptyVariants() };
  const run = (s: Snapshot): Outcome => {
    const an = analyzeWith(cal, s);
    return { flagged: an.flagged, risk: an.risk, baseline: baselineOf(cal, s) };
  };
  for (const { a, i } of accounts) {
    out.genuine.push(run(snapshotFromAccount(a, i)));
    for (const v of VARIANTS) out.variants[v.id].push(run(variantSnapshot(a, i, v)));
  }
  return out;
}

/** 2-fold cross-validation: calibration refitted on one half (even / odd positions), measured on the other. */
export function crossValidate(accounts: readonly { a: DatasetAccount; i: number }[]): Results {
  const folds = [accounts.filter((_, k) => k % 2 === 0), accounts.filter((_, k) => k % 2 === 1)];
  const pooled: Results = { genuine: [], variants: emptyVariants() };
  folds.forEach((test, k) => {
    const r = measure(fitCalibration(folds[1 - k].map(({ a }) => a), `fold${1 - k}`), test);
    pooled.genuine.push(...r.genuine);
    for (const v of VARIANTS) pooled.variants[v.id].push(...r.variants[v.id]);
  });
  return pooled;
}

const share = (xs: readonly Outcome[], p: (x: Outcome) => boolean) => xs.filter(p).length / Math.max(1, xs.length);

export function summarize(r: Results): Summary {
  const gRisk = r.genuine.map((x) => x.risk);
  const riskAt5 = quantile(gRisk, 0.95);
  const s: Summary = {
    n: r.genuine.length,
    fpr: share(r.genuine, (x) => x.flagged),
    tpr: {} as Record<VariantId, number>,
    auc: {} as Record<VariantId, number>,
    detAt5: {} as Record<VariantId, number>,
    baselineAuc: {} as Record<VariantId, number>,
    baselineDetAt5: {} as Record<VariantId, number>,
  };
  for (const v of VARIANTS) {
    const xs = r.variants[v.id];
    s.tpr[v.id] = share(xs, (x) => x.flagged);
    s.auc[v.id] = rocAuc(gRisk, xs.map((x) => x.risk));
    s.detAt5[v.id] = share(xs, (x) => x.risk > riskAt5);
    // The baseline is told the variant's direction: below the line for bought followers, above for bought likes.
    const sign = 'share' in v ? 1 : -1;
    const gb = r.genuine.map((x) => sign * x.baseline);
    const bAt5 = quantile(gb, 0.95);
    s.baselineAuc[v.id] = rocAuc(gb, xs.map((x) => sign * x.baseline));
    s.baselineDetAt5[v.id] = share(xs, (x) => sign * x.baseline > bAt5);
  }
  return s;
}

export function accuracyLine(s: Summary): string {
  const f = (x: number) => x.toFixed(3);
  return `accuracy: fpr=${f(s.fpr)} tpr25=${f(s.tpr.followers25)} tpr50=${f(s.tpr.followers50)} tpr75=${f(s.tpr.followers75)} ` +
    `tprlikes=${f(s.tpr.likes)} auc50=${f(s.auc.followers50)} auclikes=${f(s.auc.likes)}`;
}
