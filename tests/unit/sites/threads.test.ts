import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import { threads } from '../../../lib/sites/threads';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/threads');
const doc = (name: string, edit: (h: string) => string = (h) => h) =>
  parseHTML(edit(readFileSync(resolve(FIXTURES, name), 'utf8'))).document as unknown as Document;
function read(name: string, url: string, edit?: (h: string) => string): Snapshot {
  const snap = threads.read(doc(name, edit), url);
  expect(snap).not.toBeNull();
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap!;
}
const withoutData = (h: string) => h.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '');

describe('threads.route', () => {
  const r = (u: string) => threads.route(new URL(u));
  it('reads profiles and posts on .com and .net', () => {
    expect(r('https://www.threads.com/@kiln.and.co')).toEqual({ page: 'profile', handle: 'kiln.and.co' });
    expect(r('https://www.threads.net/@kiln.and.co/post/DA1kiln0001')).toEqual({ page: 'post', handle: 'kiln.and.co', postId: 'DA1kiln0001' });
    for (const u of ['https://www.threads.com/', 'https://www.threads.com/search', 'https://www.threads.com/@kiln.and.co/followers']) expect(r(u)).toBeNull();
  });
});

describe('threads profile (English)', () => {
  const url = 'https://www.threads.com/@kiln.and.co';
  it('reads the app data: followers and own threads, reposts without quotes, no repost of others', () => {
    const snap = read('profile-en.html', url);
    expect(snap.profile).toMatchObject({ handle: 'kiln.and.co', name: 'Kiln & Co', followers: { value: 48213, source: 'embedded-json' } });
    expect(snap.posts.map((p) => [p.id, p.likes?.value, p.comments?.value, p.shares?.value])).toEqual([
      ['DA1kiln0001', 1204, 87, 31],
      ['DA1kiln0002', 356, 14, 4],
      ['DA1kiln0004', 2045, 96, undefined],
    ]);
  });
  it('without app data reads the page: exact followers from the title, likes and replies, no reposts', () => {
    const snap = read('profile-en.html', url, (h) => withoutData(h).replace(/<meta property="og:description"[^>]*>/, ''));
    expect(snap.profile.followers).toMatchObject({ value: 48213, exact: true });
    expect(snap.posts.map((p) => [p.likes?.value, p.comments?.value, p.shares])).toEqual([
      [1200, 87, undefined],
      [356, 14, undefined],
      [2045, 96, undefined],
    ]);
    expect(snap.notes?.join(' ')).toMatch(/also counts quotes/);
  });
  it('ignores app data and description of the profile opened before', () => {
    const snap = read('profile-en.html', url, (h) => h.replace(/kiln\.and\.co"(,"full_name)/, 'someone.else"$1').replace('threads.com/@kiln.and.co"', 'threads.com/@someone.else"'));
    expect(snap.profile.followers).toMatchObject({ value: 48213, exact: true, source: 'text' });
    expect(snap.notes?.join(' ')).toMatch(/names another account/);
  });
  it('puts the badge on the name', () => {
    const d = doc('profile-en.html');
    expect(threads.badgeAnchor(d, threads.read(d, url)!)?.tagName).toBe('H1');
  });
});

describe('threads post (Spanish, rendered only)', () => {
  const url = 'https://www.threads.com/@kiln.and.co/post/DA1kiln0009';
  it('reads the focal post, not the hidden page or the replies', () => {
    const snap = read('post-es.html', url);
    expect(snap.page).toBe('post');
    expect(snap.posts).toHaveLength(1);
    expect(snap.posts[0]).toMatchObject({ id: 'DA1kiln0009', likes: { value: 1200, exact: false }, comments: { value: 87 } });
    expect(snap.posts[0].shares).toBeUndefined();
  });
  it('puts the badge on the author link of the post', () => {
    const d = doc('post-es.html');
    expect(threads.badgeAnchor(d, threads.read(d, url)!)?.textContent).toBe('kiln.and.co');
  });
  it('gives null when the post is not on screen', () => {
    expect(threads.read(doc('post-es.html'), 'https://www.threads.com/@kiln.and.co/post/DA1kiln0001')).toBeNull();
  });
});
