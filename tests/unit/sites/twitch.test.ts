import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import { twitch } from '../../../lib/sites/twitch';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/twitch');
const doc = (name: string, edit: (h: string) => string = (h) => h) =>
  parseHTML(edit(readFileSync(resolve(FIXTURES, name), 'utf8'))).document as unknown as Document;
function read(name: string, url: string, edit?: (h: string) => string): Snapshot {
  const snap = twitch.read(doc(name, edit), url);
  expect(snap).not.toBeNull();
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap!;
}

describe('twitch.route', () => {
  const r = (u: string) => twitch.route(new URL(u));
  it('tells channels from VODs and clips', () => {
    expect(r('https://www.twitch.tv/GlazeDay')).toEqual({ page: 'profile', handle: 'glazeday' });
    expect(r('https://www.twitch.tv/glazeday/clips?filter=clips&range=7d')).toEqual({ page: 'profile', handle: 'glazeday' });
    expect(r('https://www.twitch.tv/videos/2200000001')).toEqual({ page: 'post', postId: 'v2200000001' });
    expect(r('https://www.twitch.tv/glazeday/clip/FunnySlipperyMugKappa-abc123')).toEqual({ page: 'post', handle: 'glazeday', postId: 'FunnySlipperyMugKappa-abc123' });
    for (const u of ['https://www.twitch.tv/', 'https://www.twitch.tv/directory/category/art', 'https://www.twitch.tv/settings/profile', 'https://www.twitch.tv/search?term=x', 'https://www.twitch.tv/glazeday/chat']) {
      expect(r(u), u).toBeNull();
    }
  });
});

describe('twitch channel (English, live)', () => {
  const url = 'https://www.twitch.tv/glazeday';
  it('reads followers, live viewers and its own VODs and clips, not a recommendation', () => {
    const snap = read('channel-en.html', url);
    expect(snap.profile).toMatchObject({ handle: 'glazeday', followers: { value: 12400, exact: false }, liveViewers: { value: 1204, exact: true } });
    expect(snap.posts.map((p) => [p.id, p.views?.value])).toEqual([
      ['v2200000001', 8912],
      ['v2200000002', 5100],
      ['FunnySlipperyMugKappa-abc123', 22310],
    ]);
    expect(snap.notes?.join(' ')).toMatch(/live viewers and views per follower/);
  });
  it('puts the badge beside the channel name', () => {
    const d = doc('channel-en.html');
    expect(twitch.badgeAnchor(d, twitch.read(d, url)!)?.textContent).toBe('glazeday');
  });
  it('reads nothing while the header still shows another channel', () => {
    expect(twitch.read(doc('channel-en.html'), 'https://www.twitch.tv/anotherchannel')).toBeNull();
  });
});

describe('twitch channel (German, clips tab, after navigation)', () => {
  it('reads the shown channel only', () => {
    const snap = read('channel-de.html', 'https://www.twitch.tv/toepferlive/clips');
    expect(snap.profile).toMatchObject({ handle: 'toepferlive', followers: { value: 1_200_000, exact: false } });
    expect(snap.profile.liveViewers).toBeUndefined();
    expect(snap.posts.map((p) => p.views?.value)).toEqual([12345, 3456]);
  });
});

describe('twitch VOD (Spanish)', () => {
  const url = 'https://www.twitch.tv/videos/2200000001';
  it('reads the views from the JSON-LD of this video, the channel from its heading', () => {
    const snap = read('vod-es.html', url);
    expect(snap.page).toBe('post');
    expect(snap.profile).toMatchObject({ handle: 'glazeday', followers: { value: 1200, exact: false } });
    expect(snap.posts[0]).toMatchObject({ id: 'v2200000001', views: { value: 12402, source: 'json-ld' } });
  });
  it('falls back on the line under the player when the JSON-LD is of another video', () => {
    const snap = read('vod-es.html', url, (h) => h.replace(/2200000001/g, '2100000000'));
    expect(snap.posts[0]).toMatchObject({ views: { value: 12402, source: 'text' } });
  });
});
