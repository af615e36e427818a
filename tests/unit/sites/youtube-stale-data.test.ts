/**
 * youtube/json.ts dataNamesNoChannel: a channel page whose ytInitialData names no channel (left by
 * in-site navigation from a video or the home feed) is read without parsing that data. The report
 * must be the one the full parse gives: each page is read twice, once as it is and once with an
 * escape added to the data's script (which makes the check unsure, so the data is parsed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../lib/snapshot';
import { youtube } from '../../../lib/sites/youtube';
import { dataNamesNoChannel } from '../../../lib/sites/youtube/json';
import { youtubeVideos } from '../../../bench/synthetic/youtube';
import { parseDoc, readValid, siteFixtures } from '../../support/fixtures';
import { REAL_PAGES_DIR } from '../../support/shared';

const { html: fixture } = siteFixtures('youtube');

/** A `\u0041` escape after the data in its script: harmless to the parse, unsure for the check. */
const unsure = (html: string) => html.replace(/(var ytInitialData = [^<]*?;)(\s*<\/script>)/, '$1var __escaped = "\\u0041";$2');

const DATA_SCRIPT = /<script[^>]*>\s*var ytInitialData = [\s\S]*?<\/script>/;
const bench = youtubeVideos();
/** The bench's channel page (rendered header) carrying the app data of another saved page: a video's. */
const withDataOf = (html: string) => bench.html.replace(DATA_SCRIPT, () => DATA_SCRIPT.exec(html)![0]);

const pages: { name: string; html: () => string }[] = [
  { name: 'bench synthetic (home feed data)', html: () => bench.html },
  { name: 'a watch fixture\'s data', html: () => withDataOf(fixture('watch.html')) },
];
const real = resolve(REAL_PAGES_DIR, 'yt_video_starwars_onemedia.html');
if (existsSync(real)) pages.push({ name: 'a real video page\'s data', html: () => withDataOf(readFileSync(real, 'utf8')) });

const withoutTime = ({ capturedAt: _, ...snap }: Snapshot) => snap;

describe('channel pages whose app data names no channel', () => {
  for (const page of pages) {
    it(`${page.name}: same report without parsing the data`, () => {
      const html = page.html();
      const doc = parseDoc(html);
      expect(dataNamesNoChannel(doc)).toBe(true);
      const full = parseDoc(unsure(html));
      expect(dataNamesNoChannel(full)).toBe(false);
      const quick = readValid(youtube, doc, bench.url);
      expect(withoutTime(quick)).toEqual(withoutTime(readValid(youtube, full, bench.url)));
      expect((quick.notes ?? []).join(' ')).toMatch(/describes another channel/);
    });
  }

  it('is unsure where the data names a channel, or is missing', () => {
    expect(dataNamesNoChannel(parseDoc(fixture('channel-videos.html')))).toBe(false);
    expect(dataNamesNoChannel(parseDoc('<html><body><script>var x = 1;</script></body></html>'))).toBe(false);
    // A key spelled with escapes could name one.
    expect(dataNamesNoChannel(parseDoc('<script>var ytInitialData = {"metadata":{"channel\\u004detadataRenderer":{}}};</script>'))).toBe(false);
  });
});
