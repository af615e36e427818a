// Bluesky as the browser renders it (issue 12): Portuguese and Japanese interfaces, shares as
// reposts alone, and the previous page's screens left beside the new ones.
import { describe, expect, it } from 'vitest';
import { bluesky } from '../../../lib/sites/bluesky';
import { itReadsNoStaleNumber } from '../../support/stale';
import { parseDoc, siteFixtures } from '../../support/fixtures';

const { html, read } = siteFixtures('bluesky', bluesky);
const parse = parseDoc;


describe('bluesky rendered profile, Portuguese interface, after in-app navigation', () => {
  it('reads the shown screen (exact labels over "25,3 mil"), not the hidden one nor the stale JSON-LD', () => {
    const s = read('profile-rendered-pt.html', 'https://bsky.app/profile/marina.ceramica.br');
    expect(s.profile).toMatchObject({
      handle: 'marina.ceramica.br',
      name: 'Marina Duarte',
      followers: { value: 25310, exact: true, source: 'aria' },
      following: { value: 611, exact: true },
      posts: { value: 1482, exact: true, source: 'text' },
    });
    expect(s.notes?.join(' ')).toMatch(/another profile/);
  });

  it('lists own posts; a shown repost count (reposts + quotes) is left out, none shown is 0 reposts', () => {
    const s = read('profile-rendered-pt.html', 'https://bsky.app/profile/marina.ceramica.br');
    expect(s.posts.map((p) => p.id)).toEqual(['3lpin00000mm', '3lnew00000oo']);
    expect(s.posts[0]).toMatchObject({ pinned: true, comments: { value: 12, exact: true }, likes: { value: 1204, exact: true, source: 'aria' } });
    expect(s.posts[0].shares).toBeUndefined();
    expect(s.posts[1]).toMatchObject({ comments: { value: 0 }, shares: { value: 0, exact: true }, likes: { value: 7 } });
    expect(s.notes?.join(' ')).toMatch(/1 repost in the feed/);
  });
});

describe('bluesky rendered post, Japanese interface, after in-app navigation', () => {
  it('reads the shown thread item of the URL\'s post: reposts alone ("1,203 件のリポスト", not 1,288 on the button)', () => {
    const s = read('post-rendered-ja.html', 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj');
    expect(s.profile).toEqual({ handle: 'kenji.bsky.social', name: '佐々木 健二' });
    expect(s.posts[0]).toMatchObject({
      id: '3lfocal0000jj',
      comments: { value: 57, exact: true, source: 'aria' },
      likes: { value: 12345, exact: true, source: 'aria' },
      shares: { value: 1203, exact: true, source: 'text' },
      saves: { value: 96 },
    });
    expect(s.notes?.join(' ')).toMatch(/another post/);
  });

  it('a post whose stats line shows no reposts has 0 reposts; quotes are not added', () => {
    const page = html('post-rendered-ja.html').replace(/<a href="\/profile\/kenji.bsky.social\/post\/3lfocal0000jj\/reposted-by"[^]*?<\/a>/, '');
    const s = bluesky.read(parse(page), 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj')!;
    expect(s.posts[0].shares).toMatchObject({ value: 0, exact: true });
  });

  // Found by mutation fuzzing: without its data-testid the shown "1,203 reposts" was taken for none.
  it('reads reposts from the reposted-by link when the count lost its hook', () => {
    const page = html('post-rendered-ja.html').replace('<div data-testid="repostCount-expanded"><span>1,203', '<div><span>1,203');
    const s = bluesky.read(parse(page), 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj')!;
    expect(s.posts[0].shares).toMatchObject({ value: 1203, exact: true });
  });

  // Found by mutation fuzzing: with the focal item's hook gone, the author's reply below it (the
  // only other item by the author) was read as the post.
  it('never takes the author\'s reply for the post', () => {
    const source = html('post-rendered-ja.html');
    const at = source.lastIndexOf('data-testid="postThreadItem-by-kenji.bsky.social"', source.indexOf('1240度'));
    const page = source.slice(0, at) + 'data-testid=""' + source.slice(at + 'data-testid="postThreadItem-by-kenji.bsky.social"'.length);
    const s = bluesky.read(parse(page), 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj');
    expect(s?.posts[0].likes?.value ?? 12345).toBe(12345);
  });

  it('a hidden older screen of the same post, with older numbers, is not read', () => {
    const page = html('post-rendered-ja.html');
    const focal = /<div data-testid="postThreadScreen">\s*<div data-testid="postThreadItem-by-mio[^]*?<\/main>/.exec(page)![0];
    const older = focal.replace('1,203', '1,100').replace('12,345件', '11,000件').replace('(57件', '(50件');
    const s = bluesky.read(parse(page.replace('<main>', `<main><div style="display: none;">${older}</div>`)), 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj')!;
    expect(s.posts[0]).toMatchObject({ comments: { value: 57 }, likes: { value: 12345 }, shares: { value: 1203 } });
  });
});

describe('bluesky: the previous page\'s screens beside the new ones', () => {
  const cases = [
    { name: 'profile after a profile', now: 'profile-rendered-pt.html', url: 'https://bsky.app/profile/marina.ceramica.br', before: 'profile.html', beforeUrl: 'https://bsky.app/profile/potterybarn.bsky.social' },
    { name: 'post after a post', now: 'post-rendered-ja.html', url: 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj', before: 'post.html', beforeUrl: 'https://bsky.app/profile/potterybarn.bsky.social/post/3kmug0000000ff' },
    { name: 'profile after a post', now: 'profile-rendered-pt.html', url: 'https://bsky.app/profile/marina.ceramica.br', before: 'post-rendered-ja.html', beforeUrl: 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj' },
    { name: 'post after a profile', now: 'post-rendered-ja.html', url: 'https://bsky.app/profile/kenji.bsky.social/post/3lfocal0000jj', before: 'profile-rendered-pt.html', beforeUrl: 'https://bsky.app/profile/marina.ceramica.br' },
  ];
  itReadsNoStaleNumber(bluesky, html, cases, 'screens');

  it('a hidden older screen of the same profile, with older numbers, is not read', () => {
    const page = html('profile-rendered-pt.html');
    const shown = /<div><div data-testid="profileScreen">[^]*?<\/main>/.exec(page)![0].replace(/<\/main>$/, '');
    const older = shown.replace('25310 seguidores', '24000 seguidores').replace('(12 respostas)', '(9 respostas)').replace('(1.204 curtidas)', '(1.100 curtidas)').replace('611 seguindo', '600 seguindo');
    const s = bluesky.read(parse(page.replace('<main>', `<main><div style="display: none;">${older}</div>`)), 'https://bsky.app/profile/marina.ceramica.br')!;
    expect(s.profile).toMatchObject({ followers: { value: 25310 }, following: { value: 611 } });
    expect(s.posts[0]).toMatchObject({ comments: { value: 12 }, likes: { value: 1204 } });
  });

  it('a profile screen of the URL\'s account that is hidden is not read', () => {
    const page = html('profile-rendered-pt.html').replace('<div><div data-testid="profileScreen">', '<div hidden><div data-testid="profileScreen">');
    const s = bluesky.read(parse(page), 'https://bsky.app/profile/marina.ceramica.br');
    expect(s).toBeNull();
  });
});
