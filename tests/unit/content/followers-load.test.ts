/**
 * The followers-list reader on demand, content side: each site's gate (the only part of the reader
 * its content script carries) opens on every saved followers list the reader reads, and stays
 * shut on the site's other pages; the loader asks for the reader once, hands over to it, retries a
 * failed load a bounded number of times, and stops it when the extension goes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handFollowersOver } from '../../../lib/content/audience';
import { createFollowersLoader, followersOpen, LOAD_TRIES, type FollowersGate, type StartFollowers } from '../../../lib/content/followers-load';
import { handPartOver, PART_SHELF, partHandedOver } from '../../../lib/part-shelf';
import type { FollowersSite } from '../../../lib/audience/read';
import { SITES } from '../../../lib/sites/list';
import { doc } from '../audience/support';
import { parseDoc } from '../../support/fixtures';

// The saved lists, by site and language. Their file names are built, not written out: bench/pages.ts
// maps each fixture to a URL from the test sources that name it, and must not pick these.
const LIST_FILE: Record<string, string> = { facebook: 'followers-tab', threads: 'followers-dialog' };
const SAVED_LISTS: [platform: string, lang: string, url: string][] = [
  ['bluesky', 'en', 'https://bsky.app/profile/potterybarn.bsky.social/followers'],
  ['facebook', 'en', 'https://www.facebook.com/potterypam/followers'],
  ['facebook', 'es', 'https://www.facebook.com/potterypam/followers/'],
  ['instagram', 'en', 'https://www.instagram.com/potterypam/followers/'],
  ['instagram', 'es', 'https://www.instagram.com/potterypam/followers/'],
  ['threads', 'en', 'https://www.threads.com/@potterypam'],
  ['threads', 'es', 'https://www.threads.net/@potterypam'],
  ['tiktok', 'en', 'https://www.tiktok.com/@potterypam'],
  ['tiktok', 'es', 'https://www.tiktok.com/@potterypam'],
  ['x', 'en', 'https://x.com/potterypam/followers'],
  ['x', 'es', 'https://x.com/potterypam/verified_followers'],
];
const listFixture = (platform: string, lang: string) => `${platform}/${LIST_FILE[platform] ?? 'followers'}-${lang}.html`;

const MODULES = import.meta.glob<Record<string, unknown>>('../../../lib/sites/*/followers*.ts', { eager: true });

function modulesOf(platform: string) {
  const site = SITES.find((s) => s.platform === platform)!;
  const gate = MODULES[`../../../lib/sites/${site.followers}-open.ts`]?.followersGate as FollowersGate;
  const reader = MODULES[`../../../lib/sites/${site.followers}.ts`]?.followersSite as FollowersSite;
  return { gate, reader };
}

describe('each site’s followers gate', () => {
  it('exists for every site with a reader, and is the reader’s own check', async () => {
    for (const site of SITES.filter((s) => s.followers)) {
      const { gate, reader } = modulesOf(site.platform);
      expect(gate.ownerOf).toBe(reader.ownerOf);
      expect(gate.listOpen).toBe(reader.listOpen);
    }
  });

  it.each(SAVED_LISTS)('opens on %s’s saved list (%s), where the reader reads followers', (platform, lang, url) => {
    const { gate, reader } = modulesOf(platform);
    const d = doc(listFixture(platform, lang));
    expect(reader.list(d, new URL(url))?.rows.length).toBeGreaterThan(0);
    expect(followersOpen(gate, new URL(url), d)).toBe(true);
  });

  it('stays shut on a profile without the list and on other pages of the site', async () => {
    const empty = parseDoc('<html><body><main><h1>Someone</h1></main></body></html>');
    const shut: [string, string][] = [
      ['instagram', 'https://www.instagram.com/potterypam/'],
      ['instagram', 'https://www.instagram.com/explore/followers/'],
      ['x', 'https://x.com/potterypam'],
      ['x', 'https://x.com/home/followers'],
      ['bluesky', 'https://bsky.app/profile/potterybarn.bsky.social'],
      ['facebook', 'https://www.facebook.com/potterypam'],
      ['tiktok', 'https://www.tiktok.com/@potterypam'], // no panel open
      ['threads', 'https://www.threads.com/@potterypam'], // no dialog open
      ['threads', 'https://evil.example/@potterypam'],
    ];
    for (const [platform, url] of shut) expect(followersOpen((modulesOf(platform)).gate, new URL(url), empty), url).toBe(false);
  });

  it('counts a gate that throws as shut', () => {
    const gate: FollowersGate = { ownerOf: () => { throw new Error('boom'); } };
    expect(followersOpen(gate, new URL('https://x.com/a/followers'), parseDoc('<html></html>'))).toBe(false);
  });
});

describe('the loader', () => {
  const open: FollowersGate = { ownerOf: (u) => (u.pathname.endsWith('/followers') ? 'pam' : null) };
  const d = parseDoc('<html><body></body></html>');
  const listUrl = new URL('https://x.com/pam/followers');
  beforeEach(() => {
    delete (globalThis as Record<string, unknown>)[PART_SHELF];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => delete (globalThis as Record<string, unknown>)[PART_SHELF]);

  function setup(load: () => Promise<boolean>) {
    let valid = true;
    const onInvalidated: (() => void)[] = [];
    const starts: unknown[] = [];
    const stops = vi.fn();
    const start: StartFollowers = (send, isValid) => {
      starts.push([send, isValid()]);
      return stops;
    };
    const loadSpy = vi.fn(async () => {
      const ok = await load();
      if (ok) handPartOver('followers', start);
      return ok;
    });
    const send = vi.fn(async () => undefined);
    const loader = createFollowersLoader(open, {
      load: loadSpy,
      handoff: () => partHandedOver('followers'),
      send,
      isValid: () => valid,
      onInvalidated: (fn) => void onInvalidated.push(fn),
    });
    return { loader, loadSpy, starts, stops, send, invalidate: () => { valid = false; onInvalidated.forEach((fn) => fn()); } };
  }

  it('asks for nothing while no list is open, loads once when one opens, hands over, and stops it with the extension', async () => {
    const t = setup(async () => true);
    await t.loader.check(new URL('https://x.com/pam'), d);
    expect(t.loadSpy).not.toHaveBeenCalled();
    await Promise.all([t.loader.check(listUrl, d), t.loader.check(listUrl, d)]); // two ticks while the first load is pending
    await t.loader.check(listUrl, d);
    expect(t.loadSpy).toHaveBeenCalledTimes(1);
    expect(t.starts).toEqual([[t.send, true]]);
    expect(t.loader.state).toBe('started');
    t.invalidate();
    expect(t.stops).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load, at most LOAD_TRIES times in all', async () => {
    const t = setup(async () => { throw new Error('Could not establish connection'); });
    for (let i = 0; i < LOAD_TRIES + 3; i++) await t.loader.check(listUrl, d);
    expect(t.loadSpy).toHaveBeenCalledTimes(LOAD_TRIES);
    expect(t.starts).toEqual([]);
    expect(t.loader.state).toBe('waiting');
  });

  it('starts nothing when the background refused, or the bundle left no start function', async () => {
    const refused = setup(async () => false);
    await refused.loader.check(listUrl, d);
    expect(refused.starts).toEqual([]);
    const loader = createFollowersLoader(open, { load: async () => true, handoff: () => undefined, send: async () => undefined, isValid: () => true, onInvalidated: () => undefined });
    await loader.check(listUrl, d);
    expect(loader.state).toBe('waiting');
  });

  it('ticks: skips an address whose URL cannot hold a list until it changes, and loads once one can', async () => {
    const t = setup(async () => true);
    const listOpen = vi.fn(() => true);
    const ownerOf = vi.fn(open.ownerOf);
    const loader = createFollowersLoader({ ownerOf, listOpen }, { load: t.loadSpy, handoff: () => partHandedOver('followers'), send: t.send, isValid: () => true, onInvalidated: () => undefined });
    loader.tick('https://x.com/pam', d);
    loader.tick('https://x.com/pam', d);
    loader.tick('not a url', d);
    expect(ownerOf).toHaveBeenCalledTimes(1); // the same address is not looked at again; a bad one not at all
    expect(listOpen).not.toHaveBeenCalled();
    loader.tick(listUrl.href, d);
    await vi.waitFor(() => expect(loader.state).toBe('started'));
    expect(t.loadSpy).toHaveBeenCalledTimes(1);
    loader.tick(listUrl.href, d); // started: nothing more to check
    expect(t.loadSpy).toHaveBeenCalledTimes(1);
  });

  it('does nothing once the extension is gone', async () => {
    const t = setup(async () => true);
    t.invalidate();
    await t.loader.check(listUrl, d);
    expect(t.loadSpy).not.toHaveBeenCalled();
  });
});

describe('the injected bundle’s hand-over', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>)[PART_SHELF]);

  it('leaves one start function; injected again, the first stays', async () => {
    const { reader } = modulesOf('x');
    handFollowersOver(reader);
    const first = partHandedOver('followers');
    expect(typeof first).toBe('function');
    handFollowersOver(reader);
    expect(partHandedOver('followers')).toBe(first);
    expect(partHandedOver('panel')).toBeUndefined();
  });
});
