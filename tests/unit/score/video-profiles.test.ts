/**
 * Profile pages of video platforms, whose grids show views but no likes: TikTok (lifetime totals + reach), a YouTube
 * channel's Videos tab (reach, signals only), a channel's Home tab (nothing to grade, and it says where to look).
 */
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_POINTS, BASELINE } from '../../../lib/score/grade';
import { analyzeSnapshot } from '../../../lib/score/index';
import { median } from '../../../lib/score/stats';
import type { Analysis } from '../../../lib/score/types';
import { VIEWS_ALERT, VIEWS_WARN } from '../../../lib/score/signals';
import { count, same, snap } from './helpers';
import { english } from '../../../lib/words-en';
import type { Phrase } from '../../../lib/phrase';

const total = (a: Analysis) =>
  (a.grade?.components.reduce((s, c) => s + c.points, 0) ?? 0) - a.signals.reduce((s, x) => s + x.points, 0);
const component = (a: Analysis, id: string) => a.grade?.components.find((c) => c.id === id);

// Counts as on the saved page ../shared/real-pages/tiktok_profile_illojuan.html (exact profile totals, rounded plays).
const ILLOJUAN = { followers: 783_427, likes: 3_922_256, videos: 19 };
const PLAYS = [192_100, 1_900_000, 4_400_000, 2_300_000, 2_000_000, 1_000_000, 2_500_000, 1_100_000, 1_900_000,
  548_800, 434_500, 414_600, 4_800_000, 826_400, 4_000_000, 513_900, 414_100, 344_900];

const tiktokProfile = (o: { followers?: number | ReturnType<typeof count>; likes?: number | ReturnType<typeof count>; videos?: number | ReturnType<typeof count>; views?: number[] } = {}) =>
  snap({
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@illojuan',
    handle: 'illojuan',
    followers: o.followers ?? ILLOJUAN.followers,
    following: 0,
    totalLikes: o.likes ?? ILLOJUAN.likes,
    postCount: o.videos ?? ILLOJUAN.videos,
    posts: (o.views ?? PLAYS).map((views) => ({ views })),
  });

const channel = (views: number[], subscribers: number | ReturnType<typeof count> = 4_690_000) =>
  snap({
    platform: 'youtube',
    url: 'https://www.youtube.com/@onemedia/videos',
    handle: 'OneMedia.',
    followers: subscribers,
    postCount: 6_800,
    posts: views.map((v) => ({ views: v })),
  });

describe('TikTok profile: lifetime engagement from the totals, reach from the plays', () => {

  it('measures reach as the median of views / followers over the recent videos', () => {
    const a = analyzeSnapshot(tiktokProfile());
    expect(a.reach?.basis).toBe('reach');
    expect(a.reach?.value).toBeCloseTo(median(PLAYS) / ILLOJUAN.followers, 12);
    expect(a.reach?.postsUsed).toBe(PLAYS.length);
    expect(a.reach?.perPost).toHaveLength(PLAYS.length);
    expect(english(a.reach?.formula)).toMatch(/^views per follower: median of views \/ followers over the 18 most recent videos/);
    expect(a.sample).toMatchObject({ postsVisible: 18, postsUsed: 18 });
    expect(a.signals.find((s) => s.id === 'views-far-below')).toBeUndefined();
  });




  it('carries the rounding intervals of rounded totals and plays', () => {
    // "3.9M" likes (3.85M-3.95M), "19" videos, "783.4K" followers (783,350-783,449).
    const likes = count(3_900_000, { min: 3_850_000, max: 3_949_999, raw: '3.9M' });
    const followers = count(783_400, { min: 783_350, max: 783_449, raw: '783.4K' });
    const s = tiktokProfile({ likes, followers, views: [] });
    s.posts = [
      { views: count(192_100, { min: 192_050, max: 192_149, raw: '192.1K' }) },
      { views: count(1_900_000, { min: 1_850_000, max: 1_949_999, raw: '1.9M' }) },
      { views: count(4_400_000, { min: 4_350_000, max: 4_449_999, raw: '4.4M' }) },
    ];
    const a = analyzeSnapshot(s);
    const r = a.engagement[0];
    expect(r.period).toBe('lifetime');
    expect(r.value).toBeCloseTo(3_900_000 / 19 / 783_400, 12);
    expect(r.min).toBeCloseTo(3_850_000 / 19 / 783_449, 12);
    expect(r.max).toBeCloseTo(3_949_999 / 19 / 783_350, 12);
    expect(a.reach?.value).toBeCloseTo(1_900_000 / 783_400, 12);
    expect(a.reach?.min).toBeCloseTo(1_850_000 / 783_449, 12);
    expect(a.reach?.max).toBeCloseTo(1_949_999 / 783_350, 12);
    const limited = a.signals.find((x) => x.id === 'too-little-evidence');
    // The rounded counts are listed as a list in the UI's language (was joined with '; ').
    expect(english(limited?.evidence.find((e) => english(e.label) === 'Rounded counts')?.value as Phrase)).toMatch(/followers, total likes, and views on 3 of 3 videos/);

    // A rounded video count widens the interval too ("1.2K" videos: 1,150-1,249).
    const v = analyzeSnapshot(tiktokProfile({ videos: count(1200, { min: 1150, max: 1249, raw: '1.2K' }), views: [] })).engagement[0];
    expect(v.min).toBeCloseTo(ILLOJUAN.likes / 1249 / ILLOJUAN.followers, 12);
    expect(v.max).toBeCloseTo(ILLOJUAN.likes / 1150 / ILLOJUAN.followers, 12);
  });


});

describe('YouTube channel page', () => {


  it('carries rounded subscribers and views into the reach interval', () => {
    const subs = count(4_690_000, { min: 4_685_000, max: 4_694_999, raw: '4.69M' });
    const s = channel([], subs);
    s.posts = [{ views: count(48_000, { min: 47_500, max: 48_499, raw: '48K' }) }];
    const r = analyzeSnapshot(s).reach;
    expect(r?.min).toBeCloseTo(47_500 / 4_694_999, 12);
    expect(r?.max).toBeCloseTo(48_499 / 4_685_000, 12);
  });

  it('from the Home tab (subscribers and video count only): no grade, and it says to open the Videos tab', () => {
    const a = analyzeSnapshot(channel([]));
    expect(a.grade).toBeNull();
    expect(a.reach).toBeUndefined();
    expect(a.missing.map(english).find((m) => m.startsWith('No grade'))).toMatch(/Subscribers and the video count alone .* Videos or Shorts tab/);
    expect(english(a.sample.hint)).toMatch(/Videos or Shorts tab/);
  });

});

describe('what does not change', () => {

  it('X posts with views keep their per-view rate', () => {
    const a = analyzeSnapshot(snap({ platform: 'x', followers: 5000, posts: same(4, { likes: 20, comments: 2, shares: 3, views: 2500 }) }));
    expect(a.engagement.find((e) => e.basis === 'views')?.value).toBeCloseTo(25 / 2500, 12);
    expect(a.reach).toBeUndefined();
  });

  it('a Facebook page\'s likes (fans) are not read as likes on posts', () => {
    const a = analyzeSnapshot(snap({ platform: 'facebook', followers: 10_000, totalLikes: 9_000, postCount: 50 }));
    expect(a.engagement).toEqual([]);
    expect(a.grade).toBeNull();
  });

});

describe('TikTok without a creator figure by followers (issue 11: no brand figure for creators)', () => {
  it('a profile graded only on lifetime totals is provisional: the rate shown, not placed; flags still raised', () => {
    const a = analyzeSnapshot(tiktokProfile({ views: PLAYS.map((v) => Math.round(v / 100)) }));
    expect(a.grade).toBeNull();
    expect(a.provisional?.rate).toBeCloseTo(ILLOJUAN.likes / ILLOJUAN.videos / ILLOJUAN.followers, 6);
    expect(a.signals.find((s) => s.id === 'views-far-below')?.severity).toBe('warning');
    expect(a.flagged).toBe(true);
  });
  it('videos showing likes and views are placed per view on the held Modash curve, and never gain from more followers', () => {
    const posts = same(12, { likes: 9_000, comments: 100, shares: 50, views: 100_000 });
    const a = analyzeSnapshot(snap({ platform: 'tiktok', url: 'https://www.tiktok.com/@a', followers: 400_000, following: 10, posts }));
    expect(a.grade).not.toBeNull();
    const views = a.benchmarks.find((b) => b.ref.basis === 'views');
    expect(views?.ref.typical).toBeCloseTo(Math.sqrt(0.1206 * 0.1404), 4); // held at the 1k-5k band
    expect(views?.ref.note?.map(english).join(' ')).toMatch(/Held at/);
    const more = analyzeSnapshot(snap({ platform: 'tiktok', url: 'https://www.tiktok.com/@a', followers: 4_000_000, following: 10, posts }));
    expect(more.grade?.score ?? 0).toBeLessThanOrEqual(a.grade?.score ?? 0);
    expect(component(a, 'engagement')?.points).toBeLessThanOrEqual(0); // likes alone earn nothing above typical
  });
});

