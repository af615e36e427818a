/**
 * The followers-list readers of Threads, Facebook and LinkedIn on their fixtures (two interface
 * languages each), as tests/unit/audience/followers.test.ts reads the first five sites'. Twitch
 * shows no public followers list (lib/sites/twitch/index.ts), so it has no reader.
 */
import { describe, expect, it } from 'vitest';
import { doc, read } from './support';
import { createFollowersTracker } from '../../../lib/audience/read';
import { cuesOf, featuresOf } from '../../../lib/audience/features';
import { SITES } from '../../../lib/sites/list';
import { readFollowers as threads, threadsFollowers } from '../../../lib/sites/threads/followers';
import { readFollowers as facebook } from '../../../lib/sites/facebook/followers';

describe('Threads followers dialog', () => {
  it('reads each follower once, with picture, name and badge (English)', () => {
    const a = read(threads, 'threads/followers-dialog-en.html', 'https://www.threads.com/@potterypam');
    expect(a.seen).toBe(4);
    expect(a.entries).toEqual([
      { handle: 'clay.by.jo', hasPicture: true, name: 'Jo Marsh', verified: true },
      { handle: 'user84629173', hasPicture: false, name: '' },
      { handle: 'mia_glaze', hasPicture: true, name: 'Mia Torres' },
      { handle: 'anna.k2291', hasPicture: false, name: 'Anna' },
    ]);
  });

  it('reads the Spanish interface; an avatar without an address stays unknown', () => {
    const a = read(threads, 'threads/followers-dialog-es.html', 'https://www.threads.net/@potterypam');
    expect(a.entries).toEqual([
      { handle: 'lucia.ceramica', hasPicture: true, name: 'Lucía Gómez', verified: true },
      { handle: 'pedro_88231', name: '' },
      { handle: 'xz_44718290', hasPicture: false, name: '' },
    ]);
  });

  it('reads nothing while the Following tab is selected, on a post page, or on another site', () => {
    const following = (h: string) => h.replace('aria-selected="true"', 'aria-selected="x"').replace('aria-selected="false"', 'aria-selected="true"');
    expect(threads(doc('threads/followers-dialog-en.html', following), new URL('https://www.threads.com/@potterypam'))).toBeNull();
    expect(threads(doc('threads/followers-dialog-es.html', following), new URL('https://www.threads.com/@potterypam'))).toBeNull();
    const d = doc('threads/followers-dialog-en.html');
    expect(threads(d, new URL('https://www.threads.com/@potterypam/post/DA1kiln0001'))).toBeNull();
    expect(threads(d, new URL('https://example.com/@potterypam'))).toBeNull();
  });

  it('follows the list as it grows, reading only new rows', () => {
    const tracker = createFollowersTracker(threadsFollowers);
    const d = doc('threads/followers-dialog-en.html');
    const url = new URL('https://www.threads.com/@potterypam');
    expect(tracker.read(d, url)!.added).toHaveLength(4);
    const again = tracker.read(d, url)!;
    expect([again.added.length, again.read]).toEqual([0, 0]);
  });

  it('is registered in the site list', () => {
    expect(SITES.find((s) => s.platform === 'threads')?.followers).toBe('threads/followers');
  });
});

describe('Facebook followers tab', () => {
  it('reads each follower once from the main column, not the page itself or its tabs (English)', () => {
    const a = read(facebook, 'facebook/followers-tab-en.html', 'https://www.facebook.com/potterypam/followers');
    expect(a.entries).toEqual([
      { handle: 'jo.marsh.5', name: 'Jo Marsh', verified: true },
      { handle: '100089123456789', name: 'Kim Lee' },
      { handle: 'mia.torres.glaze', name: 'Mia Torres' },
    ]);
  });

  it('reads the Spanish interface, a /people/ link by its id, and /profile.php?id=N&sk=followers', () => {
    const a = read(facebook, 'facebook/followers-tab-es.html', 'https://www.facebook.com/potterypam/followers/');
    expect(a.entries).toEqual([
      { handle: 'lucia.gomez.ceramica', name: 'Lucía Gómez', verified: true },
      { handle: '100077766655544', name: 'Pedro Ruiz' },
    ]);
    expect(facebook(doc('facebook/followers-tab-es.html'), new URL('https://www.facebook.com/profile.php?id=100012345&sk=followers'))?.seen).toBe(2);
  });

  it('reads nothing on the page itself, its other tabs, a post or another site', () => {
    const d = doc('facebook/followers-tab-en.html');
    for (const url of ['https://www.facebook.com/potterypam', 'https://www.facebook.com/potterypam/following', 'https://www.facebook.com/potterypam/posts/pfbid0abcdefghij', 'https://www.facebook.com/profile.php?id=100012345', 'https://example.com/potterypam/followers']) {
      expect(facebook(d, new URL(url)), url).toBeNull();
    }
  });
});

describe('Facebook numeric ids are not usernames', () => {
  it('the id Facebook assigned an account without a username gives no handle cue; a username still does', () => {
    expect(featuresOf({ handle: '100089123456789' }, 'facebook')).toEqual({ digits: 0, length: 0 });
    expect(cuesOf({ handle: '100089123456789', name: 'Kim Lee' }, 'facebook')).toEqual([]);
    expect(featuresOf({ handle: 'kim.lee.88231' }, 'facebook')).toEqual({ digits: 5, length: 13 });
    expect(featuresOf({ handle: '100089123456789' }, 'instagram')).toEqual({ digits: 15, length: 15 });
  });
});
