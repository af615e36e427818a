import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import { facebook } from '../../../lib/sites/facebook';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/facebook');
const doc = (name: string, edit: (h: string) => string = (h) => h) =>
  parseHTML(edit(readFileSync(resolve(FIXTURES, name), 'utf8'))).document as unknown as Document;

function read(name: string, url: string, edit?: (h: string) => string): Snapshot {
  const snap = facebook.read(doc(name, edit), url);
  expect(snap).not.toBeNull();
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap!;
}
const values = (snap: Snapshot, key: 'likes' | 'comments' | 'shares' | 'views') => snap.posts.map((p) => p[key]?.value);

describe('facebook.route', () => {
  const r = (u: string) => facebook.route(new URL(u));
  it('tells pages and profiles from posts, on www and m', () => {
    expect(r('https://www.facebook.com/Nintendo')).toEqual({ page: 'profile', handle: 'Nintendo' });
    expect(r('https://m.facebook.com/Nintendo/posts/')).toEqual({ page: 'profile', handle: 'Nintendo' });
    expect(r('https://www.facebook.com/profile.php?id=100064')).toEqual({ page: 'profile', handle: '100064' });
    expect(r('https://www.facebook.com/Nintendo/posts/pfbid02LpQm7Hk3vX9aRt')).toEqual({ page: 'post', handle: 'Nintendo', postId: 'pfbid02LpQm7Hk3vX9aRt' });
    expect(r('https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711')).toEqual({ page: 'post', handle: '119240841493711', postId: '3065154550235644' });
    expect(r('https://www.facebook.com/watch/?v=887766554433221')).toEqual({ page: 'post', postId: '887766554433221' });
    expect(r('https://www.facebook.com/Nintendo/videos/887766554433221/')).toEqual({ page: 'post', handle: 'Nintendo', postId: '887766554433221' });
  });
  it('refuses pages about no one account', () => {
    for (const u of ['https://www.facebook.com/', 'https://www.facebook.com/home.php', 'https://www.facebook.com/groups/123456', 'https://www.facebook.com/marketplace/', 'https://www.facebook.com/search/top?q=x', 'https://www.facebook.com/watch/', 'https://www.facebook.com/Nintendo/posts/notanid']) {
      expect(r(u), u).toBeNull();
    }
  });
});

describe('facebook page (desktop, English)', () => {
  const url = 'https://www.facebook.com/lakesidepottery/';
  it('reads page likes from the description, followers from the header, and its own posts only', () => {
    const snap = read('page-desktop-en.html', url);
    expect(snap.profile).toMatchObject({ handle: 'lakesidepottery', name: 'Lakeside Pottery' });
    expect(snap.profile.likes).toMatchObject({ value: 12480, exact: true, source: 'meta' });
    expect(snap.profile.followers).toMatchObject({ value: 13000, exact: false, source: 'text' });
    expect(snap.posts.map((p) => p.id)).toEqual(['pfbid02LpQm7Hk3vX9aRt', '887766554433221', 'pfbid0Third3Post9xx']);
    expect(values(snap, 'likes')).toEqual([214, 1100, 97]);
    // The comment's own "9 comments" and the caption's "5 comments" are not the post's.
    expect(values(snap, 'comments')).toEqual([18, 43, 4]);
    expect(values(snap, 'shares')).toEqual([6, 12, undefined]);
    expect(values(snap, 'views')).toEqual([undefined, 2400, undefined]);
    expect(snap.notes?.join(' ')).toMatch(/1 post by other accounts/);
  });
  it('ignores a description left from the page opened before (in-site navigation)', () => {
    const snap = read('page-desktop-en.html', url, (h) => h.replace('https://www.facebook.com/lakesidepottery/"', 'https://www.facebook.com/someotherpage/"'));
    expect(snap.profile.likes).toMatchObject({ value: 12000, exact: false, source: 'text' });
    expect(snap.notes?.join(' ')).toMatch(/names another account/);
  });
  it("reads none of the previous page's header and posts left hidden beside the new ones", () => {
    const old = '<div hidden><h1>Old Page</h1><a href="https://www.facebook.com/lakesidepottery/followers/">99K followers</a>' +
      '<div role="article"><h2><a href="https://www.facebook.com/lakesidepottery">Lakeside Pottery</a></h2><a href="https://www.facebook.com/lakesidepottery/posts/pfbid0OldOldOld999"></a>' +
      '<div><span>All reactions:</span><span>9,999</span></div></div></div>';
    const snap = read('page-desktop-en.html', url, (h) => h.replace('<div role="main">', `${old}<div role="main">`));
    expect(snap.profile.followers?.value).toBe(13000);
    expect(snap.posts.map((p) => p.id)).toEqual(['pfbid02LpQm7Hk3vX9aRt', '887766554433221', 'pfbid0Third3Post9xx']);
    const d = doc('page-desktop-en.html', (h) => h.replace('<div role="main">', `${old}<div role="main">`));
    expect(facebook.badgeAnchor(d, facebook.read(d, url)!)?.textContent).toBe('Lakeside Pottery');
  });
  it('puts the badge beside the page name', () => {
    const d = doc('page-desktop-en.html');
    expect(facebook.badgeAnchor(d, facebook.read(d, url)!)?.tagName).toBe('H1');
  });
  it('gives null on a page that shows none of it', () => {
    expect(facebook.read(parseHTML('<html><body><div role="main"></div></body></html>').document as unknown as Document, url)).toBeNull();
  });
});

describe('facebook page (desktop, Spanish)', () => {
  it('reads "Me gusta", "mil" and "veces compartido"', () => {
    const snap = read('page-desktop-es.html', 'https://www.facebook.com/ceramicalago');
    expect(snap.profile.likes).toMatchObject({ value: 8215, exact: true });
    expect(snap.profile.followers).toMatchObject({ value: 9400, exact: false });
    expect(values(snap, 'likes')).toEqual([1200, 388]);
    expect(values(snap, 'comments')).toEqual([36, 12]);
    expect(values(snap, 'shares')).toEqual([9, undefined]);
    expect(values(snap, 'views')).toEqual([undefined, 5100]);
  });
});

describe('facebook post (desktop, German)', () => {
  const url = 'https://www.facebook.com/toepfereiamsee/posts/1122334455667788';
  it('reads the shown post, not the hidden one from the page before', () => {
    const snap = read('post-desktop-de.html', url);
    expect(snap.page).toBe('post');
    expect(snap.profile.handle).toBe('toepfereiamsee');
    expect(snap.posts).toHaveLength(1);
    expect(snap.posts[0]).toMatchObject({ id: '1122334455667788', likes: { value: 1234, exact: true }, comments: { value: 56 }, shares: { value: 7 } });
  });
  it('reads nothing when only the old post is there', () => {
    expect(facebook.read(doc('post-desktop-de.html', (h) => h.replace(/<div role="main">[\s\S]*<\/div>\s*<\/body>/, '</body>')), url)).toBeNull();
  });
  it('puts the badge on the author link', () => {
    const d = doc('post-desktop-de.html');
    const anchor = facebook.badgeAnchor(d, facebook.read(d, url)!);
    expect(anchor?.textContent).toBe('Töpferei am See');
    expect(anchor?.closest('[hidden]')).toBeNull();
  });
});
