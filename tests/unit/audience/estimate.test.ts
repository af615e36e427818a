import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTAFAKE_PROFILES_DEV } from '../../../lib/audience/calibration';
import { parseProfiles, twoFolds } from '../../../scripts/calibration/audience/dataset';
import { adjustedShare, estimateAudience, rates } from '../../../lib/audience/estimate';
import { cuesOf, handleShape } from '../../../lib/audience/features';
import { fitModel, rocAuc } from '../../../scripts/calibration/audience/fit';
import { runBench, seededRandom } from '../../../scripts/calibration/audience/simulate';
import type { AudienceEntry } from '../../../lib/snapshot';

const DEV = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/datasets/instafake-profiles-dev.json');
const model = INSTAFAKE_PROFILES_DEV.withPicture;

describe('adjusted classify-and-count', () => {
  it('recovers the share behind an exact flagged count, and its interval holds it', () => {
    const { tpr, fpr } = rates(model);
    for (const p of [0, 0.1, 0.3, 0.5, 0.7, 1]) {
      const n = 1000;
      const flagged = Math.round(n * (fpr + p * (tpr - fpr)));
      const est = adjustedShare(flagged, n, model)!;
      expect(est.share).toBeCloseTo(p, 2);
      expect(est.low).toBeLessThanOrEqual(p);
      expect(est.high).toBeGreaterThanOrEqual(p);
      expect(est.low).toBeGreaterThanOrEqual(0);
      expect(est.high).toBeLessThanOrEqual(1);
    }
  });

  it('narrows as the sample grows, but never below the calibration\'s own uncertainty', () => {
    const { tpr, fpr } = rates(model);
    const width = (n: number) => {
      const e = adjustedShare(Math.round(n * (fpr + 0.3 * (tpr - fpr))), n, model)!;
      return e.high - e.low;
    };
    expect(width(30)).toBeGreaterThan(width(300));
    expect(width(300)).toBeGreaterThan(width(3000));
    expect(width(1_000_000)).toBeGreaterThan(0.1); // 100 fake profiles measured the TPR: that uncertainty stays
  });

  it('covers the true share in at least 90% of simulated mixtures drawn from the calibration\'s own rates', () => {
    const random = seededRandom(7);
    const { tpr, fpr } = rates(model);
    let covered = 0;
    let trials = 0;
    for (const p of [0, 0.2, 0.4, 0.6]) {
      for (let i = 0; i < 200; i++) {
        let flagged = 0;
        for (let k = 0; k < 300; k++) flagged += random() < (random() < p ? tpr : fpr) ? 1 : 0;
        const e = adjustedShare(flagged, 300, model)!;
        trials++;
        if (e.low <= p && p <= e.high) covered++;
      }
    }
    expect(covered / trials).toBeGreaterThanOrEqual(0.9);
  });

  it('never gives an interval outside 0-100% or around the wrong side of its estimate, whatever was flagged (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const e = adjustedShare(Math.round(f * n), n, model)!;
        expect(0 <= e.low && e.low <= e.share && e.share <= e.high && e.high <= 1).toBe(true);
      }),
    );
    // All flagged: beyond what the error rates allow, so the share is 100% and so is the low end, not more.
    const all = adjustedShare(300, 300, model)!;
    expect(all.low).toBeLessThanOrEqual(1);
  });

  it('refuses what it cannot estimate', () => {
    expect(adjustedShare(0, 0, model)).toBeNull();
    expect(adjustedShare(5, 3, model)).toBeNull();
    expect(adjustedShare(1, 3, { ...model, flaggedFakes: 58, flaggedReals: 290 })).toBeNull(); // TPR = FPR
    expect(estimateAudience([], INSTAFAKE_PROFILES_DEV)).toBeNull();
  });
});

describe('estimateAudience', () => {
  const real = (i: number): AudienceEntry => ({ handle: `potter_${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))}`, hasPicture: true, name: 'Someone' });
  const fake = (i: number): AudienceEntry => ({ handle: `user${83920000 + i}`, hasPicture: false, name: '' });

  it('puts a bought-looking audience far above a genuine-looking one, with examples and reasons', () => {
    const genuine = estimateAudience(Array.from({ length: 200 }, (_, i) => real(i)), INSTAFAKE_PROFILES_DEV)!;
    const bought = estimateAudience([...Array.from({ length: 100 }, (_, i) => real(i)), ...Array.from({ length: 100 }, (_, i) => fake(i))], INSTAFAKE_PROFILES_DEV)!;
    expect(genuine.share).toBe(0);
    expect(genuine.low).toBe(0);
    expect(bought.share).toBeGreaterThan(0.5);
    expect(bought.low).toBeGreaterThan(genuine.high);
    expect(bought.basis).toBe('picture-and-handle');
    expect(bought.examples).toHaveLength(5);
    expect(bought.examples[0].cues).toEqual(['default-picture', 'digit-heavy-handle', 'no-name']);
  });

  it('uses the handle alone when any picture is unknown', () => {
    const entries = [fake(1), { handle: 'user99', name: '' }];
    expect(estimateAudience(entries, INSTAFAKE_PROFILES_DEV)!.basis).toBe('handle-only');
  });

  it('reads Bluesky handles by their first label and names cues', () => {
    expect(handleShape('bot72839184.bsky.social', 'bluesky')).toEqual({ length: 11, digits: 8 });
    expect(handleShape('@Maria2020x')).toEqual({ length: 10, digits: 4 });
    expect(cuesOf({ handle: 'kate', name: 'Kate', bio: '' })).toEqual(['no-name', 'empty-bio']);
    expect(cuesOf({ handle: 'kate1', name: 'Kate K', bio: 'Potter' })).toEqual(['has-digits']);
  });
});

describe('ROC AUC', () => {
  it('is 1 for a perfect ranking, 0.5 for ties, and NaN for scores that are not numbers', () => {
    expect(rocAuc([{ s: 0.9, fake: true }, { s: 0.1, fake: false }])).toBe(1);
    expect(rocAuc([{ s: 0.5, fake: true }, { s: 0.5, fake: false }])).toBe(0.5);
    expect(rocAuc([{ s: NaN, fake: true }, { s: NaN, fake: false }])).toBeNaN();
  });
});

describe.skipIf(!existsSync(DEV))('calibration on ../shared/datasets/instafake-profiles-dev.json', () => {
  const rows = existsSync(DEV) ? parseProfiles(JSON.parse(readFileSync(DEV, 'utf8'))) : [];

  it('is what lib/audience/calibration.ts commits', () => {
    expect(fitModel(rows, true)).toEqual(INSTAFAKE_PROFILES_DEV.withPicture);
    expect(fitModel(rows, false)).toEqual(INSTAFAKE_PROFILES_DEV.handleOnly);
  });

  it('meets the targets in-sample and on each half when fitted on the other (2-fold CV)', () => {
    const inSample = runBench(rows, model, { perShare: 100 });
    expect(inSample.auc).toBeGreaterThanOrEqual(0.75);
    expect(inSample.mae).toBeLessThanOrEqual(0.06);
    expect(inSample.coverage).toBeGreaterThanOrEqual(0.9);
    const [a, b] = twoFolds(rows);
    for (const [train, test] of [[a, b], [b, a]]) {
      const r = runBench(test, fitModel(train, true), { perShare: 100 });
      expect(r.mae).toBeLessThanOrEqual(0.06);
      expect(r.coverage).toBeGreaterThanOrEqual(0.9);
    }
  });
});
