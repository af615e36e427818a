import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/snapshot';
import {
  BENCHMARKS_VERSION, POSITION_Z, PUBLISHED, calibratedRows, curveFor, expectation, positionOf, toBenchmark,
} from '../../../lib/score/benchmarks';
import { INSTAFAKE_DEV } from '../../../lib/score/calibration';
import { median, quantile } from '../../../lib/score/stats';
import { tierFor } from '../../../lib/score/tiers';
import { DATASETS_DIR } from '../../support/shared';
import { english } from '../../../lib/words-en';

const KAGGLE = `${DATASETS_DIR}/top-instagram-influencers.csv`;

describe('benchmark table', () => {
  it('gives every number a source, a year and a formula', () => {
    for (const r of [...PUBLISHED, ...calibratedRows(INSTAFAKE_DEV)]) {
      expect(english(r.source).length, r.id).toBeGreaterThan(10);
      expect(english(r.formula).length, r.id).toBeGreaterThan(5);
      expect(r.year, r.id).toBeGreaterThanOrEqual(2016);
      expect(r.typical, r.id).toBeGreaterThan(0);
      expect(r.typical, r.id).toBeLessThan(1);
      expect(r.logSd, r.id).toBeGreaterThan(0);
    }
    expect(new Set(PUBLISHED.map((r) => r.id)).size).toBe(PUBLISHED.length);
  });

  it('says where a number was calibrated rather than published', () => {
    for (const r of calibratedRows(INSTAFAKE_DEV)) expect(english(r.source)).toMatch(/calibrated on InstaFake dev set \(Akyon & Kalfaoglu 2019\), 306 accounts/);
  });

  it('never expects fewer likes from a bigger audience (every band edge falls at most like 1/followers)', () => {
    for (const platform of PLATFORMS) {
      for (const basis of ['followers', 'views'] as const) {
        const curve = curveFor(platform, basis, INSTAFAKE_DEV);
        for (let i = 1; i < curve.length; i++) {
          const dx = curve[i].x - curve[i - 1].x;
          for (const k of POSITION_Z) {
            const rise = curve[i].mu - curve[i - 1].mu + k * (curve[i].sigma - curve[i - 1].sigma);
            expect(dx + rise, `${platform}/${basis} segment ${i} k=${k}`).toBeGreaterThanOrEqual(-1e-9);
          }
        }
        // and numerically, on a dense grid: ln(followers) + mu + k sigma never decreases
        let prev: number[] | null = null;
        for (let x = 0; x <= Math.log(1e12); x += 0.05) {
          const e = expectation(platform, basis, Math.exp(x), INSTAFAKE_DEV);
          if (!e) break;
          const edges = POSITION_Z.map((k) => x + e.mu + k * e.sigma);
          if (prev) edges.forEach((v, j) => expect(v).toBeGreaterThanOrEqual((prev as number[])[j] - 1e-9));
          prev = edges;
        }
      }
    }
  });


  it('places positions at +-1 and +-2 log-sd', () => {
    expect(positionOf(-2.01)).toBe('far-below');
    expect(positionOf(-2)).toBe('below');
    expect(positionOf(-1.01)).toBe('below');
    expect(positionOf(-1)).toBe('typical');
    expect(positionOf(1)).toBe('typical');
    expect(positionOf(1.01)).toBe('above');
    expect(positionOf(2)).toBe('above');
    expect(positionOf(2.01)).toBe('far-above');
  });

  it('shows a band around the typical value, with the table version', () => {
    const e = expectation('instagram', 'followers', 50_000, INSTAFAKE_DEV);
    const b = toBenchmark(e!);
    expect(b.low).toBeLessThan(b.typical);
    expect(b.high).toBeGreaterThan(b.typical);
    expect(b.version).toBe(BENCHMARKS_VERSION);
    expect(b.tier).toBe('micro');
  });
});

describe('tiers (Later x Fohr 2021)', () => {
  it('puts each bound in the upper tier', () => {
    expect(tierFor(9_999).id).toBe('nano');
    expect(tierFor(10_000).id).toBe('micro');
    expect(tierFor(99_999).id).toBe('micro');
    expect(tierFor(100_000).id).toBe('mid');
    expect(tierFor(500_000).id).toBe('macro');
    expect(tierFor(1_000_000).id).toBe('mega');
  });
});

