/** The video grid of a channel's Videos, Shorts and Live tabs, from the app state or the rendered cards. */
import type { Count, Post } from '../../snapshot';
import { MAX_POSTS, bestCount, compact, dig, leadingCount, textOf, walk } from '../common';
import type { Rec } from './json';
import { rec, str, textCount, ytText } from './json';
import { VIDEO_ID } from './route';
import { AGO_WORDS, LIVE_WORDS, VIEW_WORDS, VIEW_WORD_FIRST } from './words';

/** The videos of the selected upload tab in ytInitialData, in grid order. */
export function gridFromJson(data: unknown, tab: string, locale: string | undefined): Post[] {
  const tabs = dig(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs');
  if (!Array.isArray(tabs)) return [];
  const selected = tabs.map((t) => rec(dig(t, 'tabRenderer'))).find((t) => t?.selected === true);
  const tabUrl = str(dig(selected, 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url')) ?? '';
  // The data may be for another tab of the same channel (in-site tab switch): then it says nothing here.
  if (!selected || !tabUrl.endsWith('/' + tab)) return [];
  const posts: Post[] = [];
  const seen = new Set<string>();
  walk(selected.content, (o) => {
    const post = gridItem(o, locale);
    if (!post?.id) return false;
    if (post.id !== SKIP && !seen.has(post.id)) posts.push(post);
    seen.add(post.id);
    return true;
  });
  return posts;
}

/** Marks a grid item that is recognised but not counted (live now, upcoming). */
const SKIP = '-';

/** One grid item, from whichever renderer YouTube used (2020-2025). */
export function gridItem(o: Rec, locale: string | undefined): Post | undefined {
  const video = rec(o.videoRenderer) ?? rec(o.gridVideoRenderer);
  if (video) {
    const id = str(video.videoId);
    if (!id) return undefined;
    // Streams live now and upcoming premieres show watchers or waiting people, not views: they are left out.
    const live = JSON.stringify(video.badges ?? '').includes('LIVE_NOW') || JSON.stringify(video.thumbnailOverlays ?? '').includes('"LIVE"');
    if (live || video.upcomingEventData) return { id: SKIP };
    const views = bestCount(textCount(video.viewCountText, 'embedded-json', locale), textCount(video.shortViewCountText, 'embedded-json', locale));
    return compact({ id, url: `https://www.youtube.com/watch?v=${id}`, views });
  }
  const reel = rec(o.reelItemRenderer);
  if (reel) {
    const id = str(reel.videoId);
    return id ? compact({ id, url: `https://www.youtube.com/shorts/${id}`, views: textCount(reel.viewCountText, 'embedded-json', locale) }) : undefined;
  }
  const short = rec(o.shortsLockupViewModel);
  if (short) {
    const id = str(dig(short, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ?? str(short.entityId)?.replace(/^shorts-shelf-item-/, '');
    const views = leadingCount(ytText(dig(short, 'overlayMetadata', 'secondaryText')), 'embedded-json', locale);
    return id && VIDEO_ID.test(id) ? compact({ id, url: `https://www.youtube.com/shorts/${id}`, views }) : undefined;
  }
  const lockup = rec(o.lockupViewModel);
  if (lockup && lockup.contentType === 'LOCKUP_CONTENT_TYPE_VIDEO') {
    const id = str(lockup.contentId);
    if (!id) return undefined;
    // Metadata rows of a channel grid lockup: "1,2 M de visualizaciones • hace 3 días"; views come first.
    const rows = dig(lockup, 'metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows');
    const row = Array.isArray(rows) ? rows.map((r) => dig(r, 'metadataParts')).find((p) => Array.isArray(p) && p.length >= 2) : undefined;
    const views = Array.isArray(row) ? leadingCount(ytText(dig(row, 0, 'text')), 'embedded-json', locale) : undefined;
    return compact({ id, url: `https://www.youtube.com/watch?v=${id}`, views });
  }
  return undefined;
}

/** Video cards of the rendered grid (Videos, Shorts, Live tabs) of the channel page on screen (`root`: activeBrowse's). */
export function gridFromDom(root: ParentNode | null, locale: string | undefined): Post[] {
  if (!root) return [];
  const posts: Post[] = [];
  const seen = new Set<string>();
  // <ytd-rich-item-renderer> ... <a id="video-title-link" href="/watch?v=ID"> ... <div id="metadata-line">
  //   <span>1.2M views</span><span>3 days ago</span>; Shorts cards link to /shorts/ID.
  for (const card of Array.from(root.querySelectorAll('ytd-rich-item-renderer, ytd-grid-video-renderer'))) {
    if (posts.length >= MAX_POSTS) break;
    const href = card.querySelector('a[href*="/watch?v="], a[href^="/shorts/"]')?.getAttribute('href') ?? '';
    const m = /[?&]v=([\w-]{11})|\/shorts\/([\w-]{11})/.exec(href);
    const id = m?.[1] ?? m?.[2];
    if (!id || seen.has(id)) continue;
    seen.add(id);
    // Live-now and upcoming cards carry a LIVE / UPCOMING overlay and show watchers, not views: left out.
    if (card.querySelector('[overlay-style="LIVE"], [overlay-style="UPCOMING"]')) continue;
    const line = metadataLine(card);
    // Without the overlay, the wording still tells ("312 watching", "312 人が視聴中"): left out too.
    if (line.some((text) => LIVE_WORDS.test(text))) continue;
    posts.push(compact({ id, url: m?.[1] ? `https://www.youtube.com/watch?v=${id}` : `https://www.youtube.com/shorts/${id}`, views: lineViews(line, card, locale) }));
  }
  return posts;
}

/** The texts of a grid card's metadata line: ["1.2M views", "3 days ago"]. */
function metadataLine(card: Element): string[] {
  const line = card.querySelector('#metadata-line');
  if (!line) return [];
  return Array.from(line.querySelectorAll('span'))
    .filter((span) => !span.querySelector('span'))
    .map((span) => textOf(span))
    .filter((text) => text && !/^[•·]$/.test(text));
}

/**
 * The view count of a grid card's metadata line. Its first part is the views ("1.2M views • 3 days
 * ago"), but the line also shows dates ("2 日前"), watchers of a live stream and people waiting for a
 * premiere, all numbers too; and a unit the parser does not know ("12 tūkst.") would leave its number
 * read bare (12). So the first part is read when:
 * - its number, with its unit if any, stands beside a views word ("1,2 M de visualizaciones", "8,455 回視聴"),
 * - or, in a language whose views word is not known here, it comes before the date (two parts or more)
 *   and is abbreviated with a known unit ("12K"), or its number is in the title link's label, which
 *   YouTube writes with the exact views ("Title by Channel 120,345 views 2 days ago").
 */
function lineViews(line: string[], card: Element, locale: string | undefined): Count | undefined {
  const first = line[0];
  if (!first || AGO_WORDS.test(first)) return undefined;
  const count = leadingCount(first, 'text', locale);
  if (!count) return undefined;
  const clean = first.replace(/[\u200e\u200f\u061c\u200b]/g, '');
  const run = /\d(?:\d|[.,'\u00a0\u202f\u2009 ](?=\d))*/.exec(clean);
  if (!run) return undefined;
  const before = clean.slice(0, run.index).trim();
  const after = clean.slice(run.index + run[0].length).trim();
  if (!count.exact) {
    // The unit was read ("1,2 M", "12万"): the views word may follow it anywhere in the part.
    return VIEW_WORDS.test(after) || line.length >= 2 ? count : undefined;
  }
  if (VIEW_WORD_FIRST.test(after) || (before && VIEW_WORDS.test(before))) return count;
  if (line.length < 2) return undefined;
  const label = card.querySelector('#video-title-link, a#video-title, #video-title')?.getAttribute('aria-label') ?? '';
  const labelled = Array.from(label.matchAll(/\d(?:\d|[.,'\u00a0\u202f\u2009 ](?=\d{3}))*/g)).some((m) => Number(m[0].replace(/\D/g, '')) === count.value);
  return labelled ? count : undefined;
}
