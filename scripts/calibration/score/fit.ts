/**
 * How the calibrated parameters in lib/score/calibration.ts are obtained, kept as code so they can be reproduced:
 * `npx tsx scripts/bench-accuracy.ts --data FILE --fit` prints a fresh fit, and tests/unit/score/calibration.test.ts
 * checks the committed numbers against it.
 *
 * Every parameter is a mean, a standard deviation or an ordinary-least-squares line in log space, fitted on genuine
 * accounts only (no inflated examples, nothing tuned against the detection targets), on the same measurements the
 * extension takes (lib/score/features.ts on a Snapshot built from each account).
 */
import type { Calibration } from '../../../lib/score/calibration';
import { isEligible, snapshotFromAccount, type DatasetAccount } from './dataset';
import { extractFeatures } from '../../../lib/score/features';
import { mean, ols, quantile, sd } from '../../../lib/score/stats';

interface FitRow {
  followers: number;
  following: number;
  rate: number;
  meanLikes?: number;
  meanComments?: number;
  topShare?: number;
}

/** The measurements of each eligible account (>= 6 posts, >= 50 followers; its 12 most recent posts). */
function fitRows(accounts: readonly DatasetAccount[]): FitRow[] {
  const rows: FitRow[] = [];
  accounts.forEach((a, i) => {
    if (!isEligible(a)) return;
    const f = extractFeatures(snapshotFromAccount(a, i));
    if (!f.byFollowers || !f.followers) return;
    rows.push({
      followers: f.followers.value,
      following: f.following?.value ?? 0,
      rate: f.byFollowers.value,
      meanLikes: f.meanLikes,
      meanComments: f.meanComments,
      topShare: f.topShare,
    });
  });
  return rows;
}

export function fitCalibration(accounts: readonly DatasetAccount[], id = 'fit', source = 'InstaFake dev set (Akyon & Kalfaoglu 2019)'): Calibration {
  const rows = fitRows(accounts);
  const withRate = rows.filter((r) => r.rate > 0);
  const lnF = withRate.map((r) => Math.log(r.followers));
  const eng = ols(lnF.map((x) => [x]), withRate.map((r) => Math.log(r.rate)));

  const follow = rows.filter((r) => r.following > 0).map((r) => Math.log(r.followers / r.following));

  const paired = rows.filter((r) => r.meanLikes !== undefined && r.meanComments !== undefined);
  const lnL = paired.map((r) => Math.log((r.meanLikes ?? 0) + 1));
  const lnC = paired.map((r) => Math.log((r.meanComments ?? 0) + 1));
  const likes = ols(paired.map((r, i) => [lnC[i], Math.log(r.followers)]), lnL);
  const lpc = lnL.map((l, i) => l - lnC[i]);

  const shares = rows.map((r) => r.topShare).filter((s): s is number => s !== undefined);
  const followers = rows.map((r) => r.followers);

  return {
    id,
    source,
    accounts: rows.length,
    engagement: {
      intercept: eng.coef[0],
      slope: eng.coef[1],
      logSd: eng.residualSd,
      minFollowers: Math.min(...followers),
      maxFollowers: Math.max(...followers),
    },
    followRatio: { mean: mean(follow), sd: sd(follow) },
    likesModel: { intercept: likes.coef[0], comments: likes.coef[1], followers: likes.coef[2], sd: likes.residualSd },
    likesPerComment: { mean: mean(lpc), sd: sd(lpc) },
    topShare: { p995: quantile(shares, 0.995) },
  };
}
