import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../lib/sites/tiktok';
import { parseDoc, siteFixtures } from '../../support/fixtures';

const { doc: page, read } = siteFixtures('tiktok', tiktok);


describe('tiktok.route', () => {
  it('tells profiles from videos and photos, and refuses other pages', () => {
    const r = (u: string) => tiktok.route(new URL(u));
    expect(r('https://www.tiktok.com/@miacocina')).toEqual({ page: 'profile', handle: 'miacocina' });
    expect(r('https://www.tiktok.com/@mia.cocina_2/?lang=es')).toEqual({ page: 'profile', handle: 'mia.cocina_2' });
    expect(r('https://m.tiktok.com/@miacocina/video/7421234567890123456')).toEqual({
      page: 'post',
      handle: 'miacocina',
      postId: '7421234567890123456',
    });
    expect(r('https://www.tiktok.com/@miacocina/photo/7400000000000000003')?.page).toBe('post');
    for (const u of ['https://www.tiktok.com/', 'https://www.tiktok.com/foryou', 'https://www.tiktok.com/tag/bread', 'https://www.tiktok.com/@miacocina/live']) {
      expect(r(u)).toBeNull();
    }
    expect(tiktok.hosts).toEqual(expect.arrayContaining(['www.tiktok.com', 'tiktok.com', 'm.tiktok.com']));
  });
});

describe('tiktok profile', () => {
  const url = 'https://www.tiktok.com/@miacocina';

  it('reads exact counts from statsV2, not the rounded stats beside them', () => {
    const s = read('profile.html', url);
    expect(s.page).toBe('profile');
    expect(s.profile).toMatchObject({ handle: 'miacocina', name: 'Mia Cocina', verified: false });
    expect(s.profile.followers).toMatchObject({ value: 128345, exact: true, source: 'embedded-json' });
    expect(s.profile.following?.value).toBe(212);
    expect(s.profile.likes).toMatchObject({ value: 2456789, exact: true });
    expect(s.profile.posts?.value).toBe(342);
  });

  it('lists the grid in order with play counts, flags the pinned card in the page language, skips other accounts', () => {
    const s = read('profile.html', url);
    expect(s.posts.map((p) => p.id)).toEqual(['7400000000000000001', '7400000000000000002', '7400000000000000003']);
    expect(s.posts[0]).toMatchObject({ pinned: true, url: 'https://www.tiktok.com/@miacocina/video/7400000000000000001' });
    expect(s.posts[0].views).toMatchObject({ value: 1_200_000, exact: false, source: 'text' });
    expect(s.posts[1].pinned).toBeUndefined();
    expect(s.posts[1].views).toMatchObject({ value: 48_700, min: 48_650, max: 48_799 });
    expect(s.posts[2]).toMatchObject({ url: 'https://www.tiktok.com/@miacocina/photo/7400000000000000003', views: { value: 980, exact: true } });
  });

  it('falls back to JSON-LD, then reads round stats as abbreviated', () => {
    const noV2 = (h: string) => h.replace(/"statsV2":\{[^}]*\},/, '');
    expect(read('profile.html', url, noV2).profile.followers).toMatchObject({ value: 128345, exact: true, source: 'json-ld' });
    const neither = (h: string) => noV2(h).replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/, '');
    const f = read('profile.html', url, neither).profile.followers!;
    expect(f).toMatchObject({ value: 128300, exact: false, source: 'embedded-json' });
    expect(f.min).toBeLessThanOrEqual(128345);
    expect(f.max).toBeGreaterThanOrEqual(128345);
    expect(read('profile.html', url, neither).profile.following).toMatchObject({ value: 212, exact: true });
  });

  it('ignores state left over from in-site navigation and reads the rendered header', () => {
    const s = read('profile-after-navigation.html', 'https://www.tiktok.com/@bikerepairbob');
    expect(s.profile.handle).toBe('bikerepairbob');
    expect(s.profile.followers).toMatchObject({ value: 45_600, exact: false, source: 'text' });
    expect(s.profile.following).toMatchObject({ value: 1204, exact: true });
    expect(s.profile.likes?.value).toBe(1_100_000);
    expect(s.profile.posts).toBeUndefined();
    expect(s.posts.map((p) => p.views?.value)).toEqual([12_300, 8041]);
    expect(s.notes?.join(' ')).toMatch(/@miacocina/);
    expect(s.notes?.join(' ')).toMatch(/video count/);
  });

  it('does not read a header that still shows the previous account', () => {
    const s = read('profile-after-navigation.html', 'https://www.tiktok.com/@bikerepairbob', (h) =>
      h.replace('>bikerepairbob</h1>', '>miacocina</h1>'),
    );
    expect(s.profile.followers).toBeUndefined();
    expect(s.notes?.join(' ')).toMatch(/still shows @miacocina/);
  });

  it('reads the 2022 SIGI_STATE with per-video stats', () => {
    const s = read('profile-sigi.html', 'https://www.tiktok.com/@gardengus');
    expect(s.profile).toMatchObject({ handle: 'gardengus', verified: true, followers: { value: 56789, exact: true }, posts: { value: 97 } });
    expect(s.profile.likes?.value).toBe(1234567);
    expect(s.posts).toHaveLength(2);
    expect(s.posts[0]).toMatchObject({
      id: '7100000000000000001',
      pinned: true,
      likes: { value: 15234 },
      comments: { value: 301 },
      shares: { value: 210 },
      views: { value: 402311 },
      saves: { value: 998 },
      postedAt: '2022-06-12T02:13:20.000Z',
    });
  });

  it('puts the badge after the header title', () => {
    const doc = page('profile.html');
    const snap = tiktok.read(doc, url)!;
    expect(tiktok.badgeAnchor(doc, snap)?.getAttribute('data-e2e')).toBe('user-title');
  });
});

describe('tiktok video', () => {
  it('maps digg/comment/share/play/collect counts and the author stats', () => {
    const s = read('video.html', 'https://www.tiktok.com/@miacocina/video/7421234567890123456');
    expect(s.page).toBe('post');
    expect(s.posts).toHaveLength(1);
    expect(s.posts[0]).toMatchObject({
      id: '7421234567890123456',
      url: 'https://www.tiktok.com/@miacocina/video/7421234567890123456',
      likes: { value: 83412, exact: true },
      comments: { value: 912 },
      shares: { value: 1205 },
      views: { value: 1934567, exact: true },
      saves: { value: 10433 },
    });
    // authorStatsV2 arrives rounded ("128300"): abbreviated, with the display's interval.
    expect(s.profile.followers).toMatchObject({ value: 128300, exact: false, min: 128250, max: 128399 });
    expect(s.profile.posts).toMatchObject({ value: 342, exact: true });
    expect(s.notes).toBeUndefined();
  });

  it('reads the action bar of this video only when several players are on the page', () => {
    const url = 'https://www.tiktok.com/@bikerepairbob/video/7435555555555555555';
    const s = read('feed-dialog.html', url);
    expect(s.posts[0]).toMatchObject({
      likes: { value: 12_300, exact: false, source: 'text' },
      comments: { value: 301, exact: true },
      shares: { value: 88 },
      saves: { value: 1024, exact: true },
    });
    expect(s.posts[0].views).toBeUndefined();
    expect(s.notes?.join(' ')).toMatch(/earlier video/);
    const doc = page('feed-dialog.html');
    expect(tiktok.badgeAnchor(doc, s)?.textContent).toBe('bikerepairbob');
  });

  // Found by mutation fuzzing (tiktok-other-videos-bar): with one bar left on a feed page, that bar
  // was taken for the URL's video although it belonged to another video of the feed.
  it("tiktok-other-videos-bar: without the video's dialog, another video's counts are not read as its own", () => {
    const doc = page('feed-dialog.html');
    doc.querySelector('[data-e2e="modal-video-container"]')!.remove();
    const url = 'https://www.tiktok.com/@bikerepairbob/video/7435555555555555555';
    const p = tiktok.read(doc, url)?.posts.find((x) => x.id === '7435555555555555555');
    expect(p?.likes?.value).not.toBe(5);
    expect(p).toBeUndefined();
  });

  it("does not take a feed video's lone bar when this video's like count has lost its hook", () => {
    const url = 'https://www.tiktok.com/@bikerepairbob/video/7435555555555555555';
    const doc = page('feed-dialog.html');
    doc.querySelector('[data-e2e="browse-like-count"]')!.removeAttribute('data-e2e');
    const p = tiktok.read(doc, url)?.posts[0];
    expect(p?.likes).toBeUndefined();
    expect(p?.comments?.value).not.toBe(1);
    // A feed item without a player id is still a feed item: its bar is not this video's either.
    const feed = page('feed-dialog.html', (h) => h.replace(' id="xgwrapper-1-7300000000000000001"', '').replace('<div><strong data-e2e="like-count">', '<div><a href="/@miacocina/video/7300000000000000001">x</a><strong data-e2e="like-count">'));
    feed.querySelector('[data-e2e="modal-video-container"]')!.remove();
    expect(tiktok.read(feed, url)).toBeNull();
  });

  it('reads the lone bar of a plain video page, also beside links to other videos', () => {
    const url = 'https://www.tiktok.com/@miacocina/video/7421234567890123456';
    const withoutData = (h: string) => h.replace(/<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[\s\S]*?<\/script>/, '');
    const related = (h: string) => withoutData(h).replace('</body>', '<div><a href="/@other/video/7400000000000000009">related</a></div></body>');
    expect(read('video.html', url, withoutData).posts[0].likes).toMatchObject({ value: 83_400 });
    expect(read('video.html', url, related).posts[0].likes).toMatchObject({ value: 83_400 });
    // Its player beside links to other videos in one block: still this video's page.
    expect(read('video.html', url, (h) => withoutData(h).replace('<a data-e2e="video-author-avatar"', '<a href="/@other/video/7400000000000000009">related</a><a data-e2e="video-author-avatar"')).posts[0].likes).toMatchObject({ value: 83_400 });
    // Player without an id and no video named around the bar: a plain page.
    expect(read('video.html', url, (h) => withoutData(h).replace(' id="xgwrapper-0-7421234567890123456"', '')).posts[0].likes).toMatchObject({ value: 83_400 });
    // ... but with only other videos named around it, the bar cannot be told to be this video's.
    expect(tiktok.read(page('video.html', (h) => related(h).replace(' id="xgwrapper-0-7421234567890123456"', '')), url)).toBeNull();
  });

  it('leaves counts out when no player on the page is this video', () => {
    const s = tiktok.read(page('feed-dialog.html', (h) => h.replace('xgwrapper-2-7435555555555555555', 'xgwrapper-2-7999999999999999999')), 'https://www.tiktok.com/@bikerepairbob/video/7435555555555555555');
    expect(s).toBeNull();
  });
});

describe('tiktok robustness', () => {
  it('never throws on empty, broken or unrelated pages', () => {
    const broken = [
      '',
      '<html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">{"__DEFAULT_SCOPE__":</script></body></html>',
      '<html><body><script id="SIGI_STATE">{"UserModule":{"users":{"x":null},"stats":7}}</script></body></html>',
      '<html><body><strong data-e2e="followers-count">lots</strong></body></html>',
    ];
    for (const html of broken) {
      const doc = parseDoc(html);
      for (const url of ['https://www.tiktok.com/@x', 'https://www.tiktok.com/@x/video/7421234567890123456', 'https://www.tiktok.com/foryou', 'not a url']) {
        expect(() => tiktok.read(doc, url)).not.toThrow();
        expect(tiktok.read(doc, url)).toBeNull();
      }
    }
  });
});
