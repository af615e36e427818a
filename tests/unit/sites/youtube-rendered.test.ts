/**
 * YouTube watch pages as the browser renders them (what a content script sees after in-site
 * navigation): the 2022 layout in two languages, exact counts over rounded ones, and the previous
 * video's renderers left on the page. The real 2022 pages are checked by tests/conformance.
 */
import { describe, expect, it } from 'vitest';
import { youtube } from '../../../lib/sites/youtube';
import { channelKey } from '../../../lib/sites/youtube/watch-dom';
import { parseDoc, readValid, siteFixtures } from '../../support/fixtures';

const { html: page } = siteFixtures('youtube');
const doc = parseDoc;

const read = (source: string, url: string) => readValid(youtube, doc(source), url);

describe('youtube rendered watch page, 2022 layout', () => {
  it('reads views, exact likes, comments and the owner in German', () => {
    const s = read(page('watch-rendered-2022-de.html'), 'https://www.youtube.com/watch?v=gggggggggg1');
    expect(s.posts[0]).toMatchObject({
      id: 'gggggggggg1',
      views: { value: 48_213, exact: true, source: 'text' },
      likes: { value: 1_204, exact: true, source: 'aria' },
      comments: { value: 87, exact: true },
    });
    expect(s.profile).toMatchObject({ handle: 'UCbaeckerei0000000000000', name: 'Bäckerei Lenz', followers: { value: 31_400, exact: true } });
    expect(s.notes ?? []).not.toContainEqual(expect.stringMatching(/changing videos/));
  });

  it('takes the exact like count from the label over the rounded one shown, in Spanish', () => {
    const s = read(page('watch-rendered-2022-es.html'), 'https://www.youtube.com/watch?v=hhhhhhhhhh1');
    expect(s.posts[0].views).toMatchObject({ value: 58_730_114, exact: true });
    expect(s.posts[0].likes).toMatchObject({ value: 1_304_211, exact: true, source: 'aria' });
    expect(s.profile).toMatchObject({ handle: 'LaSonoraAzul', followers: { value: 2_610_000, exact: false } });
  });

  it('reads the rounded likes when the label is gone, and marks a like button without a number as hidden', () => {
    const rounded = page('watch-rendered-2022-es.html').replace(/ aria-label="1,304,211[^"]*"/, '');
    expect(read(rounded, 'https://www.youtube.com/watch?v=hhhhhhhhhh1').posts[0].likes).toMatchObject({ value: 1_300_000, exact: false });
    const hidden = page('watch-rendered-2022-de.html')
      .replace(/ aria-label="1\.204[^"]*">1204</, '>Mag ich<')
      .replace('zusammen mit 1.203 anderen Nutzern', '');
    const s = read(hidden, 'https://www.youtube.com/watch?v=gggggggggg1');
    expect(s.posts[0].likes).toBeUndefined();
    expect(s.posts[0].likesHidden).toBe(true);
  });

  it('reports the counts of a page still changing videos under the id of the video they belong to', () => {
    // The address already names the clicked video; the info, and the watch element's id, are still the last one's.
    const s = read(page('watch-rendered-2022-de.html'), 'https://www.youtube.com/watch?v=gggggggggg2');
    expect(s.posts[0]).toMatchObject({ id: 'gggggggggg1', url: 'https://www.youtube.com/watch?v=gggggggggg1', views: { value: 48_213 } });
    expect(s.notes?.join(' ')).toMatch(/still changing videos.*gggggggggg1/);
    // Never the related video's 9,981 views, although it is the address's video.
    expect(JSON.stringify(s)).not.toContain('9981');
  });

  it('does not read a hidden 2022 info block', () => {
    const hidden = page('watch-rendered-2022-de.html').replace('<div id="info-contents">', '<div id="info-contents" hidden="">');
    const s = youtube.read(doc(hidden), 'https://www.youtube.com/watch?v=gggggggggg1');
    expect(s?.posts[0].views).toBeUndefined();
    expect(s?.posts[0].likes).toBeUndefined();
  });
});

describe('youtube rendered watch page, previous renderers beside the new', () => {
  const url = 'https://www.youtube.com/watch?v=ssssssssss2';
  it('reads only the new video and its channel, never a number of the old one', () => {
    const s = read(page('watch-stale-layouts.html'), url);
    expect(s.posts[0]).toMatchObject({ id: 'ssssssssss2', views: { value: 40_862, exact: true }, likes: { value: 1_200, exact: false } });
    expect(s.profile).toMatchObject({ handle: 'newchannel', name: 'New Channel', followers: { value: 24_600 } });
    const json = JSON.stringify(s);
    for (const old of ['777771', '777000', '55551', '55000', '9910000', '3310000', 'oldchannel', 'thirdchannel']) expect(json).not.toContain(old);
  });

  it('reads nothing when the new metadata still names the old video', () => {
    const stale = page('watch-stale-layouts.html').replace('<ytd-watch-metadata class="watch-active-metadata" video-id="ssssssssss2">', '<ytd-watch-metadata video-id="ssssssssss1">');
    const s = youtube.read(doc(stale), url);
    expect(s === null || (!s.posts[0].views && !s.posts[0].likes && !s.profile.followers)).toBe(true);
  });

  it('reads none of the old info when the new metadata is gone and the player names the new video', () => {
    const gone = page('watch-stale-layouts.html').replace(/<ytd-watch-metadata[\s\S]*<\/ytd-watch-metadata>/, '');
    const s = youtube.read(doc(gone), url);
    const json = JSON.stringify(s ?? {});
    for (const old of ['777771', '55551', '9910000']) expect(json).not.toContain(old);
  });

  it('places the badge beside the channel name on screen', () => {
    const d = doc(page('watch-stale-layouts.html'));
    const s = read(page('watch-stale-layouts.html'), url);
    expect(youtube.badgeAnchor(d, s)?.textContent).toContain('New Channel');
  });
});

describe('channelKey', () => {
  it('names a channel as its pages do', () => {
    expect(channelKey('/@mrbakes')).toBe('mrbakes');
    expect(channelKey('/channel/UCySHL-QuE6qEGSpUTVhy4Ug')).toBe('UCySHL-QuE6qEGSpUTVhy4Ug');
    expect(channelKey('https://www.youtube.com/c/LaSonoraAzul')).toBe('LaSonoraAzul');
    expect(channelKey('/user/caf%C3%A9')).toBe('café');
    expect(channelKey('/watch?v=abc')).toBeUndefined();
    expect(channelKey(null)).toBeUndefined();
  });
});

describe('youtube rendered Shorts', () => {
  for (const [file, name] of [['shorts-rendered-pt.html', 'Portuguese'], ['shorts-rendered-en.html', 'English']]) {
    it(`reads the Short on screen, not the one scrolled past, nor the stale app state (${name})`, () => {
      const s = read(page(file), 'https://www.youtube.com/shorts/pppppppppp2');
      expect(s.profile.handle).toBe('cozinhadabia');
      expect(s.posts[0]).toMatchObject({ id: 'pppppppppp2', likes: { value: 3_400, exact: false }, comments: { value: 212, exact: true } });
      const json = JSON.stringify(s);
      for (const old of ['77770', '77000', '991', 'outrocanal']) expect(json).not.toContain(old);
      expect(youtube.badgeAnchor(doc(page(file)), s)?.textContent).toContain('@cozinhadabia');
    });
  }
});
