// X as the browser renders it (issue 12): Japanese and German interfaces, and the previous page's
// renderers left beside the new ones.
import { describe, expect, it } from 'vitest';
import { x } from '../../../lib/sites/x';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import { itReadsNoStaleNumber } from '../../support/stale';
import { parseDoc, siteFixtures } from '../../support/fixtures';

const { html } = siteFixtures('x');
const parse = parseDoc;

function read(name: string, url: string): Snapshot {
  const snap = x.read(parse(html(name)), url);
  expect(snap, name).not.toBeNull();
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap!;
}

describe('x rendered profile, Japanese interface', () => {
  it('reads the header: "4.8万" followers, "1,045" following, "1.2万 件のポスト"', () => {
    const s = read('profile-rendered-ja.html', 'https://x.com/hanako_dev');
    expect(s.profile).toMatchObject({ handle: 'hanako_dev', name: '山田 花子', verified: true });
    expect(s.profile.followers).toMatchObject({ value: 48000, exact: false, source: 'text' });
    expect(s.profile.following).toMatchObject({ value: 1045, exact: true });
    expect(s.profile.posts).toMatchObject({ value: 12000, exact: false });
  });

  it('reads own posts exactly from the button labels, saves from the group label; leaves out the repost and the ad', () => {
    const s = read('profile-rendered-ja.html', 'https://x.com/hanako_dev');
    expect(s.posts.map((p) => p.id)).toEqual(['1743300000000000101', '1810000000000000103', '1820000000000000104']);
    const [pinned, video, quote] = s.posts;
    // "19万" is shown, "190554 件の表示" is the label: exact beats rounded
    expect(pinned).toMatchObject({ pinned: true, comments: { value: 52 }, shares: { value: 310 }, likes: { value: 2904 }, views: { value: 190554, exact: true } });
    // the bookmark button says only "ブックマーク"; "811 件のブックマーク" is the group's one number left over
    expect(pinned.saves).toMatchObject({ value: 811, exact: true, source: 'aria' });
    // a video inside a post is wrapped in placementTracking too: not an ad
    expect(video).toMatchObject({ comments: { value: 0 }, shares: { value: 7 }, likes: { value: 128 }, views: { value: 5400 } });
    expect(video.saves).toBeUndefined(); // no number left over: bookmarks are not guessed
    expect(quote).toMatchObject({ likes: { value: 230 }, saves: { value: 19 }, views: { value: 15402 } });
  });

  // Found by mutation fuzzing: with the repost button saying 19 (the group says 12 reposts and 19
  // bookmarks), the 12 left over was read as the bookmarks.
  it('reads no saves from a group label that disagrees with a button', () => {
    const page = html('profile-rendered-ja.html').replace('"12 件のリポスト。リポスト"', '"19 件のリポスト。リポスト"');
    const quote = x.read(parse(page), 'https://x.com/hanako_dev')!.posts.find((p) => p.id === '1820000000000000104')!;
    expect(quote.saves).toBeUndefined();
  });
});

describe('x rendered post, German interface', () => {
  it('reads the focal post: buttons for replies, reposts, likes, bookmarks; views from the group label', () => {
    const s = read('post-rendered-de.html', 'https://x.com/lena_schreibt/status/1790000000000000209');
    expect(s.profile).toEqual({ handle: 'lena_schreibt', name: 'Lena Brandt' });
    expect(s.posts).toHaveLength(1);
    expect(s.posts[0]).toMatchObject({
      id: '1790000000000000209',
      comments: { value: 18, exact: true, source: 'aria' },
      shares: { value: 25 },
      likes: { value: 402 },
      saves: { value: 37 },
      views: { value: 24118, exact: true },
      postedAt: '2024-05-13T07:14:00.000Z',
    });
  });
});

describe('x: the previous page\'s renderers beside the new ones', () => {
  const cases = [
    { name: 'profile after a profile', now: 'profile-rendered-ja.html', url: 'https://x.com/hanako_dev', before: 'profile.html', beforeUrl: 'https://x.com/nadia_codes' },
    { name: 'post after a post', now: 'post-rendered-de.html', url: 'https://x.com/lena_schreibt/status/1790000000000000209', before: 'post.html', beforeUrl: 'https://x.com/nadia_codes/status/1743300000000000009' },
    { name: 'profile after a post', now: 'profile-rendered-ja.html', url: 'https://x.com/hanako_dev', before: 'post-rendered-de.html', beforeUrl: 'https://x.com/lena_schreibt/status/1790000000000000209' },
    { name: 'post after a profile', now: 'post-rendered-de.html', url: 'https://x.com/lena_schreibt/status/1790000000000000209', before: 'profile-rendered-ja.html', beforeUrl: 'https://x.com/hanako_dev' },
  ];
  itReadsNoStaleNumber(x, html, cases);

  it('a hidden older rendering of the same profile, with older numbers, is not read', () => {
    const page = html('profile-rendered-ja.html');
    const column = /<div data-testid="primaryColumn">[^]*?<\/main>/.exec(page)![0].replace(/<\/main>$/, '');
    const older = column.replace('4.8万', '4.1万').replace('1.2万 件のポスト', '1.1万 件のポスト').replace(/2904/g, '2700').replace('1,045', '1,001');
    const s = x.read(parse(page.replace('<main role="main">', `<main role="main"><div style="display: none;">${older}</div>`)), 'https://x.com/hanako_dev')!;
    expect(s.profile).toMatchObject({ followers: { value: 48000 }, following: { value: 1045 }, posts: { value: 12000 } });
    expect(s.posts[0].likes?.value).toBe(2904);
  });

  it('before the new page renders, the old one alone gives the new URL nothing', () => {
    expect(x.read(parse(html('profile.html')), 'https://x.com/hanako_dev')).toBeNull();
    expect(x.read(parse(html('post.html')), 'https://x.com/lena_schreibt/status/1790000000000000209')).toBeNull();
  });
});
