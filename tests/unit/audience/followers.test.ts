import { describe, expect, it } from 'vitest';
import { doc, read } from './support';
import { readFollowers as instagram } from '../../../lib/sites/instagram/followers';
import { readFollowers as x } from '../../../lib/sites/x/followers';
import { readFollowers as tiktok } from '../../../lib/sites/tiktok/followers';
import { readFollowers as bluesky } from '../../../lib/sites/bluesky/followers';

describe('Instagram followers dialog', () => {
  it('reads each follower once, with picture, name and badge, and leaves the suggestions out (English)', () => {
    const a = read(instagram, 'instagram/followers-en.html', 'https://www.instagram.com/potterypam/followers/');
    expect(a.seen).toBe(4);
    expect(a.entries).toEqual([
      { handle: 'clay.by.jo', hasPicture: true, name: 'Jo Marsh', verified: true },
      { handle: 'user84629173', hasPicture: false, name: '' },
      { handle: 'mia_glaze', hasPicture: true, name: 'Mia Torres' },
      { handle: 'anna.k2291', hasPicture: false, name: 'Anna' },
    ]);
  });

  it('reads the Spanish interface; a picture not in the markup stays unknown', () => {
    const a = read(instagram, 'instagram/followers-es.html', 'https://www.instagram.com/potterypam/followers/');
    expect(a.entries).toEqual([
      { handle: 'lucia.ceramica', hasPicture: true, name: 'Lucía Gómez', verified: true },
      { handle: 'pedro_88231', name: '' },
      { handle: 'xz_44718290', hasPicture: false, name: '' },
    ]);
  });

  it('reads nothing on other pages: a following list, a profile, another site', () => {
    const d = doc('instagram/followers-en.html');
    expect(instagram(d, new URL('https://www.instagram.com/potterypam/following/'))).toBeNull();
    expect(instagram(d, new URL('https://www.instagram.com/potterypam/'))).toBeNull();
    expect(instagram(d, new URL('https://www.instagram.com/explore/followers/'))).toBeNull();
    expect(instagram(d, new URL('https://example.com/potterypam/followers/'))).toBeNull();
  });
});

describe('X followers pages', () => {
  it('reads the main column only, with bios (English)', () => {
    const a = read(x, 'x/followers-en.html', 'https://x.com/potterypam/followers');
    expect(a.entries).toEqual([
      { handle: 'wheelworks', hasPicture: true, name: 'Wheel Works Studio', verified: true, bio: 'Handmade stoneware from Leeds. Classes every Saturday.' },
      { handle: 'jk83920174', hasPicture: false, name: 'jk83920174', bio: '' },
      { handle: 'sam_kiln', hasPicture: true, name: 'Sam', bio: 'Glaze nerd' },
    ]);
  });

  it('reads verified followers in Spanish and skips the hidden earlier screen', () => {
    const a = read(x, 'x/followers-es.html', 'https://x.com/potterypam/verified_followers');
    expect(a.entries.map((e) => [e.handle, e.hasPicture, e.verified, e.bio])).toEqual([
      ['ceramica_es', true, true, 'Talleres de torno en Madrid'],
      ['Maria2020x', false, true, ''],
    ]);
  });

  it('reads nothing on a profile or a following list', () => {
    const d = doc('x/followers-en.html');
    expect(x(d, new URL('https://x.com/potterypam'))).toBeNull();
    expect(x(d, new URL('https://x.com/potterypam/following'))).toBeNull();
  });
});

describe('TikTok followers panel', () => {
  it('reads the Followers tab (English); pictures stay unknown', () => {
    const a = read(tiktok, 'tiktok/followers-en.html', 'https://www.tiktok.com/@potterypam');
    expect(a.entries).toEqual([
      { handle: 'clayfan.uk', name: 'Clay Fan UK' },
      { handle: 'user7392018465123', name: '' },
      { handle: 'mugqueen', name: 'Mug Queen', verified: true },
    ]);
  });

  it('reads the Spanish interface', () => {
    const a = read(tiktok, 'tiktok/followers-es.html', 'https://www.tiktok.com/@potterypam');
    expect(a.entries.map((e) => e.handle)).toEqual(['barro_madrid', 'ana29384756']);
  });

  it('reads nothing while another tab (Following) is selected, or with no tab known to be selected', () => {
    const following = (h: string) => h.replace('aria-selected="false"><strong>Following', 'aria-selected="true"><strong>Following').replace('aria-selected="true"><strong>Followers', 'aria-selected="false"><strong>Followers');
    expect(tiktok(doc('tiktok/followers-en.html', following), new URL('https://www.tiktok.com/@potterypam'))).toBeNull();
    const none = (h: string) => h.replaceAll('aria-selected="true"', 'aria-selected="false"');
    expect(tiktok(doc('tiktok/followers-es.html', none), new URL('https://www.tiktok.com/@potterypam'))).toBeNull();
  });
});

describe('Bluesky followers screen', () => {
  it('reads shown cards with picture, name, bio and badge (English)', () => {
    const a = read(bluesky, 'bluesky/followers-en.html', 'https://bsky.app/profile/potterybarn.bsky.social/followers');
    expect(a.entries).toEqual([
      { handle: 'kilnkate.bsky.social', hasPicture: true, name: 'Kate Kiln', bio: 'Potter, teacher, tea drinker.' },
      { handle: 'bot72839184.bsky.social', hasPicture: false, name: '', bio: '' },
      { handle: 'studio.example.com', hasPicture: true, name: 'Studio', bio: '', verified: true },
    ]);
  });

  it('reads the Spanish interface', () => {
    const a = read(bluesky, 'bluesky/followers-es.html', 'https://bsky.app/profile/potterybarn.bsky.social/followers');
    expect(a.entries.map((e) => [e.handle, e.hasPicture, e.name])).toEqual([
      ['alfareria.bsky.social', true, 'Alfarería Sol'],
      ['jr19283746.bsky.social', false, ''],
    ]);
  });

  it('reads nothing on the profile or the follows screen', () => {
    const d = doc('bluesky/followers-en.html');
    expect(bluesky(d, new URL('https://bsky.app/profile/potterybarn.bsky.social'))).toBeNull();
    expect(bluesky(d, new URL('https://bsky.app/profile/potterybarn.bsky.social/follows'))).toBeNull();
  });
});
