/**
 * The parts loaded on demand (lib/parts.ts: the followers-list reader, the badge's panel, CLDR's
 * full unit-word table, a site's post pages' reader),
 * background side (lib/background/inject.ts): the message names a part from a fixed list, the file
 * comes from that name and the sender's own page and the site list, never from the message;
 * anything else is refused and nothing is injected.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { injectPart, partFileFor, type InjectionSender, type Scripting } from '../../../lib/background/inject';
import { RequestSchema } from '../../../lib/messages';
import { followersEntry, postReaderEntry, SITES } from '../../../lib/sites/list';
import { PARTS } from '../../../lib/parts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

function fakeScripting(fail = false) {
  const calls: Parameters<Scripting['executeScript']>[0][] = [];
  const scripting: Scripting = {
    executeScript: async (o) => {
      calls.push(o);
      if (fail) throw new Error('Frame with ID 0 was removed.');
      return [];
    },
  };
  return { scripting, calls };
}

const fromTab = (url: string, over: Partial<InjectionSender> = {}): InjectionSender => ({ id: ID, url, frameId: 0, tab: { id: 7, url }, ...over });

describe('part-load in the background', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('injects the sender site’s own reader into the sender’s frame only', async () => {
    const { scripting, calls } = fakeScripting();
    expect(await injectPart(fromTab('https://www.instagram.com/cafe.ritual/followers/', { frameId: 3 }), 'followers', ID, scripting)).toEqual({ loaded: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/instagram-followers.js'] }]);
  });

  it('injects the one shared panel into the sender’s frame, on every site', async () => {
    const { scripting, calls } = fakeScripting();
    expect(await injectPart(fromTab('https://x.com/pam', { frameId: 2 }), 'panel', ID, scripting)).toEqual({ loaded: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [2] }, files: ['/content-scripts/panel.js'] }]);
    for (const site of SITES) expect(partFileFor(fromTab(`https://${site.hosts[0]}/someone`), 'panel', ID)).toEqual({ file: '/content-scripts/panel.js', tabId: 7, frameId: 0 });
  });

  it('injects the one shared unit-word table into the sender’s frame, on every site', async () => {
    const { scripting, calls } = fakeScripting();
    expect(await injectPart(fromTab('https://www.tiktok.com/@illojuan', { frameId: 4 }), 'units', ID, scripting)).toEqual({ loaded: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [4] }, files: ['/content-scripts/count-units.js'] }]);
    for (const site of SITES) expect(partFileFor(fromTab(`https://${site.hosts[0]}/someone`), 'units', ID)).toEqual({ file: '/content-scripts/count-units.js', tabId: 7, frameId: 0 });
    expect(RequestSchema.safeParse({ type: 'part-load', part: 'units' }).success).toBe(true);
  });

  it('names a reader file for every site with a reader, from the site list, and none for the others', () => {
    for (const site of SITES) {
      const r = partFileFor(fromTab(`https://${site.hosts[0]}/someone`), 'followers', ID);
      if (site.followers) expect(r).toEqual({ file: `/content-scripts/${followersEntry(site)}.js`, tabId: 7, frameId: 0 });
      else expect(r).toEqual({ refused: `${site.name} has no followers-list reader` });
    }
  });

  it('injects a site’s post pages’ reader (YouTube’s videos, Instagram’s posts) into its own sender’s frame, and refuses it to every other site', async () => {
    const { scripting, calls } = fakeScripting();
    expect(await injectPart(fromTab('https://www.youtube.com/watch?v=hwMkbaS_M_c', { frameId: 4 }), 'post-reader', ID, scripting)).toEqual({ loaded: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [4] }, files: ['/content-scripts/youtube-post-reader.js'] }]);
    // A channel page that goes on to a video in-site asks from the channel's address: the site decides, not the page kind.
    expect(partFileFor(fromTab('https://m.youtube.com/@someone/videos'), 'post-reader', ID)).toEqual({ file: '/content-scripts/youtube-post-reader.js', tabId: 7, frameId: 0 });
    for (const site of SITES) {
      const r = partFileFor(fromTab(`https://${site.hosts[0]}/someone`), 'post-reader', ID);
      if (site.postReader) expect(r).toEqual({ file: `/content-scripts/${postReaderEntry(site)}.js`, tabId: 7, frameId: 0 });
      else expect(r).toEqual({ refused: `${site.name} has no post-page reader part` });
    }
    expect(SITES.filter((s) => s.postReader).map((s) => s.platform)).toEqual(['instagram', 'youtube']);
    const ig = fakeScripting();
    expect(await injectPart(fromTab('https://www.instagram.com/p/C9abc/'), 'post-reader', ID, ig.scripting)).toEqual({ loaded: true });
    expect(ig.calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/instagram-post-reader.js'] }]);
    const other = fakeScripting();
    expect(await injectPart(fromTab('https://x.com/someone/status/1'), 'post-reader', ID, other.scripting)).toEqual({ loaded: false });
    expect(other.calls).toEqual([]);
  });

  it.each<[string, InjectionSender]>([
    ['another extension', fromTab('https://x.com/pam/followers', { id: 'otherextensionidotherextensionid' })],
    ['no extension id', fromTab('https://x.com/pam/followers', { id: undefined })],
    ['an extension page (no tab)', { id: ID, url: `chrome-extension://${ID}/popup.html` }],
    ['a tab without an id', fromTab('https://x.com/pam/followers', { tab: { url: 'https://x.com/pam/followers' } })],
    ['a negative tab id', fromTab('https://x.com/pam/followers', { tab: { id: -1, url: 'https://x.com/pam/followers' } })],
    ['a fractional frame id', fromTab('https://x.com/pam/followers', { frameId: 1.5 })],
    ['a page on no site of the list', fromTab('https://evil.example/x.com/pam/followers')],
    ['a look-alike host', fromTab('https://x.com.evil.example/pam/followers')],
    ['plain http', fromTab('http://x.com/pam/followers')],
    ['a site without a reader', fromTab('https://www.twitch.tv/someone')],
    ['no URL at all', { id: ID, frameId: 0, tab: { id: 7 } }],
  ])('refuses %s and injects nothing', async (what, sender) => {
    for (const part of PARTS) {
      if (part !== 'followers' && what === 'a site without a reader') continue; // every site has the panel and the unit words
      const { scripting, calls } = fakeScripting();
      expect(await injectPart(sender, part, ID, scripting)).toEqual({ loaded: false });
      expect(calls).toEqual([]);
    }
  });

  it('refuses a part that is not on the list, should one get past the message check', async () => {
    const { scripting, calls } = fakeScripting();
    expect(await injectPart(fromTab('https://x.com/pam'), '../popup' as never, ID, scripting)).toEqual({ loaded: false });
    expect(calls).toEqual([]);
  });

  it('answers not loaded when the browser refuses the injection (the tab went away)', async () => {
    const { scripting, calls } = fakeScripting(true);
    expect(await injectPart(fromTab('https://bsky.app/profile/pam.bsky.social/followers'), 'followers', ID, scripting)).toEqual({ loaded: false });
    expect(calls).toHaveLength(1);
  });

  it('takes only a part’s name from the message: a file or a site in it is dropped, an unknown part refused', () => {
    const parsed = RequestSchema.safeParse({ type: 'part-load', part: 'panel', files: ['/popup.js'], platform: 'x' });
    expect(parsed.success && parsed.data).toEqual({ type: 'part-load', part: 'panel' });
    for (const part of ['../popup', 'Panel', 'background', '', undefined, 1, ['panel'], 'count-units', 'Units']) expect(RequestSchema.safeParse({ type: 'part-load', part }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'part-load ', part: 'panel' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'followers-load' }).success).toBe(false);
  });
});
