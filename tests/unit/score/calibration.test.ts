import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracyLine, crossValidate, eligibleAccounts, measure, summarize } from '../../../scripts/calibration/score/accuracy';
import { INSTAFAKE_DEV } from '../../../lib/score/calibration';
import { parseDataset } from '../../../scripts/calibration/score/dataset';
import { fitCalibration } from '../../../scripts/calibration/score/fit';
import { DATASETS_DIR } from '../../support/shared';

const DEV = `${DATASETS_DIR}/instafake-engagement-dev.json`;
const present = existsSync(DEV);
if (!present) console.warn(`skipping calibration and accuracy tests: ${DEV} not found`);

describe.skipIf(!present)('calibration on the InstaFake dev set', () => {
  const accounts = present ? parseDataset(JSON.parse(readFileSync(DEV, 'utf8'))) : [];

  it('the committed parameters are what scripts/calibration/score/fit.ts gives', () => {
    const fit = fitCalibration(accounts);
    expect(fit.accounts).toBe(INSTAFAKE_DEV.accounts);
    const pairs: [number, number][] = [
      [fit.engagement.intercept, INSTAFAKE_DEV.engagement.intercept],
      [fit.engagement.slope, INSTAFAKE_DEV.engagement.slope],
      [fit.engagement.logSd, INSTAFAKE_DEV.engagement.logSd],
      [fit.followRatio.mean, INSTAFAKE_DEV.followRatio.mean],
      [fit.followRatio.sd, INSTAFAKE_DEV.followRatio.sd],
      [fit.likesModel.intercept, INSTAFAKE_DEV.likesModel.intercept],
      [fit.likesModel.comments, INSTAFAKE_DEV.likesModel.comments],
      [fit.likesModel.followers, INSTAFAKE_DEV.likesModel.followers],
      [fit.likesModel.sd, INSTAFAKE_DEV.likesModel.sd],
      [fit.likesPerComment.mean, INSTAFAKE_DEV.likesPerComment.mean],
      [fit.likesPerComment.sd, INSTAFAKE_DEV.likesPerComment.sd],
      [fit.topShare.p995, INSTAFAKE_DEV.topShare.p995],
    ];
    for (const [got, committed] of pairs) expect(Math.abs(got - committed)).toBeLessThan(1e-3);
    expect(fit.engagement.maxFollowers).toBe(INSTAFAKE_DEV.engagement.maxFollowers);
  });

  it('meets the accuracy targets, shipped and cross-validated', () => {
    const eligible = eligibleAccounts(accounts);
    for (const s of [summarize(measure(INSTAFAKE_DEV, eligible)), summarize(crossValidate(eligible))]) {
      expect(s.fpr, accuracyLine(s)).toBeLessThanOrEqual(0.05);
      expect(s.auc.followers50, accuracyLine(s)).toBeGreaterThanOrEqual(0.85);
      expect(s.auc.likes, accuracyLine(s)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('is deterministic', () => {
    const eligible = eligibleAccounts(accounts).slice(0, 40);
    expect(summarize(measure(INSTAFAKE_DEV, eligible))).toEqual(summarize(measure(INSTAFAKE_DEV, eligible)));
  });
});
