/**
 * YouTube's evidence extraction end to end: fixture watch pages (disclosed and not) through the
 * adapter into the evidence sections, and the real 2022 pages in ../shared/real-pages whose
 * comments and paid-promotion notice were counted by hand.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { evidenceReport } from '../../../lib/evidence';
import { SnapshotSchema } from '../../../lib/snapshot';
import { youtube } from '../../../lib/sites/youtube';
import { hasRealPages, REAL_PAGES_DIR } from '../../support/shared';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/youtube');
const URL = 'https://www.youtube.com/watch?v=eeeeeeeeeee';
function read(file: string, url = URL) {
  const snap = youtube.read(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document, url);
  expect(snap).not.toBeNull();
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap!;
}

describe('youtube evidence fixtures', () => {
  it('undisclosed: the description\'s code and tracking link raise the flag, quoted', () => {
    const s = read(resolve(FIXTURES, 'evidence-watch-undisclosed.html'));
    expect(s.posts[0].sponsorship).toBeUndefined();
    expect(s.posts[0].caption).toMatch(/^My 5-step morning routine/);
    const r = evidenceReport(s, null);
    expect(r.sponsored.undisclosed).toHaveLength(1);
    expect(r.sponsored.undisclosed[0].evidence).toEqual(expect.arrayContaining(['code ANNA15', '15% off']));
    expect(r.sponsored.undisclosed[0].evidence.some((e) => e.includes('utm_source=youtube'))).toBe(true);
    expect(r.sponsored.undisclosed[0].brands).toContain('glowlab');
  });

  it('disclosed: "Includes paid promotion" from the player response; no flag', () => {
    const s = read(resolve(FIXTURES, 'evidence-watch-disclosed.html'));
    expect(s.posts[0].sponsorship).toEqual({ disclosed: true, label: 'Includes paid promotion', brands: [], evidence: [] });
    const r = evidenceReport(s, null);
    expect(r.sponsored.undisclosed).toEqual([]);
    expect(r.sponsored.disclosed[0].disclosure).toBe('Includes paid promotion');
  });

  it('the rendered notice alone discloses once the app state is another video\'s', () => {
    const html = readFileSync(resolve(FIXTURES, 'evidence-watch-disclosed.html'), 'utf8').replace(/"videoId":"eeeeeeeeeee"/g, '"videoId":"fffffffffff"');
    const s = youtube.read(parseHTML(html).document as unknown as Document, URL)!;
    expect(s.posts[0].sponsorship?.label).toBe('Includes paid promotion');
  });

  it('reads the visible top-level comments only: no replies, no hidden stale thread; their quality', () => {
    const s = read(resolve(FIXTURES, 'evidence-watch-undisclosed.html'));
    expect(s.comments).toHaveLength(10);
    expect(s.comments!.map((c) => c.author)).not.toContain('@old');
    expect(s.comments!.filter((c) => c.text === 'thank you!!')).toEqual([]);
    expect(s.comments![3]).toMatchObject({ author: '@realviewer', post: 0, likes: { value: 12 } });
    // A hidden "0" like count is left out, not read as a number.
    expect(s.comments![0].likes).toBeUndefined();
    const q = evidenceReport(s, null).comments!;
    expect(q.generic.count).toBe(3);
    expect(q.duplicates.count).toBe(1);
    expect(q.duplicates.examples[0].author).toBe('@promo_bot2');
    expect(q.unrelatedLanguage).toMatchObject({ captionLanguage: 'en', count: 1 });
    expect(q.unrelatedLanguage.examples[0].author).toBe('@lucas_br');
    expect(q.verdict).toBe('elevated');
  });

  it('prices the integration from views and the video from the subscriber tier', () => {
    const r = evidenceReport(read(resolve(FIXTURES, 'evidence-watch-disclosed.html')), { benchmark: null, grade: { score: 80, letter: 'B', confidence: 'high', components: [] } });
    // 84,210 views / 1,000 x $20-50 = $1,684-4,210, comments elevated x0.8 -> rounded to 2 figures.
    expect(r.price.bands.find((b) => b.type === 'integration')).toMatchObject({ low: 1300, high: 3400 });
    expect(r.price.bands.find((b) => b.type === 'video')).toMatchObject({ tier: 'micro', low: 160, high: 800 });
  });
});

describe.skipIf(!hasRealPages)('youtube evidence on real pages (../shared/real-pages)', () => {
  it('WTA76aFQMoE (2022, French): the 14 comments shown, counted by hand', () => {
    const s = read(resolve(REAL_PAGES_DIR, 'yt_watch_rendered_WTA76aFQMoE_2022.html'), 'https://www.youtube.com/watch?v=WTA76aFQMoE');
    expect(s.comments).toHaveLength(14);
    expect(s.comments![0]).toMatchObject({ author: 'Lionel C.', text: 'Grâce à vous je maintiens des symptômes de vie', likes: { value: 4 } });
    expect(s.posts[0].caption).toMatch(/^Notre nouvelle vidéo, TALIS QUALIS/);
  });

  it('rKK3z1H3vYs (2022): the player carries the paid-promotion notice hidden, so the video is not read as disclosed', () => {
    const s = read(resolve(REAL_PAGES_DIR, 'yt_watch_rendered_rKK3z1H3vYs_2022.html'), 'https://www.youtube.com/watch?v=rKK3z1H3vYs');
    expect(s.posts[0].sponsorship).toBeUndefined();
  });
});

describe('watch-page counts the fuzzing found wrong (lib/sites/youtube/watch-dom.ts)', () => {
  const page = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
  it('the like button\'s "along with N other people" sentence is never read as the count', () => {
    const html = page('watch-rendered-2022-de.html').replace(/<yt-formatted-string id="text" aria-label="1\.204[^>]*>1204<\/yt-formatted-string>/, '');
    const s = youtube.read(parseHTML(html).document as unknown as Document, 'https://www.youtube.com/watch?v=gggggggggg1')!;
    expect(s.posts[0].likes).toBeUndefined();
    expect(s.posts[0].likesHidden).toBeUndefined();
  });
  it('a 2022 owner beside the current metadata is not read when the metadata\'s owner row is gone', () => {
    const html = page('watch-stale-layouts.html').replace(/<div id="top-row">[\s\S]*?<\/ytd-video-owner-renderer>\s*<\/div>/, '');
    const s = youtube.read(parseHTML(html).document as unknown as Document, 'https://www.youtube.com/watch?v=ssssssssss2');
    expect(s?.profile.followers?.value).not.toBe(9_910_000);
  });
});
