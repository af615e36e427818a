import { describe, expect, it } from 'vitest';
import { expectation } from '../../../lib/score/benchmarks';
import { INSTAFAKE_DEV as CAL } from '../../../lib/score/calibration';
import { isFlagged, isFlagging } from '../../../lib/score/flags';
import { analyzeSnapshot } from '../../../lib/score/index';
import {
  ALERT_Z, ERRATIC_SHARE, FEW_COMMENTS_Z, MASS_FOLLOWING, RATIO_ALERT_Z, RATIO_WARN_Z, VIEWS_ALERT, VIEWS_WARN, WARN_Z,
} from '../../../lib/score/signals';
import type { Signal } from '../../../lib/score/types';
import type { Snapshot } from '../../../lib/snapshot';
import { same, snap, type PostSpec } from './helpers';
import { english } from '../../../lib/words-en';

const find = (s: Snapshot, id: string, earlier: Snapshot[] = []): Signal | undefined => analyzeSnapshot(s, earlier).signals.find((x) => x.id === id);
const EPS = 1e-3;

/** The rate at z sd from typical for an Instagram account of this size. */
function rateAt(followers: number, z: number, platform: Snapshot['platform'] = 'instagram'): number {
  const e = expectation(platform, 'followers', followers, CAL);
  if (!e) throw new Error('no expectation');
  return Math.exp(e.mu + z * e.sigma);
}
/** Likes (with 1 comment per post) giving this likes-per-comment z. */
const likesForRatioZ = (z: number, comments = 1) => (comments + 1) * Math.exp(CAL.likesPerComment.mean + z * CAL.likesPerComment.sd) - 1;



describe('likes-comments-ratio', () => {
  const at = (z: number, comments = 1, platform: Snapshot['platform'] = 'instagram') =>
    snap({ platform, followers: 100_000, posts: same(12, { likes: likesForRatioZ(z, comments), comments }) });


  it('only informs on many comments per like (pods and chatty friends look alike)', () => {
    const s = find(at(-RATIO_WARN_Z - EPS), 'likes-comments-ratio');
    expect(s?.severity).toBe('info');
    expect(english(s?.title)).toMatch(/comments per like/);
    expect(isFlagging(s as Signal)).toBe(false);
    expect(find(at(-RATIO_WARN_Z + EPS), 'likes-comments-ratio')).toBeUndefined();
  });

  it('has no norm for celebrity comment volumes nor for other platforms', () => {
    expect(find(at(5, 1001), 'likes-comments-ratio')).toBeUndefined();
    expect(find(at(5, 1000), 'likes-comments-ratio')).toBeDefined();
    expect(find(at(5, 1, 'threads'), 'likes-comments-ratio')).toBeUndefined();
  });
});


describe('views-far-below', () => {
  const tiktok = (followers: number, views: number, n = 3) =>
    snap({ platform: 'tiktok', followers, posts: same(n, { likes: 5, views }) });

  it('warns under 1 view per 50 followers, alert under 1 per 200 (accounts of 1k+ followers)', () => {
    expect(find(tiktok(10_000, 10_000 * VIEWS_WARN - 1), 'views-far-below')?.severity).toBe('warning');
    expect(find(tiktok(10_000, 10_000 * VIEWS_WARN), 'views-far-below')).toBeUndefined();
    expect(find(tiktok(10_000, 10_000 * VIEWS_ALERT - 1), 'views-far-below')?.severity).toBe('alert');
    expect(find(tiktok(999, 1), 'views-far-below')).toBeUndefined();
    expect(find(tiktok(10_000, 1, 2), 'views-far-below')).toBeUndefined();
    expect(find(snap({ platform: 'x', followers: 10_000, posts: same(3, { likes: 5, views: 1 }) }), 'views-far-below')).toBeUndefined();
  });
});


describe('erratic-engagement', () => {
  const posts = (top: number, n = 12): PostSpec[] => [...same(2, { likes: top }), ...same(n - 2, { likes: 10 })];

  it('fires when the top sixth of posts carries half of the engagement', () => {
    expect(ERRATIC_SHARE).toBe(0.5);
    expect(find(snap({ followers: 400, posts: posts(50) }), 'erratic-engagement')?.severity).toBe('warning'); // 100 / 200
    expect(find(snap({ followers: 400, posts: posts(49) }), 'erratic-engagement')).toBeUndefined();
    expect(find(snap({ followers: 400, posts: posts(500, 5) }), 'erratic-engagement')).toBeUndefined(); // under 6 posts
  });
});

describe('growth-spike', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString();
  const at = (d: number, followers: number, likes?: number, handle = 'someone') =>
    snap({ handle, followers, capturedAt: day(d), posts: likes === undefined ? [] : same(12, { likes }) });

  it('alerts over 5,000 followers a day with flat engagement (HypeAuditor)', () => {
    expect(find(at(1, 15_001, 100), 'growth-spike', [at(0, 10_000, 100)])?.severity).toBe('alert');
  });
  it('warns on a step of a quarter of the audience within a week', () => {
    expect(find(at(1, 15_000, 100), 'growth-spike', [at(0, 10_000, 100)])?.severity).toBe('warning');
    expect(find(at(1, 12_500, 100), 'growth-spike', [at(0, 10_000, 100)])?.severity).toBe('warning');
    expect(find(at(1, 12_499, 100), 'growth-spike', [at(0, 10_000, 100)])).toBeUndefined();
    expect(find(at(8, 12_600, 100), 'growth-spike', [at(0, 10_000, 100)])).toBeUndefined();
  });
  it('stays silent when engagement grew with the audience, or the earlier snapshot is another account', () => {
    expect(find(at(1, 20_000, 200), 'growth-spike', [at(0, 10_000, 100)])).toBeUndefined();
    expect(find(at(1, 20_000, 100), 'growth-spike', [at(0, 10_000, 100, 'other')])).toBeUndefined();
  });
  it('only informs when engagement cannot be compared', () => {
    const s = find(at(1, 20_000, 100), 'growth-spike', [at(0, 10_000)]);
    expect(s?.severity).toBe('info');
    expect(isFlagging(s as Signal)).toBe(false);
  });
  it('keeps the most severe jump when later snapshots arrive', () => {
    const history = [at(0, 10_000, 100), at(1, 20_000, 100)];
    expect(find(at(2, 20_100, 100), 'growth-spike', history)?.severity).toBe('alert');
  });
});

describe('too-little-evidence', () => {
  it('lowers confidence on few posts, hidden likes or rounded counts, and is never a flag', () => {
    const few = analyzeSnapshot(snap({ followers: 400, posts: same(5, { likes: 80, comments: 3 }) }));
    const s = few.signals.find((x) => x.id === 'too-little-evidence');
    expect(s?.severity).toBe('info');
    expect(isFlagged(few.signals)).toBe(false);
    expect(find(snap({ followers: 400, posts: same(6, { likes: 80, comments: 3 }) }), 'too-little-evidence')).toBeUndefined();
    expect(find(snap({ followers: 400, posts: [...same(6, { likes: 80, comments: 3 }), { likesHidden: true }] }), 'too-little-evidence')).toBeDefined();
    const rounded = snap({ followers: 400, posts: same(6, { likes: 80, comments: 3 }) });
    rounded.profile.followers = { value: 1200, exact: false, source: 'text', raw: '1.2K', min: 1150, max: 1300 };
    expect(english(find(rounded, 'too-little-evidence')?.explanation)).toMatch(/rounded/);
  });
});
