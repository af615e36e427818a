/**
 * Calibration: a small logistic model (intercept + 3 weights with the picture, + 2 without) fitted
 * by Newton's method with a light ridge penalty, a threshold on its score chosen where TPR - FPR is
 * largest (Youden), and the counts that measure that threshold's TPR and FPR. Few parameters on
 * purpose: 100 fake profiles cannot support more (2-fold CV in scripts/bench-audience.ts).
 */
import type { LabelledFollower } from './dataset';
import { modelInputs } from '../../../lib/audience/features';
import type { ModelCalibration } from '../../../lib/audience/model';
import { scoreWith } from '../../../lib/audience/model';
import { solveLinear as solve } from '../../../lib/score/stats';

const RIDGE = 1;

/** Weights [intercept, ...inputs] maximising the penalised log-likelihood (the intercept is not penalised). */
function fitLogistic(rows: readonly { x: number[]; y: number }[]): number[] {
  const d = rows[0].x.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of rows) {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-v.reduce((s, vi, i) => s + vi * w[i], 0)));
      for (let i = 0; i < d; i++) {
        grad[i] += (y - p) * v[i];
        for (let j = 0; j < d; j++) hess[i][j] += p * (1 - p) * v[i] * v[j];
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i] -= RIDGE * w[i];
      hess[i][i] += RIDGE;
    }
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi + step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export function fitModel(rows: readonly LabelledFollower[], withPicture: boolean): ModelCalibration {
  const weights = fitLogistic(rows.map((r) => ({ x: modelInputs(r, withPicture), y: r.fake ? 1 : 0 }))).map((w) => round(w));
  const scored = rows.map((r) => ({ s: scoreWith(weights, modelInputs(r, withPicture)), fake: r.fake }));
  const fakes = scored.filter((r) => r.fake).length;
  const reals = scored.length - fakes;
  // Candidate thresholds: midpoints between distinct scores; the one with the largest TPR - FPR wins.
  const levels = [...new Set(scored.map((r) => r.s))].sort((a, b) => a - b);
  let best = { threshold: 1, tp: 0, fp: 0, j: -Infinity };
  for (let i = 1; i < levels.length; i++) {
    const threshold = round((levels[i - 1] + levels[i]) / 2, 6);
    const tp = scored.filter((r) => r.fake && r.s >= threshold).length;
    const fp = scored.filter((r) => !r.fake && r.s >= threshold).length;
    const j = tp / fakes - fp / reals;
    if (j > best.j + 1e-12) best = { threshold, tp, fp, j };
  }
  return { weights, threshold: best.threshold, flaggedFakes: best.tp, fakes, flaggedReals: best.fp, reals };
}

/** ROC AUC of a score for fake vs real (ties count half). */
export function rocAuc(scores: readonly { s: number; fake: boolean }[]): number {
  if (scores.some((x) => !Number.isFinite(x.s))) return NaN;
  const sorted = [...scores].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let fakes = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].s === sorted[i].s) j++;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k].fake) (rankSum += midRank), fakes++;
    i = j;
  }
  const reals = sorted.length - fakes;
  if (!fakes || !reals) return NaN;
  return (rankSum - (fakes * (fakes + 1)) / 2) / (fakes * reals);
}
