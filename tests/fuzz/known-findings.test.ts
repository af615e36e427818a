/**
 * Minimal reproductions of the adapter bugs the mutation fuzzing found (tests/fuzz/support/known.ts).
 * Each is marked it.fails: it passes while the bug is there, and fails once the adapter reads the
 * page right, as the reminder to delete it here and its entry in known.ts.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import type { Snapshot } from '../../lib/snapshot';
import { KNOWN_FINDINGS } from './support/known';

function load(path: string): Document {
  return parseHTML(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')).document as unknown as Document;
}

function read(doc: Document, url: string): Snapshot | undefined {
  const r = readPage(doc, url);
  return r.status === 'ok' ? r.snapshot : undefined;
}

const post = (s: Snapshot | undefined, id: string) => s?.posts.find((p) => p.id === id);

describe('adapter bugs found by fuzzing (it.fails until fixed)', () => {
  it('lists each bug it reproduces', () => {
    const bugs = KNOWN_FINDINGS.filter((k) => k.kind === 'adapter bug').map((k) => k.id);
    expect(bugs.sort()).toEqual(
      ['bluesky-count-without-hook', 'tiktok-other-videos-bar', 'x-label-without-number', 'youtube-grid-first-span', 'youtube-hidden-channel-header', 'youtube-live-without-overlay'].sort(),
    );
  });

  it.fails('x-label-without-number: a like button that still shows 41 is not read as 0 likes', () => {
    const doc = load('x/profile-es.html');
    const button = Array.from(doc.querySelectorAll('[data-testid="like"]')).find((b) => b.getAttribute('aria-label')?.startsWith('41 '))!;
    button.setAttribute('aria-label', 'Me gusta');
    const likes = post(read(doc, 'https://twitter.com/nadia_codes'), '1810000000000000003')?.likes;
    expect(likes === undefined || likes.value === 41).toBe(true);
  });

  it.fails('bluesky-count-without-hook: a repost count still shown ("1,1 mil") is not read as 0', () => {
    const doc = load('bluesky/profile-after-navigation.html');
    doc.querySelector('[data-testid="repostCount"]')!.removeAttribute('data-testid');
    const shares = read(doc, 'https://bsky.app/profile/kilncollective.org')?.posts.find((p) => p.shares && p.shares.raw.includes('no repost'))?.shares;
    expect(shares).toBeUndefined();
  });

  it.fails("tiktok-other-videos-bar: without the video's dialog, another video's counts are not read as its own", () => {
    const doc = load('tiktok/feed-dialog.html');
    doc.querySelector('[data-e2e="modal-video-container"]')!.remove();
    const p = post(read(doc, 'https://www.tiktok.com/@bikerepairbob/video/7435555555555555555'), '7435555555555555555');
    expect(p?.likes?.value).not.toBe(5);
  });

  it.fails("youtube-hidden-channel-header: without page-subtype, the hidden previous channel's subscribers are not read", () => {
    const doc = load('youtube/channel-rendered-ja.html');
    doc.querySelector('ytd-browse:not([hidden])')!.removeAttribute('page-subtype');
    const followers = read(doc, 'https://www.youtube.com/@chefamelie/videos')?.profile.followers;
    expect(followers === undefined || followers.value === 412_000).toBe(true);
  });

  it.fails('youtube-grid-first-span: "2 日前" (2 days ago) is not read as 2 views', () => {
    const doc = load('youtube/channel-rendered-ja.html');
    doc.querySelector('ytd-browse:not([hidden]) #metadata-line span')!.remove();
    const views = post(read(doc, 'https://www.youtube.com/@chefamelie/videos'), 'fffffffff01')?.views;
    expect(views).toBeUndefined();
  });

  it.fails('youtube-live-without-overlay: "312 人が視聴中" (312 watching) is not read as 312 views', () => {
    const doc = load('youtube/channel-rendered-ja.html');
    doc.querySelector('[overlay-style="LIVE"]')!.removeAttribute('overlay-style');
    const views = post(read(doc, 'https://www.youtube.com/@chefamelie/videos'), 'fffffffff02')?.views;
    expect(views).toBeUndefined();
  });
});
