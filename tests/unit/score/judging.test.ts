import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../../lib/score/index';
import { CAP_ALERT, CAP_FLAG, MIN_GRADE_POSTS } from '../../../lib/score/grade';
import { measureCreators } from '../../../scripts/calibration/score/creators-bench';
import { parsePurba } from '../../../lib/score/purba';
import { toSnapshot } from '../../../lib/storage/history';
import type { HistoryRecord } from '../../../lib/storage/schema';
import { snap, type PostSpec } from './helpers';
import { english } from '../../../lib/words-en';

const posts = (n: number, likes: number, comments: number): PostSpec[] => Array.from({ length: n }, () => ({ likes, comments }));
const PURBA = '../shared/datasets/purba-2020-dev.csv';

describe('provisional readings: no letter when engagement was not scored', () => {
  it('fewer posts than the stated minimum: no grade, the rate and why', () => {
    const a = analyzeSnapshot(snap({ followers: 3000, following: 400, posts: posts(MIN_GRADE_POSTS - 1, 110, 4) }));
    expect(a.grade).toBeNull();
    expect(a.provisional?.rate).toBeCloseTo(114 / 3000, 6);
    expect(english(a.provisional?.reason)).toMatch(/needs 6/);
  });
  it('no creator figure for the platform (Bluesky): engagement shown, not placed', () => {
    const a = analyzeSnapshot(snap({ platform: 'bluesky', url: 'https://bsky.app/profile/x', followers: 3000, following: 400, posts: posts(12, 600, 30) }));
    expect(a.grade).toBeNull();
    expect(english(a.provisional?.reason)).toMatch(/no published creator figure for Bluesky/);
    expect(a.engagement[0]?.value).toBeGreaterThan(0);
  });
  it('X is placed against influencer posts (0.39%), not the brand figure', () => {
    const a = analyzeSnapshot(snap({ platform: 'x', url: 'https://x.com/x', followers: 3000, following: 400, posts: posts(12, 10, 1) }));
    expect(a.benchmark?.ref.typical).toBeCloseTo(0.0039, 6);
  });
});

describe('two populations', () => {
  it('a 3k creator with ordinary engagement is a creator, not flagged, graded B or better', () => {
    const a = analyzeSnapshot(snap({ followers: 3000, following: 400, postCount: 300, posts: posts(12, 110, 4) }));
    expect(a.population?.id).toBe('creator');
    expect(a.flagged).toBe(false);
    expect(a.grade?.score).toBeGreaterThanOrEqual(70);
  });
  it('a small personal account that bought followers is flagged, never graded A', () => {
    const a = analyzeSnapshot(snap({ followers: 1600, following: 400, posts: posts(12, 80, 3) }));
    expect(a.population?.id).toBe('uncertain');
    expect(a.flagged).toBe(true);
    expect(a.grade?.letter).not.toBe('A');
  });
});

describe('caps and severe engagement', () => {
  it('severe low engagement alone reaches F (200k followers at 0.02%)', () => {
    const a = analyzeSnapshot(snap({ followers: 200_000, following: 300, posts: posts(12, 38, 2) }));
    expect(a.grade?.letter).toBe('F');
  });
  it('an alert holds the grade under B, a warning under A', () => {
    const base = { followers: 50_000, following: 300 };
    const alert = analyzeSnapshot(snap({ ...base, posts: posts(12, 5000, 1) })); // ~5,000 likes per comment
    expect(alert.signals.some((s) => s.severity === 'alert')).toBe(true);
    expect(alert.grade?.score).toBeLessThanOrEqual(CAP_ALERT);
    for (const x of [alert]) if (x.flagged) expect(x.grade?.score).toBeLessThanOrEqual(CAP_FLAG);
  });
  it('tripled likes (comments unchanged) never raise the grade', () => {
    for (const [likes, comments] of [[30, 10], [100, 4], [500, 2], [60, 30]]) {
      const a = analyzeSnapshot(snap({ followers: 4000, following: 500, posts: posts(12, likes, comments) }));
      const b = analyzeSnapshot(snap({ followers: 4000, following: 500, posts: posts(12, likes * 3, comments) }));
      expect(b.grade?.score ?? 0).toBeLessThanOrEqual(a.grade?.score ?? 0);
    }
  });
});

describe('growth spike across visits (history keeps each visit\'s engagement)', () => {
  const record = (day: string, followers: number, engagement: number): HistoryRecord => ({
    platform: 'instagram', handle: 'someone', day, at: `${day}T12:00:00.000Z`, followers: { value: followers }, engagement,
  });
  it('a follower jump that engagement does not follow lowers the grade', () => {
    const now = snap({ handle: 'someone', followers: 8000, following: 300, posts: posts(12, 150, 6), capturedAt: '2025-01-05T12:00:00.000Z' });
    const alone = analyzeSnapshot(now);
    // Five days earlier: 5,000 followers getting the same 156 per post (3.1%).
    const earlier = [toSnapshot(record('2024-12-31', 5000, 156 / 5000))];
    const withHistory = analyzeSnapshot(now, earlier);
    const spike = withHistory.signals.find((s) => s.id === 'growth-spike');
    expect(spike?.severity).toBe('warning');
    expect(withHistory.grade?.score ?? 100).toBeLessThan(alone.grade?.score ?? 0);
  });
  it('a jump that engagement follows is not a spike', () => {
    const now = snap({ handle: 'someone', followers: 8000, following: 300, posts: posts(12, 250, 10), capturedAt: '2025-01-05T12:00:00.000Z' });
    const earlier = [toSnapshot(record('2024-12-31', 5000, 156 / 5000))];
    expect(analyzeSnapshot(now, earlier).signals.find((s) => s.id === 'growth-spike')).toBeUndefined();
  });
});

describe.skipIf(!existsSync(PURBA))('genuine creators of the Purba 2020 dev half', () => {
  it('meets the creator targets, and no genuine 2k+ score rises with likes x3 or followers x2; no flagged A', () => {
    const rows = parsePurba(readFileSync(PURBA, 'utf8'));
    const { summary: s } = measureCreators((x) => analyzeSnapshot(x), rows);
    expect(s.fp.fp_500_2k.share).toBeLessThanOrEqual(0.1);
    expect(s.fp.fp_2k_5k.share).toBeLessThanOrEqual(0.05);
    expect(s.fp.fp_5k_20k.share).toBeLessThanOrEqual(0.05);
    expect(s.fp.fp_20k_up.share).toBeLessThanOrEqual(0.1);
    expect(s.fp.fp_creatorlike.share).toBeLessThanOrEqual(0.03);
    expect(s.aucActiveFake).toBeGreaterThanOrEqual(0.75);
    expect(s.rose).toMatchObject({ likes3: 0, followers2: 0 });
    expect(s.rose.checked).toBeGreaterThan(200);
    expect(s.flaggedA).toBe(0);
  }, 60_000);
});

describe('the badge for a provisional reading', () => {
  it('is grey, with the rate, no letter and no verdict word', async () => {
    const { useMessages } = await import('../ui/support/messages');
    const { badgeView } = await import('../../../lib/view/badge');
    const { VERDICT_COLORS } = await import('../../../lib/view/verdict');
    useMessages('en');
    const a = analyzeSnapshot(snap({ followers: 3000, following: 400, posts: posts(2, 110, 4) }));
    const v = badgeView(a, 'en');
    expect(v.letter).toBe('?');
    expect(v.color).toBe(VERDICT_COLORS.unknown);
    expect(v.rate).toBe('3.8%');
    expect(v.panel.title).toBe('Provisional');
    expect(v.panel.sub).toMatch(/not graded/);
    expect(v.label).toBe('? 3.8%: RealReach: provisional, engagement read but not graded. Show why.');
    expect(v.label).not.toMatch(/genuine|good|fair|poor/i);
  });
});
