import { describe, expect, it } from 'vitest';
import { expectation } from '../../../lib/score/benchmarks';
import { INSTAFAKE_DEV as CAL } from '../../../lib/score/calibration';
import { BASELINE, ENGAGEMENT_POINTS, letterOf } from '../../../lib/score/grade';
import { analyzeSnapshot } from '../../../lib/score/index';
import type { Analysis } from '../../../lib/score/types';
import { count, same, snap } from './helpers';
import { english } from '../../../lib/words-en';

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
      expect(a.missing.some((m) => english(m).startsWith('No grade'))).toBe(true);
    }
  });


  it('never labels an account "fake"', () => {
    const a = analyzeSnapshot(snap({ followers: 400, following: 5000, posts: same(12, { likes: 1 }) }));
    expect(JSON.stringify(a)).not.toMatch(/\d+ ?% fake/i);
  });
});
