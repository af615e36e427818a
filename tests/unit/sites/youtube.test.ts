import { describe, expect, it } from 'vitest';
import { type Snapshot } from '../../../lib/snapshot';
import { youtube } from '../../../lib/sites/youtube';
import { parseDoc, siteFixtures } from '../../support/fixtures';

const { html, read } = siteFixtures('youtube', youtube);
const doc = parseDoc;


describe('youtube.route', () => {
  const r = (u: string) => youtube.route(new URL(u));
  it('recognises channel URLs of every form, with or without a tab', () => {
    expect(r('https://www.youtube.com/@mrbakes')).toEqual({ page: 'profile', handle: 'mrbakes' });
    for (const tab of ['videos', 'shorts', 'streams', 'featured']) expect(r(`https://www.youtube.com/@mrbakes/${tab}`)?.page).toBe('profile');
    expect(r('https://m.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA/videos')).toEqual({ page: 'profile', handle: 'UCzcRQ3vRNr6fJ1A9rqFn7QA' });
    expect(r('https://youtube.com/c/MrBakes')?.handle).toBe('MrBakes');
    expect(r('https://www.youtube.com/user/mrbakes2009/videos')?.handle).toBe('mrbakes2009');
    expect(r('https://www.youtube.com/@%E3%82%B7%E3%82%A7%E3%83%95')?.handle).toBe('シェフ');
  });
  it('recognises watch, Shorts and live URLs and refuses the rest', () => {
    expect(r('https://www.youtube.com/watch?v=hwMkbaS_M_c&t=10s')).toEqual({ page: 'post', postId: 'hwMkbaS_M_c' });
    expect(r('https://www.youtube.com/shorts/eeeeeeeeeee')).toEqual({ page: 'post', postId: 'eeeeeeeeeee' });
    expect(r('https://www.youtube.com/live/eeeeeeeeeee')?.page).toBe('post');
    for (const u of ['https://www.youtube.com/', 'https://www.youtube.com/feed/subscriptions', 'https://www.youtube.com/watch', 'https://www.youtube.com/results?search_query=bread', 'https://www.youtube.com/playlist?list=PL1']) {
      expect(r(u)).toBeNull();
    }
  });
});

describe('youtube watch page', () => {
  const url = 'https://www.youtube.com/watch?v=ccccccccccc';

  it('reads exact views from videoDetails, displayed likes and comments, and the owner', () => {
    const s = read('watch.html', url);
    expect(s.page).toBe('post');
    expect(s.posts[0]).toMatchObject({
      id: 'ccccccccccc',
      url,
      views: { value: 1234567, exact: true, source: 'embedded-json' },
      likes: { value: 45_000, exact: false },
      comments: { value: 1800, exact: false },
      postedAt: '2025-11-02T08:00:00-07:00',
    });
    expect(s.profile).toMatchObject({ handle: 'mrbakes', name: 'Mr Bakes', verified: true });
    expect(s.profile.followers).toMatchObject({ value: 1_230_000, exact: false, raw: '1.23 million subscribers' });
    expect(s.notes).toBeUndefined();
  });

  it('marks hidden likes as hidden, never as zero', () => {
    const s = read('watch.html', url, (h) => h.replaceAll('"title":"45K"', '"title":"Like"'));
    expect(s.posts[0].likes).toBeUndefined();
    expect(s.posts[0].likesHidden).toBe(true);
    expect(s.notes?.join(' ')).toMatch(/hides/);
  });

  it('reads the string-encoded ytInitialData of m.youtube.com', () => {
    const page = html('watch.html').replace(/var ytInitialData = (\{[\s\S]*?\});<\/script>/, (_, json: string) => {
      const data = JSON.stringify(JSON.parse(json));
      const escaped = data.replace(/[{}"':]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`);
      return `var ytInitialData = '${escaped}';</script>`;
    });
    expect(page).toContain("var ytInitialData = '\\x7b");
    const s = youtube.read(doc(page), 'https://m.youtube.com/watch?v=ccccccccccc')!;
    expect(s.posts[0].likes?.value).toBe(45_000);
    expect(s.profile.followers?.value).toBe(1_230_000);
  });

  it('after in-site navigation reads the rendered page, in its language', () => {
    const s = read('watch-rendered.html', 'https://www.youtube.com/watch?v=ddddddddddd');
    expect(s.posts[0]).toMatchObject({
      id: 'ddddddddddd',
      views: { value: 153208, exact: true, source: 'aria' },
      likes: { value: 8700, exact: false, source: 'text' },
      comments: { value: 1204, exact: true },
    });
    expect(s.profile).toMatchObject({ handle: 'chefamelie', name: 'Chef Amélie', followers: { value: 412_000, exact: false } });
    expect(s.notes?.join(' ')).toMatch(/earlier video/);
    const d = doc(html('watch-rendered.html'));
    expect(youtube.badgeAnchor(d, s)?.tagName.toLowerCase()).toBe('ytd-channel-name');
  });

  it('reads nothing while the rendered page still shows another video', () => {
    const page = html('watch-rendered.html').replaceAll('video-id="ddddddddddd"', 'video-id="zzzzzzzzzzz"');
    expect(youtube.read(doc(page), 'https://www.youtube.com/watch?v=ddddddddddd')).toBeNull();
  });

  it('reads a Short: views, likes from the description factoids, comments from the panel', () => {
    const s = read('shorts.html', 'https://www.youtube.com/shorts/eeeeeeeeeee');
    expect(s.posts[0]).toMatchObject({
      url: 'https://www.youtube.com/shorts/eeeeeeeeeee',
      views: { value: 250117, exact: true },
      likes: { value: 3400, exact: false },
      comments: { value: 212, exact: true },
    });
    expect(s.profile.handle).toBe('mrbakes');
  });
});

describe('youtube channel page', () => {
  it('reads the 2024+ header and the Videos tab, leaving out live and upcoming streams', () => {
    const s = read('channel-videos.html', 'https://www.youtube.com/@mrbakes/videos');
    expect(s.page).toBe('profile');
    expect(s.profile).toMatchObject({ handle: 'mrbakes', name: 'Mr Bakes' });
    expect(s.profile.followers).toMatchObject({ value: 1_230_000, exact: false, min: 1_225_000 });
    expect(s.profile.posts).toMatchObject({ value: 412, exact: true });
    expect(s.posts.map((p) => [p.id, p.views?.value, p.views?.exact])).toEqual([
      ['aaaaaaaaaa1', 1234567, true],
      ['aaaaaaaaaa3', 48_000, false],
    ]);
    expect(s.posts[0].url).toBe('https://www.youtube.com/watch?v=aaaaaaaaaa1');
  });

  it('on the Home tab reads the header only and says where the videos are', () => {
    const s = read('channel-videos.html', 'https://www.youtube.com/@mrbakes');
    expect(s.profile.followers?.value).toBe(1_230_000);
    expect(s.posts).toEqual([]);
    expect(s.notes?.join(' ')).toMatch(/Videos or Shorts tab/);
  });

  it('accepts /channel/ID and legacy /c/ URLs for the same channel, refuses another channel\'s data', () => {
    expect(read('channel-videos.html', 'https://www.youtube.com/channel/UCbakesbakesbakesbakes01/videos').posts).toHaveLength(2);
    expect(read('channel-videos.html', 'https://www.youtube.com/c/MrBakes/videos').profile.followers?.value).toBe(1_230_000);
    expect(youtube.read(doc(html('channel-videos.html')), 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA')).toBeNull();
    expect(youtube.read(doc(html('channel-videos.html')), 'https://www.youtube.com/@someoneelse')).toBeNull();
  });

  it('reads a German Shorts tab; a lone header count is placed by its word, hidden subscribers stay out', () => {
    const s = read('channel-shorts-de.html', 'https://www.youtube.com/@gartenhilde/shorts');
    expect(s.profile.posts).toMatchObject({ value: 1178, exact: true });
    expect(s.profile.followers).toBeUndefined();
    expect(s.notes?.join(' ')).toMatch(/subscriber count/);
    expect(s.posts).toEqual([
      expect.objectContaining({ id: 'bbbbbbbbbb1', url: 'https://www.youtube.com/shorts/bbbbbbbbbb1', views: expect.objectContaining({ value: 1_200_000, exact: false }) }),
      expect.objectContaining({ id: 'bbbbbbbbbb2', views: expect.objectContaining({ value: 3812, exact: true }) }),
    ]);
  });

  it('leaves out a lone header count it cannot place', () => {
    const s = read('channel-shorts-de.html', 'https://www.youtube.com/@gartenhilde/shorts', (h) => h.replace('1178 Videos', '1178 Xyz'));
    expect(s.profile.posts).toBeUndefined();
    expect(s.profile.followers).toBeUndefined();
    expect(s.notes?.join(' ')).toMatch(/told apart/);
  });

  it('after in-site navigation reads the visible channel page, not the hidden one or the stale data', () => {
    const url = 'https://www.youtube.com/@chefamelie/videos';
    const s = read('channel-rendered-ja.html', url);
    expect(s.profile).toMatchObject({ handle: 'chefamelie', name: 'Chef Amélie' });
    expect(s.profile.followers).toMatchObject({ value: 412_000, exact: false, source: 'text' });
    expect(s.profile.posts).toMatchObject({ value: 318, exact: true });
    expect(s.posts.map((p) => [p.id, p.views?.value])).toEqual([
      ['fffffffff01', 120_000],
      ['fffffffff03', 8455],
    ]);
    expect(s.notes?.join(' ')).toMatch(/another channel/);
    expect(youtube.badgeAnchor(doc(html('channel-rendered-ja.html')), s)?.textContent).toBe('Chef Amélie');
  });
});

describe('youtube channel pages found damaged by mutation fuzzing', () => {
  const url = 'https://www.youtube.com/@chefamelie/videos';
  const post = (s: Snapshot | null, id: string) => s?.posts.find((p) => p.id === id);
  const ja = () => doc(html('channel-rendered-ja.html'));

  it("youtube-hidden-channel-header: without page-subtype, the hidden previous channel's subscribers are not read", () => {
    const d = ja();
    d.querySelector('ytd-browse:not([hidden])')!.removeAttribute('page-subtype');
    const followers = youtube.read(d, url)?.profile.followers;
    expect(followers === undefined || followers.value === 412_000).toBe(true);
    expect(followers).toMatchObject({ value: 412_000 });
  });

  it("reads neither channel when the hidden page is shown again, except by the header's handle", () => {
    const d = ja();
    d.querySelector('ytd-browse[hidden]')!.removeAttribute('hidden');
    const s = youtube.read(d, url)!;
    expect(s.profile.followers).toMatchObject({ value: 412_000 });
    expect(youtube.badgeAnchor(d, s)?.textContent).toBe('Chef Amélie');
    // The stale page is still told apart by its handle when the visible header has lost its own.
    const d2 = ja();
    d2.querySelector('ytd-browse[hidden]')!.removeAttribute('hidden');
    d2.querySelectorAll('ytd-browse')[1].querySelector('yt-content-metadata-view-model > div')!.remove();
    expect(youtube.read(d2, url)?.profile.followers).toMatchObject({ value: 412_000 });
    // Two channel pages on screen, neither showing a handle: neither is read.
    const d3 = ja();
    d3.querySelector('ytd-browse[hidden]')!.removeAttribute('hidden');
    for (const b of Array.from(d3.querySelectorAll('ytd-browse'))) b.querySelector('yt-content-metadata-view-model > div')!.remove();
    const s3 = youtube.read(d3, url);
    expect(s3?.profile.followers?.value).not.toBe(1_230_000);
    expect(s3?.profile.followers).toBeUndefined();
    expect(s3?.posts ?? []).toEqual([]);
  });

  it("does not read a header that shows another channel's handle, nor a visible page of another kind", () => {
    const d = ja();
    d.querySelector('ytd-browse:not([hidden])')!.remove();
    d.querySelector('ytd-browse[hidden]')!.removeAttribute('hidden');
    expect(youtube.read(d, url)?.profile.followers).toBeUndefined();
    const home = ja();
    home.querySelector('ytd-browse:not([hidden])')!.setAttribute('page-subtype', 'home');
    expect(youtube.read(home, url)?.profile.followers).toBeUndefined();
  });

  it('youtube-grid-first-span: "2 日前" (2 days ago) is not read as 2 views', () => {
    const d = ja();
    d.querySelector('ytd-browse:not([hidden]) #metadata-line span')!.remove();
    const views = post(youtube.read(d, url), 'fffffffff01')?.views;
    expect(views).toBeUndefined();
  });

  it('youtube-live-without-overlay: "312 人が視聴中" (312 watching) is not read as 312 views', () => {
    const d = ja();
    d.querySelector('[overlay-style="LIVE"]')!.removeAttribute('overlay-style');
    const views = post(youtube.read(d, url), 'fffffffff02')?.views;
    expect(views).toBeUndefined();
  });

  it('reads the views part of a metadata line by its word, or by its place before the date', () => {
    const line = (a: string, b?: string) => (h: string) =>
      h.replace('<span>12万 回視聴</span><span>2 日前</span>', `<span>${a}</span>${b ? `<span>${b}</span>` : ''}`);
    const views = (edit: (h: string) => string) => post(read('channel-rendered-ja.html', url, edit), 'fffffffff01')?.views?.value;
    expect(views(line('12万 回視聴'))).toBe(120_000); // the date part gone: the word says views
    expect(views(line('1.2M views', '3 days ago'))).toBe(1_200_000);
    expect(views(line('1.2M views'))).toBe(1_200_000);
    expect(views(line('12万次观看', '3天前'))).toBe(120_000);
    expect(views(line('12 万次观看', '3天前'))).toBe(120_000);
    expect(views(line('조회수 12만회', '3일 전'))).toBe(120_000);
    expect(views(line('1,2 млн просмотров'))).toBe(1_200_000);
    expect(views(line('1.234 visualizaciones', 'hace 3 días'))).toBe(1234);
    expect(views(line('조회수 1,234회', '3일 전'))).toBe(1234);
    // A language whose views word is not known here: views then date, taken on position when the
    // unit is known or the exact number is the one in the title link's label (120,345).
    expect(views(line('12K skatījumi', '2 dienas'))).toBe(12_000);
    expect(views(line('120 345 skatījumi', '2 dienas'))).toBe(120_345);
    // "12 tūkst." is 12 thousand (Latvian and Lithuanian CLDR unit, known since issue 17) ...
    expect(views(line('12 tūkst. skatījumi', '2 dienas'))).toBe(12_000);
    // ... but not a number whose unit is unknown (an abbreviation could be one), nor an unlabelled one.
    expect(views(line('12 ttk. skatījumi', '2 dienas'))).toBeUndefined();
    expect(views(line('1234 skatījumi', '2 dienas'))).toBeUndefined();
    expect(views(line('12 אלף צפיות'))).toBe(12_000); // Hebrew "thousand", a CLDR unit known since issue 17
    // Dates, watchers and waiting people are never views.
    expect(views(line('3 days ago'))).toBeUndefined();
    expect(views(line('hace 3 días', '1,2 M de visualizaciones'))).toBeUndefined();
    expect(views(line('12 tūkst. skatījumi'))).toBeUndefined();
    const live = (edit: (h: string) => string) => post(read('channel-rendered-ja.html', url, edit), 'fffffffff01');
    expect(live(line('1,234 watching'))).toBeUndefined();
    expect(live(line('12 waiting', 'Scheduled for 1/2/25, 8:00 PM'))).toBeUndefined();
    expect(live(line('1 234 зрителя'))).toBeUndefined();
  });
});

describe('youtube robustness', () => {
  it('never throws on empty, broken or unrelated pages', () => {
    const pages = [
      '',
      '<script>var ytInitialData = {"contents": </script>',
      '<script>var ytInitialData = {"header":{"pageHeaderRenderer":7},"contents":{"twoColumnBrowseResultsRenderer":{"tabs":[null,{"tabRenderer":{"selected":true}}]}}};</script>',
      "<script>var ytInitialData = '\\x7b\\x7d\\x7d';</script>",
    ];
    for (const p of pages) {
      for (const url of ['https://www.youtube.com/@x/videos', 'https://www.youtube.com/watch?v=ccccccccccc', 'https://www.youtube.com/shorts/ccccccccccc', 'https://www.youtube.com/']) {
        expect(() => youtube.read(doc(p), url)).not.toThrow();
        expect(youtube.read(doc(p), url)).toBeNull();
      }
    }
  });
});
