import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../lib/score/features';
import { recentPosts } from '../../../lib/score/engagement';
import { analyzeSnapshot } from '../../../lib/score/index';
import { count, same, snap } from './helpers';
import { english } from '../../../lib/words-en';

describe('engagement rates', () => {
  it('is the median of (likes + comments) / followers, pinned posts left out', () => {
    const s = snap({
      followers: 1000,
      posts: [{ likes: 900, comments: 100, pinned: true }, { likes: 10, comments: 0 }, { likes: 20, comments: 10 }, { likes: 100, comments: 0 }],
    });
    const f = extractFeatures(s);
    expect(f.byFollowers?.value).toBeCloseTo(0.03);
    expect(f.byFollowers?.postsUsed).toBe(3);
    expect(english(f.byFollowers?.formula)).toContain('(likes + comments) / followers');
    expect(f.byFollowers?.perPost.map((p) => p.rate)).toEqual([0.01, 0.03, 0.1]);
  });

  it('uses the 12 most recent posts on feeds and 30 on TikTok', () => {
    const many = same(40, { likes: 10, comments: 1, shares: 1 });
    expect(extractFeatures(snap({ followers: 100, posts: many })).byFollowers?.postsUsed).toBe(12);
    expect(extractFeatures(snap({ platform: 'tiktok', followers: 100, posts: many })).byFollowers?.postsUsed).toBe(30);
  });

  it('orders by postedAt when every post has one', () => {
    const s = snap({ followers: 10, posts: [{ likes: 1, postedAt: '2024-01-01T00:00:00Z' }, { likes: 2, postedAt: '2024-03-01T00:00:00Z' }] });
    expect(recentPosts(s).map((p) => p.likes?.value)).toEqual([2, 1]);
  });

  it('adds shares where the platform shows them (TikTok, X...), not on Instagram', () => {
    const posts = same(3, { likes: 10, comments: 5, shares: 5 });
    expect(extractFeatures(snap({ platform: 'tiktok', followers: 100, posts })).byFollowers?.value).toBeCloseTo(0.2);
    expect(extractFeatures(snap({ platform: 'instagram', followers: 100, posts })).byFollowers?.value).toBeCloseTo(0.15);
    expect(english(extractFeatures(snap({ platform: 'x', followers: 100, posts })).byFollowers?.formula)).toContain('shares');
  });

  it('leaves hidden likes out instead of reading them as 0', () => {
    const f = extractFeatures(snap({ followers: 100, posts: [{ likes: 10 }, { likesHidden: true }, { likesHidden: true, likes: 0 }] }));
    expect(f.byFollowers?.postsUsed).toBe(1);
    expect(f.likesHidden).toBe(2);
  });

  it('carries rounding intervals into a rate range', () => {
    // "1.2K" followers (1,150-1,300) and "3.4K" likes (3,350-3,500) on one post.
    const s = snap({ followers: count(1200, { min: 1150, max: 1300, raw: '1.2K' }) });
    s.posts = [{ likes: count(3400, { min: 3350, max: 3500, raw: '3.4K' }) }];
    const r = extractFeatures(s).byFollowers;
    expect(r?.value).toBeCloseTo(3400 / 1200);
    expect(r?.min).toBeCloseTo(3350 / 1300);
    expect(r?.max).toBeCloseTo(3500 / 1150);
  });

  it('measures per view where views are visible', () => {
    const s = snap({ platform: 'tiktok', followers: 1000, posts: [{ likes: 10, comments: 5, shares: 5, views: 200 }, { likes: 10, views: 0 }] });
    const a = analyzeSnapshot(s);
    const v = a.engagement.find((e) => e.basis === 'views');
    expect(v?.value).toBeCloseTo(0.1);
    expect(v?.postsUsed).toBe(1);
    expect(a.engagement.find((e) => e.basis === 'followers')?.value).toBeCloseTo(0.015);
  });

  it('reports no rate without followers or likes, and says why', () => {
    const a = analyzeSnapshot(snap({ posts: [{ likes: 5 }] }));
    expect(a.engagement.filter((e) => e.basis === 'followers')).toEqual([]);
    expect(a.grade).toBeNull();
    expect(a.missing.map(english).join(' ')).toMatch(/follower count/i);
    const b = analyzeSnapshot(snap({ followers: 100, posts: [{ likesHidden: true }] }));
    expect(b.grade).toBeNull();
    expect(b.missing.map(english).join(' ')).toMatch(/like count/i);
  });
});
