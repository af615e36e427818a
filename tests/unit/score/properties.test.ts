import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../../lib/score/index';
import type { Analysis } from '../../../lib/score/types';
import { COUNT_SOURCES, PLATFORMS, SnapshotSchema, type Count, type Snapshot } from '../../../lib/snapshot';

const MAX = 1e13;

/** Any count the schema admits: zeros, huge numbers, fractions, rounding intervals. */
const countArb: fc.Arbitrary<Count> = fc
  .record({
    value: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 5_000_000 }),
      fc.double({ min: 0, max: MAX, noNaN: true, noDefaultInfinity: true }),
      fc.constant(MAX),
    ),
    lo: fc.double({ min: 0, max: 0.5, noNaN: true }),
    hi: fc.double({ min: 0, max: 0.5, noNaN: true }),
    exact: fc.boolean(),
    source: fc.constantFrom(...COUNT_SOURCES),
    raw: fc.string({ maxLength: 12 }),
  })
  .map(({ value, lo, hi, exact, source, raw }) =>
    exact ? { value, exact, source, raw, min: value, max: value } : { value, exact, source, raw, min: value * (1 - lo), max: Math.min(MAX, value * (1 + hi)) });

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const dateArb = fc.oneof(
  fc.date({ min: new Date('2015-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string({ maxLength: 20 }),
);

const postArb = fc.record(
  {
    id: fc.string({ maxLength: 10 }), likes: countArb, comments: countArb, shares: countArb, views: countArb, saves: countArb,
    pinned: fc.boolean(), likesHidden: fc.boolean(), postedAt: dateArb,
  },
  { requiredKeys: [] },
);

const snapshotArb: fc.Arbitrary<Snapshot> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    url: fc.string({ maxLength: 30 }),
    page: fc.constantFrom('profile' as const, 'post' as const, 'other' as const),
    capturedAt: dateArb,
    profile: fc.record(
      { handle: fc.string({ minLength: 1, maxLength: 10 }), name: fc.string({ maxLength: 10 }), verified: fc.boolean(), followers: countArb, following: countArb, posts: countArb, likes: countArb },
      { requiredKeys: ['handle'] },
    ),
    posts: fc.array(postArb, { maxLength: 40 }),
    notes: opt(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 })),
  })
  .map((s) => (s.notes === undefined ? { ...s, notes: undefined } : s) as Snapshot)
  .filter((s) => SnapshotSchema.safeParse(s).success);

/** Snapshots that usually get a grade: realistic sizes, most posts with likes and comments. */
const exactCount = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((v): Count => ({ value: v, exact: true, source: 'text', raw: String(v), min: v, max: v }));
const gradedArb: fc.Arbitrary<Snapshot> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    followers: fc.oneof(exactCount(1, 3000), exactCount(1, 50_000_000), countArb),
    following: opt(fc.oneof(exactCount(0, 8000), countArb)),
    posts: fc.array(
      fc.record({ likes: opt(exactCount(0, 2_000_000)), comments: opt(exactCount(0, 50_000)), shares: opt(exactCount(0, 10_000)), views: opt(exactCount(0, 50_000_000)), pinned: fc.boolean(), likesHidden: fc.boolean() }, { requiredKeys: ['likes'] }),
      { minLength: 1, maxLength: 35 },
    ),
  })
  .map(({ platform, followers, following, posts }): Snapshot => ({
    platform, url: 'https://example.com/', page: 'profile', capturedAt: '2025-06-01T00:00:00.000Z',
    profile: { handle: 'acct', followers, ...(following ? { following } : {}) },
    posts: posts.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))),
  }))
  .filter((s) => SnapshotSchema.safeParse(s).success);

/** Video-platform profiles whose grids show views and no likes (TikTok plays, a YouTube Videos tab), with or without totals. */
const videoProfileArb: fc.Arbitrary<Snapshot> = fc
  .record({
    platform: fc.constantFrom('tiktok' as const, 'youtube' as const, 'instagram' as const),
    followers: fc.oneof(exactCount(1, 3000), exactCount(1, 50_000_000), countArb),
    likes: opt(fc.oneof(exactCount(0, 500_000_000), countArb)),
    videos: opt(fc.oneof(exactCount(0, 5000), countArb)),
    posts: fc.array(
      fc.record({ views: opt(fc.oneof(exactCount(0, 50_000_000), countArb)), pinned: fc.boolean(), likesHidden: fc.boolean() }, { requiredKeys: [] }),
      { maxLength: 35 },
    ),
  })
  .map(({ platform, followers, likes, videos, posts }): Snapshot => ({
    platform, url: 'https://example.com/', page: 'profile', capturedAt: '2025-06-01T00:00:00.000Z',
    profile: { handle: 'acct', followers, ...(likes ? { likes } : {}), ...(videos ? { posts: videos } : {}) },
    posts: posts.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))),
  }))
  .filter((s) => SnapshotSchema.safeParse(s).success);

function inflate(s: Snapshot, k: number): Snapshot {
  const f = s.profile.followers as Count;
  return { ...s, profile: { ...s.profile, followers: { ...f, value: f.value * k, min: f.min * k, max: f.max * k } } };
}

function checkInvariants(a: Analysis): void {
  expect(JSON.parse(JSON.stringify(a))).toEqual(a); // plain JSON: no NaN, no Infinity, no functions
  expect(a.risk).toBeGreaterThanOrEqual(0);
  expect(a.risk).toBeLessThanOrEqual(1);
  if (a.grade) {
    expect(Number.isInteger(a.grade.score)).toBe(true);
    expect(a.grade.score).toBeGreaterThanOrEqual(0);
    expect(a.grade.score).toBeLessThanOrEqual(100);
    const sum = a.grade.components.reduce((s, c) => s + c.points, 0) - a.signals.reduce((s, x) => s + x.points, 0);
    expect(sum).toBe(a.grade.score);
  }
  for (const s of a.signals) if (s.severity === 'info') expect(s.points).toBe(0);
}

describe('analyzeSnapshot on anything the schema admits', () => {
  it('never throws, returns plain JSON, keeps risk in 0..1 and the score in 0..100, traceable', () => {
    fc.assert(fc.property(snapshotArb, (s) => checkInvariants(analyzeSnapshot(s))), { numRuns: 400 });
  });

  it('handles earlier snapshots of any shape', () => {
    fc.assert(fc.property(snapshotArb, fc.array(snapshotArb, { maxLength: 3 }), (s, earlier) => checkInvariants(analyzeSnapshot(s, earlier))), { numRuns: 150 });
  });

  it('grades video-platform profiles (lifetime totals, reach) within 0..100, deterministically', () => {
    fc.assert(fc.property(videoProfileArb, (s) => {
      const a = analyzeSnapshot(s);
      checkInvariants(a);
      expect(analyzeSnapshot(structuredClone(s))).toEqual(a);
    }), { numRuns: 400 });
  });

  it('grades realistic snapshots within 0..100, deterministically', () => {
    fc.assert(fc.property(gradedArb, (s) => {
      const a = analyzeSnapshot(s);
      checkInvariants(a);
      expect(analyzeSnapshot(structuredClone(s))).toEqual(a);
    }), { numRuns: 400 });
  });
});

describe('buying followers never raises the score', () => {
  const monotone = (s: Snapshot, k: number, earlier: Snapshot[] = []) => {
    const f = s.profile.followers;
    fc.pre(f !== undefined && f.max * k <= MAX);
    const before = analyzeSnapshot(s, earlier).grade;
    const after = analyzeSnapshot(inflate(s, k), earlier).grade;
    if (before && after) expect(after.score).toBeLessThanOrEqual(before.score);
  };
  const factor = fc.oneof(fc.double({ min: 1, max: 1.5, noNaN: true }), fc.double({ min: 1, max: 1000, noNaN: true }));

  it('on realistic snapshots (more followers, the same posts and following)', () => {
    fc.assert(fc.property(gradedArb, factor, (s, k) => monotone(s, k)), { numRuns: 1500 });
  });

  it('on video-platform profiles graded on lifetime totals or reach', () => {
    fc.assert(fc.property(videoProfileArb, factor, (s, k) => monotone(s, k)), { numRuns: 1000 });
  });

  it('on anything the schema admits', () => {
    fc.assert(fc.property(snapshotArb, factor, (s, k) => monotone(s, k)), { numRuns: 500 });
  });

  it('with earlier snapshots of the account', () => {
    const withHistory = fc.tuple(gradedArb, fc.array(gradedArb, { minLength: 1, maxLength: 3 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 3 }));
    fc.assert(fc.property(withHistory, factor, ([s, hist, gaps], k) => {
      let t = Date.parse(s.capturedAt);
      const earlier = hist.map((h, j) => ({ ...h, profile: { ...h.profile, handle: s.profile.handle }, platform: s.platform }))
        .reverse()
        .map((h, j) => ({ ...h, capturedAt: new Date((t -= gaps[j] * 3_600_000 * 12)).toISOString() }))
        .reverse();
      monotone(s, k, earlier);
    }), { numRuns: 500 });
  });

  it('scales the bench variants: 25%, 50%, 75% bought followers', () => {
    fc.assert(fc.property(gradedArb, (s) => {
      for (const share of [0.25, 0.5, 0.75]) monotone(s, 1 / (1 - share));
    }), { numRuns: 300 });
  });
});

describe('a grade that means what it says (issue 11)', () => {
  it('no flagged account is graded A; an alert holds the score under B', () => {
    fc.assert(fc.property(gradedArb, (s) => {
      const a = analyzeSnapshot(s);
      if (!a.grade) return;
      if (a.flagged) expect(a.grade.letter).not.toBe('A');
      if (a.signals.some((x) => x.severity === 'alert')) expect(a.grade.score).toBeLessThanOrEqual(69);
    }), { numRuns: 800 });
  });

  it('on Instagram, tripling every post\'s likes (comments unchanged, read on every post) never raises the score', () => {
    const igArb = gradedArb
      .map((s): Snapshot => ({ ...s, platform: 'instagram', posts: s.posts.map((p) => ({ ...p, comments: p.comments ?? { value: 1, exact: true, source: 'text', raw: '1', min: 1, max: 1 } })) }))
      .filter((s) => SnapshotSchema.safeParse(s).success);
    fc.assert(fc.property(igArb, (s) => {
      const tripled: Snapshot = {
        ...s,
        posts: s.posts.map((p) => (p.likes ? { ...p, likes: { ...p.likes, value: p.likes.value * 3, min: p.likes.min * 3, max: p.likes.max * 3 } } : p)),
      };
      fc.pre(SnapshotSchema.safeParse(tripled).success);
      const before = analyzeSnapshot(s).grade;
      const after = analyzeSnapshot(tripled).grade;
      if (before && after) expect(after.score).toBeLessThanOrEqual(before.score);
    }), { numRuns: 800 });
  });
});
