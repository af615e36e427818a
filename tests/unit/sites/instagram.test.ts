import { describe, expect, it } from 'vitest';
import { instagram } from '../../../lib/sites/instagram';
import { parseDoc, siteFixtures } from '../../support/fixtures';

const { doc: load, readPage: read } = siteFixtures('instagram', instagram);


const route = (path: string) => instagram.route(new URL(path, 'https://www.instagram.com'));

describe('instagram.route', () => {
  it('reads profiles and their tabs', () => {
    expect(route('/pluto__travel/')).toEqual({ page: 'profile', handle: 'pluto__travel' });
    expect(route('/Lena.Travels')).toEqual({ page: 'profile', handle: 'lena.travels' });
    expect(route('/lena.travels/reels/')).toEqual({ page: 'profile', handle: 'lena.travels' });
    expect(route('/lena.travels/tagged/')).toEqual({ page: 'profile', handle: 'lena.travels' });
  });

  it('reads post pages with and without the handle', () => {
    expect(route('/p/CPeC-Eenc8l/')).toEqual({ page: 'post', postId: 'CPeC-Eenc8l' });
    expect(route('/reel/C3reelXYZ1/')).toEqual({ page: 'post', postId: 'C3reelXYZ1' });
    expect(route('/willyrex/p/CPeC-Eenc8l/')).toEqual({ page: 'post', handle: 'willyrex', postId: 'CPeC-Eenc8l' });
    expect(route('/willyrex/reel/C3reelXYZ1/')).toEqual({ page: 'post', handle: 'willyrex', postId: 'C3reelXYZ1' });
  });

  it('leaves Instagram’s own pages alone', () => {
    for (const path of ['/', '/explore/', '/accounts/edit/', '/direct/inbox/', '/stories/lena.travels/123/', '/reels/', '/reels/C3reelXYZ1/', '/p/', '/lena.travels/saved/', '/bad-handle!/']) {
      expect(route(path), path).toBeNull();
    }
  });

  it('lists both host names', () => {
    expect(instagram.hosts).toEqual(expect.arrayContaining(['www.instagram.com', 'instagram.com']));
  });
});

describe('instagram profile pages', () => {
  it('reads the header links, exact numbers from their title, and ignores stale meta tags', () => {
    const { snap } = read('profile-logged-in.html', 'https://www.instagram.com/lena.travels/');
    expect(snap.page).toBe('profile');
    expect(snap.profile).toMatchObject({ handle: 'lena.travels', name: 'Lena | Travel', verified: true });
    // "2.2M" on screen, "2,230,586" in the title attribute
    expect(snap.profile.followers).toMatchObject({ value: 2230586, exact: true, raw: '2,230,586' });
    expect(snap.profile.following).toMatchObject({ value: 312, exact: true });
    expect(snap.profile.posts).toMatchObject({ value: 1024, exact: true });
  });

  it('reads hovered grid tiles: likes then comments, pinned; skips tiles it cannot tell apart', () => {
    const { snap } = read('profile-logged-in.html', 'https://www.instagram.com/lena.travels/');
    expect(snap.posts).toHaveLength(1);
    const [pinned] = snap.posts;
    expect(pinned).toMatchObject({ id: 'C9pinAAAAAA', url: 'https://www.instagram.com/p/C9pinAAAAAA/', pinned: true });
    expect(pinned.likes).toMatchObject({ value: 12400, exact: false, min: 12350, max: 12499 });
    expect(pinned.comments).toMatchObject({ value: 318, exact: true });
  });

  it('reads view counts on the Reels tab', () => {
    const { snap } = read('reels-tab.html', 'https://www.instagram.com/lena.travels/reels/');
    expect(snap.posts.map((p) => p.id)).toEqual(['C8reelAAAAA', 'C8reelBBBBB', 'C8reelCCCCC']);
    expect(snap.posts.map((p) => p.views?.value)).toEqual([1300000, 87400, 912]);
    expect(snap.posts[0].likes?.value).toBe(48100);
    expect(snap.posts[0].comments?.value).toBe(1203);
    expect(snap.posts[1].likes).toBeUndefined();
    expect(snap.posts[0].url).toBe('https://www.instagram.com/reel/C8reelAAAAA/');
  });

  it('does not count tagged posts as the account’s own', () => {
    const { snap } = read('reels-tab.html', 'https://www.instagram.com/lena.travels/tagged/');
    expect(snap.posts).toEqual([]);
    expect(snap.profile.followers?.value).toBe(2230586);
    expect(snap.notes?.join(' ')).toMatch(/tagged/i);
  });

  it('reads a localised meta description by position, with its abbreviations', () => {
    const { snap } = read('profile-meta-de.html', 'https://www.instagram.com/bergwelt.foto/');
    expect(snap.profile.name).toBe('Bergwelt Fotografie');
    expect(snap.profile.followers).toMatchObject({ value: 1200000, exact: false, source: 'meta', raw: '1,2 Mio. Follower' });
    expect(snap.profile.following).toMatchObject({ value: 1077, exact: true, source: 'meta' });
    expect(snap.profile.posts).toMatchObject({ value: 3412, exact: true, source: 'meta' });
    expect(snap.posts).toEqual([]);
    expect(snap.notes?.length).toBeGreaterThan(0);
  });

  it('ignores a meta description that names another account', () => {
    const doc = load('profile-meta-de.html');
    expect(instagram.read(doc, 'https://www.instagram.com/someone.else/')).toBeNull();
  });

  it('prefers exact embedded app state, and keeps only the account’s own timeline items', () => {
    const { snap } = read('profile-embedded.html', 'https://www.instagram.com/cafe.ritual/');
    expect(snap.profile).toMatchObject({ handle: 'cafe.ritual', name: 'Café Ritual' });
    // the meta description says "48K": the embedded 48213 is exact
    expect(snap.profile.followers).toMatchObject({ value: 48213, exact: true, source: 'embedded-json' });
    expect(snap.profile.following?.value).toBe(510);
    expect(snap.profile.posts?.value).toBe(961);
    expect(snap.posts.map((p) => p.id)).toEqual(['DApinnedAAA', 'DAreelBBBBB', 'DAhiddenCCC']);
    expect(snap.posts[0]).toMatchObject({ pinned: true, likes: { value: 2210 }, comments: { value: 87 } });
    expect(snap.posts[1].views?.value).toBe(30120);
    expect(snap.posts[0].postedAt).toBe('2024-06-10T06:13:20.000Z');
  });

  it('marks hidden likes as hidden, never as 0', () => {
    const { snap } = read('profile-embedded.html', 'https://www.instagram.com/cafe.ritual/');
    const hidden = snap.posts.find((p) => p.id === 'DAhiddenCCC')!;
    expect(hidden.likesHidden).toBe(true);
    expect(hidden.likes).toBeUndefined();
    expect(hidden.comments?.value).toBe(12);
  });

  it('reads English labels when the counts are not links (private accounts)', () => {
    const doc = load('profile-logged-in.html');
    for (const a of Array.from(doc.querySelectorAll('header a[href*="/follow"]'))) a.removeAttribute('href');
    const snap = instagram.read(doc, 'https://www.instagram.com/lena.travels/')!;
    expect(snap.profile.followers).toMatchObject({ value: 2230586, exact: true });
    expect(snap.profile.following?.value).toBe(312);
    expect(snap.profile.posts?.value).toBe(1024);
  });

  it('does not lend the counts of a header left from the previous profile', () => {
    const doc = load('profile-logged-in.html');
    for (const a of Array.from(doc.querySelectorAll('header a[href*="/follow"]'))) a.removeAttribute('href');
    const snap = instagram.read(doc, 'https://www.instagram.com/next.account/');
    expect(snap?.profile.followers).toBeUndefined();
    expect(snap?.profile.posts).toBeUndefined();
  });

  it('puts the badge after the handle heading', () => {
    const { doc, snap } = read('profile-logged-in.html', 'https://www.instagram.com/lena.travels/');
    const anchor = instagram.badgeAnchor(doc, snap);
    expect(anchor?.tagName).toBe('H2');
    expect(anchor?.textContent).toBe('lena.travels');
  });
});

describe('instagram post pages', () => {
  it('reads likes from the likes link and comments from the meta description', () => {
    const { doc, snap } = read('post-page.html', 'https://www.instagram.com/p/C7postAAAAA/');
    expect(snap.page).toBe('post');
    expect(snap.profile).toMatchObject({ handle: 'lena.travels', name: 'Lena | Travel' });
    const [post] = snap.posts;
    expect(post).toMatchObject({ id: 'C7postAAAAA', url: 'https://www.instagram.com/p/C7postAAAAA/', postedAt: '2024-03-03T19:02:11.000Z' });
    // "12K" in the meta description, "12,407" on the page: the exact one wins
    expect(post.likes).toMatchObject({ value: 12407, exact: true });
    expect(post.comments).toMatchObject({ value: 318, exact: true, source: 'meta' });
    const anchor = instagram.badgeAnchor(doc, snap);
    expect(anchor?.getAttribute('href')).toBe('/lena.travels/');
  });

  it('uses the meta description alone when nothing is rendered', () => {
    const doc = load('post-page.html');
    doc.querySelector('main')?.remove();
    const snap = instagram.read(doc, 'https://www.instagram.com/p/C7postAAAAA/')!;
    expect(snap.profile.handle).toBe('lena.travels');
    expect(snap.posts[0].likes).toMatchObject({ value: 12000, exact: false, min: 11500, max: 12999, source: 'meta' });
  });

  it('reads a dialog over a profile without trusting the profile’s meta tags; "x and N others" is N + 1', () => {
    const { doc, snap } = read('post-dialog-friend.html', 'https://www.instagram.com/p/C5dlgAAAAA/');
    expect(snap.profile.handle).toBe('surf.coach.ana');
    expect(snap.profile.followers).toBeUndefined();
    expect(snap.posts[0].likes).toMatchObject({ value: 1234, exact: true });
    expect(snap.posts[0].comments).toBeUndefined();
    expect(snap.notes?.join(' ')).toMatch(/comment/i);
    expect(instagram.badgeAnchor(doc, snap)?.textContent).toBe('surf.coach.ana');
  });

  it('reports hidden likes ("Liked by x and others") as likesHidden', () => {
    const { snap } = read('post-hidden-likes.html', 'https://www.instagram.com/cafe.ritual/p/C4hidAAAAA/');
    expect(snap.posts[0]).toMatchObject({ id: 'C4hidAAAAA', likesHidden: true, comments: { value: 24 } });
    expect(snap.posts[0].likes).toBeUndefined();
    expect(snap.notes?.join(' ')).toMatch(/hides/);
  });

  it('reads a reel from embedded app state: likes, comments, plays, author', () => {
    const { snap } = read('reel-embedded.html', 'https://www.instagram.com/reel/C3reelXYZ1/');
    expect(snap.profile.handle).toBe('cafe.ritual');
    expect(snap.posts[0]).toMatchObject({
      id: 'C3reelXYZ1',
      url: 'https://www.instagram.com/reel/C3reelXYZ1/',
      likes: { value: 8236, source: 'embedded-json' },
      comments: { value: 145 },
      views: { value: 210455 },
    });
  });

  it('reads a Spanish meta description by position when there is no app state', () => {
    const doc = load('reel-embedded.html');
    doc.querySelector('script[type="application/json"]')?.remove();
    const snap = instagram.read(doc, 'https://www.instagram.com/reel/C3reelXYZ1/')!;
    expect(snap.profile.handle).toBe('cafe.ritual');
    expect(snap.posts[0].likes).toMatchObject({ value: 8236, source: 'meta' });
    expect(snap.posts[0].comments).toMatchObject({ value: 145, source: 'meta' });
    expect(snap.notes?.join(' ')).toMatch(/view/i);
  });

  it('does not read another post’s meta tags', () => {
    const doc = load('post-page.html');
    doc.querySelector('main')?.remove();
    expect(instagram.read(doc, 'https://www.instagram.com/p/C6otherBBBB/')).toBeNull();
  });
});

describe('instagram robustness', () => {
  it('returns null, without throwing, on empty or unrelated pages', () => {
    const empty = parseDoc('<html><body></body></html>');
    expect(instagram.read(empty, 'https://www.instagram.com/lena.travels/')).toBeNull();
    expect(instagram.read(empty, 'https://www.instagram.com/p/C7postAAAAA/')).toBeNull();
    expect(instagram.read(empty, 'https://www.instagram.com/explore/')).toBeNull();
    expect(instagram.read(empty, 'not a url')).toBeNull();
    const broken = parseDoc('<script type="application/json">{"username": "lena.travels", "follower_count": </script><a href="/lena.travels/followers/">many</a>');
    expect(instagram.read(broken, 'https://www.instagram.com/lena.travels/')).toBeNull();
  });
});
