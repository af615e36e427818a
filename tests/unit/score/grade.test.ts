import { describe, expect, it } from 'vitest';
import { expectation } from '../../../lib/score/benchmarks';
import { INSTAFAKE_DEV as CAL } from '../../../lib/score/calibration';
import { BASELINE, ENGAGEMENT_POINTS, letterOf } from '../../../lib/score/grade';
import { analyzeSnapshot } from '../../../lib/score/index';
import type { Analysis } from '../../../lib/score/types';
import { count, same, snap } from './helpers';

const rateAt = (followers: number, z: number) => {
  const e = expectation('instagram', 'followers', followers, CAL);
  return Math.exp((e?.mu ?? 0) + z * (e?.sigma ?? 0));
};
const total = (a: Analysis) =>
  (a.grade?.components.reduce((s, c) => s + c.points, 0) ?? 0) - a.signals.reduce((s, x) => s + x.points, 0);

describe('grade', () => {
  it('is the sum of its components minus the signals points', () => {
    const cases = [
      snap({ followers: 400, following: 420, posts: same(12, { likes: 85, comments: 3 }) }),
      snap({ followers: 400, following: 5000, posts: same(12, { likes: 1, comments: 0 }) }),
      snap({ followers: 40_000, posts: [...same(2, { likes: 4000, comments: 1 }), ...same(10, { likes: 20, comments: 1 })] }),
    ];
    for (const s of cases) {
      const a = analyzeSnapshot(s);
      expect(a.grade).not.toBeNull();
      expect(total(a)).toBe(a.grade?.score);
      expect(a.grade?.letter).toBe(letterOf(a.grade?.score ?? 0));
    }
  });

  it('gives a typical genuine account the baseline, graded B with high confidence', () => {
    const a = analyzeSnapshot(snap({ followers: 400, following: 420, posts: same(12, { likes: rateAt(400, 0) * 400 }) }));
    expect(a.benchmark?.position).toBe('typical');
    expect(a.grade).toMatchObject({ score: BASELINE, letter: 'B', confidence: 'high' });
    expect(a.flagged).toBe(false);
  });

  it('shows an engagement shortfall on the signal that explains it, without counting it twice', () => {
    const a = analyzeSnapshot(snap({ followers: 400, posts: same(12, { likes: rateAt(400, -3) * 400 }) }));
    expect(a.benchmark?.position).toBe('far-below');
    const sig = a.signals.find((s) => s.id === 'low-engagement');
    expect(sig?.points).toBe(-ENGAGEMENT_POINTS['far-below']);
    expect(a.grade?.components.find((c) => c.id === 'engagement')?.points).toBe(0);
    expect(a.grade?.score).toBe(BASELINE + ENGAGEMENT_POINTS['far-below']);
  });

  it('takes back the far-above bonus when the likes look bought', () => {
    const comments = 5;
    const likes = (comments + 1) * Math.exp(CAL.likesPerComment.mean + 2 * CAL.likesPerComment.sd) - 1;
    let f = 500;
    for (let k = 0; k < 30; k++) f = (likes + comments) / rateAt(f, 2.5);
    const a = analyzeSnapshot(snap({ followers: f, posts: same(12, { likes, comments }) }));
    expect(a.signals.find((s) => s.id === 'engagement-far-above')?.points).toBe(ENGAGEMENT_POINTS['far-above'] - ENGAGEMENT_POINTS.above);
    expect(a.grade?.score).toBe(BASELINE + ENGAGEMENT_POINTS.above);
  });

  it('uses the letters A >= 85, B >= 70, C >= 55, D >= 40, F below', () => {
    expect([100, 85, 84, 70, 69, 55, 54, 40, 39, 0].map(letterOf)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'F', 'F']);
  });

  it('stops at 0 with a traceable floor', () => {
    const s = snap({ platform: 'x', followers: 171, following: 5001, posts: [...same(2, { likes: 0 }), ...same(10, { likes: 0 })] });
    s.posts[0].likes = count(100);
    s.posts[1].likes = count(100);
    const a = analyzeSnapshot(s);
    expect(a.grade?.score).toBeGreaterThanOrEqual(0);
    expect(total(a)).toBe(a.grade?.score);
  });

  it('is null, with the reason in missing, when there is nothing to grade', () => {
    for (const s of [snap({ posts: same(12, { likes: 10 }) }), snap({ followers: 0, posts: same(12, { likes: 10 }) }), snap({ followers: 500 })]) {
      const a = analyzeSnapshot(s);
      expect(a.grade).toBeNull();
      expect(a.missing.some((m) => m.startsWith('No grade'))).toBe(true);
    }
  });

  it('lowers confidence with fewer posts and rounded counts', () => {
    const likes = rateAt(400, 0) * 400;
    expect(analyzeSnapshot(snap({ followers: 400, following: 400, posts: same(6, { likes }) })).grade?.confidence).toBe('medium');
    expect(analyzeSnapshot(snap({ followers: 400, following: 400, posts: same(3, { likes }) })).grade?.confidence).toBe('low');
    const rounded = snap({ followers: count(1200, { min: 1150, max: 1300 }), posts: same(12, { likes: rateAt(1200, 0) * 1200 }) });
    expect(analyzeSnapshot(rounded).grade?.confidence).toBe('medium');
    const bridging = snap({ followers: 6000, following: 600, posts: same(12, { likes: rateAt(6000, 0) * 6000 }) });
    expect(analyzeSnapshot(bridging).grade?.confidence).toBe('medium');
  });

  it('never labels an account "fake"', () => {
    const a = analyzeSnapshot(snap({ followers: 400, following: 5000, posts: same(12, { likes: 1 }) }));
    expect(JSON.stringify(a)).not.toMatch(/\d+ ?% fake/i);
  });
});
