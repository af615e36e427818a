import { describe, expect, it } from 'vitest';
import { cadenceReport } from '../../../lib/evidence/cadence';
import { observationFrom, podReport, type PostObservation } from '../../../lib/evidence/pods';
import { priceReport, tierOf } from '../../../lib/evidence/price';
import { evidenceReport } from '../../../lib/evidence';
import { comment, n, snap } from './helpers';
import { english } from '../../../lib/words-en';

function postPage(id: string, comments: [string, string][]) {
  return snap([{ id, likes: n(500), comments: n(comments.length) }], {
    page: 'post',
    url: `https://www.instagram.com/p/${id}/`,
    comments: comments.map(([a, t]) => comment(a, t, 0)),
  });
}

describe('pods', () => {
  const pod: [string, string][] = [['podA', 'nice pic 🔥'], ['podB', 'love it'], ['podC', '😍😍'], ['creator', 'thanks all']];
  const observations: PostObservation[] = ['p1', 'p2', 'p3', 'p4'].map((id, i) =>
    observationFrom(postPage(id, [...pod, [`fan${i}`, `Where was photo ${i} taken? It looks like the coast near Porto`], ['regular', i < 2 ? 'Great colours in this one, the blue sky works' : 'I would love a tutorial on this edit']]), `2026-11-2${i}T10:00:00Z`)!,
  );

  it('lists the accounts that comment early and generically on most posts, with counts', () => {
    const r = podReport(observations);
    expect(r.postsSeen).toBe(4);
    expect(r.members.map((m) => m.handle)).toEqual(['podA', 'podB', 'podC', 'regular']);
    expect(r.members[0]).toMatchObject({ posts: 4, early: 4, generic: 4, podPattern: true, example: 'nice pic 🔥' });
    // Commenting often with specific words is a fan, not the pod pattern.
    expect(r.members.find((m) => m.handle === 'regular')).toMatchObject({ posts: 4, generic: 0, podPattern: false });
    expect(r.likelyPod).toBe(true);
    // The owner answering comments is never listed.
    expect(r.members.some((m) => m.handle === 'creator')).toBe(false);
  });

  it('a post opened twice counts once, and two posts are too few to name anyone', () => {
    expect(podReport([...observations, { ...observations[0], at: '2026-11-29T00:00:00Z' }]).postsSeen).toBe(4);
    expect(podReport(observations.slice(0, 2)).members).toEqual([]);
  });

  it('bounds what one post keeps: 40 commenters, 60 characters each', () => {
    const many = Array.from({ length: 120 }, (_, i): [string, string] => [`u${i}`, 'x'.repeat(900)]);
    const o = observationFrom(postPage('big', many), '2026-11-20T00:00:00Z')!;
    expect(o.commenters).toHaveLength(40);
    expect(Math.max(...o.commenters.map((c) => c.x!.length))).toBeLessThanOrEqual(60);
  });
});

describe('price band', () => {
  it('uses the cited tier ranges, with formula and sources, never one number', () => {
    const r = priceReport({ platform: 'instagram', followers: 50_000, engagementPosition: 'typical', confidence: 'high' });
    expect(r.bands).toHaveLength(1);
    expect(r.bands[0]).toMatchObject({ type: 'post', low: 100, high: 500, currency: 'USD', tier: 'micro' });
    expect(english(r.bands[0].formula)).toContain('micro accounts');
    expect(r.bands[0].sources.map(english).join(' ')).toContain('Influencer Marketing Hub');
    expect(r.reference?.value).toBe(500);
    expect(english(r.reference?.source)).toBe('inbeat 2024, rule of thumb');
    expect(tierOf(9_999)).toBe('nano');
    expect(priceReport({ platform: 'instagram', followers: 2_000_000 }).bands[0].high).toBeNull();
  });

  it('moves with the evidence in the direction its formula says', () => {
    const base = { platform: 'youtube' as const, followers: 200_000, medianViews: { value: 40_000, posts: 8 }, confidence: 'high' as const };
    const strong = priceReport({ ...base, engagementPosition: 'typical', commentVerdict: 'normal' });
    const below = priceReport({ ...base, engagementPosition: 'below', commentVerdict: 'normal' });
    const farBelow = priceReport({ ...base, engagementPosition: 'far-below', commentVerdict: 'normal' });
    const generic = priceReport({ ...base, engagementPosition: 'typical', commentVerdict: 'alarm' });
    const lowConf = priceReport({ ...base, engagementPosition: 'typical', confidence: 'low' });
    const moreViews = priceReport({ ...base, medianViews: { value: 80_000, posts: 8 }, engagementPosition: 'typical' });
    const integration = (r: ReturnType<typeof priceReport>) => r.bands.find((b) => b.type === 'integration')!;
    // 40,000 / 1,000 x $20-50 = $800-2,000.
    expect(integration(strong)).toMatchObject({ low: 800, high: 2000 });
    expect(integration(below)).toMatchObject({ low: 600, high: 1500 });
    expect(integration(farBelow)).toMatchObject({ low: 400, high: 1000 });
    expect(integration(generic).high).toBeLessThan(integration(strong).high!);
    expect(integration(lowConf).high).toBeLessThan(integration(strong).high!);
    expect(integration(moreViews)).toMatchObject({ low: 1600, high: 4000 });
    // The discount is its own field now (the UI words it after the formula).
    expect(integration(below).discount).toBe(0.75);
    expect(below.discounts).toEqual([{ id: 'engagement-below', factor: 0.75 }]);
  });

  it('converts to the user currency and says when there are no figures', () => {
    const eur = priceReport({ platform: 'tiktok', followers: 20_000, confidence: 'high' }, { code: 'EUR', perUsd: 0.9 });
    expect(eur.bands[0]).toMatchObject({ low: 23, high: 110, currency: 'EUR', baseUsd: [25, 125] });
    expect(priceReport({ platform: 'x', followers: 20_000 }).missing).toBe('no-figures');
    expect(priceReport({ platform: 'tiktok' }).missing).toBe('no-audience');
    expect(priceReport({ platform: 'twitch', liveViewers: 500 }).bands[0]).toMatchObject({ type: 'stream-hour', low: 400, high: 600 });
  });
});

describe('cadence and trend', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 10, 30 - d)).toISOString();
  it('posts per week from dates, and a falling trend with the posts it rests on', () => {
    // Newest first: engagement falling over time means newer posts have less.
    const posts = Array.from({ length: 8 }, (_, i) => ({ postedAt: day(i * 2), likes: n(500 + i * 200), comments: n(10) }));
    const r = cadenceReport(snap(posts, {}, 10_000));
    expect(r.dated).toBe(8);
    expect(r.spanDays).toBe(14);
    expect(r.perWeek).toBeCloseTo(3.5);
    expect(r.trend?.direction).toBe('falling');
    expect(r.trend?.newer.posts).toBe(4);
    expect(r.trend?.posts).toHaveLength(8);
  });
  it('says nothing with too few dated posts', () => {
    expect(cadenceReport(snap([{ postedAt: day(1) }, { likes: n(1) }]))).toEqual({ dated: 1 });
  });
});

describe('evidence report', () => {
  it('ties the sections together and feeds comment quality into the price', () => {
    const s = snap([{ caption: 'Check this', likes: n(300), comments: n(20) }], {
      comments: Array.from({ length: 10 }, (_, i) => comment(`b${i}`, i < 6 ? 'nice pic' : `A real question number ${i} about the trip`)),
    });
    const r = evidenceReport(s, { benchmark: null, grade: null });
    expect(r.comments?.verdict).toBe('alarm');
    expect(r.price.discounts.map((d) => d.id)).toEqual(['comments-alarm', 'low-confidence']);
    expect(r.pods).toBeNull();
  });
});
