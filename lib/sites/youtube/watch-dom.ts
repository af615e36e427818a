/** The rendered watch page: what a content script sees after in-site navigation. */
import type { Count } from '../../snapshot';
import { bestCount, leadingCount, textOf } from '../common';
import { handleFromUrl } from './json';

export interface WatchDom {
  views?: Count;
  likes?: Count;
  likesHidden?: boolean;
  comments?: Count;
  subscribers?: Count;
  name?: string;
  handle?: string;
}

/** Counts from the rendered watch page or active Short, when the page shows this video. */
export function watchDom(doc: Document, id: string, locale: string | undefined, notes: string[]): WatchDom | undefined {
  // <ytd-watch-flexy video-id="ID">: YouTube sets the id of the video on screen; anything else is stale.
  const flexy = doc.querySelector('ytd-watch-flexy:not([hidden])');
  const flexyId = flexy?.getAttribute('video-id');
  const reel = doc.querySelector('ytd-reel-video-renderer[is-active]');
  if (flexy && flexyId && flexyId !== id && !reel) {
    notes.push('The page still shows the previous video; its counts were not used.');
    return undefined;
  }
  const root: ParentNode = reel ?? flexy ?? doc;
  const meta = root.querySelector('ytd-watch-metadata') ?? root;
  const aria = (sel: string) => {
    const el = meta.querySelector(sel);
    return el ? bestCount(leadingCount(el.getAttribute('aria-label'), 'aria', locale), leadingCount(textOf(el), 'text', locale)) : undefined;
  };
  // Like button (2023+): <like-button-view-model><button aria-label="like this video along with 7,373 other people">
  //   <div class="...button-text-content">7.3K</div>; before: #segmented-like-button; Shorts: #like-button.
  const likeEl = meta.querySelector('like-button-view-model button, #segmented-like-button button, #like-button button');
  const likeText = textOf(likeEl);
  const likes = leadingCount(likeText, 'text', locale) ?? leadingCount(likeEl?.getAttribute('aria-label'), 'aria', locale);
  // Owner: <ytd-channel-name><a href="/@OneMedia.">ONE Media</a></ytd-channel-name>
  const channelLink = meta.querySelector('ytd-video-owner-renderer ytd-channel-name a, ytd-channel-name a, yt-reel-channel-bar-view-model a');
  return {
    // Views: <ytd-watch-info-text><div id="view-count" aria-label="1,077,715 views">; the expanded
    // description starts "1,077,715 views  14 Apr 2017" (#info-container #info).
    views: bestCount(aria('ytd-watch-info-text #view-count'), leadingCount(textOf(meta.querySelector('#info-container #info span')), 'text', locale)),
    likes,
    likesHidden: likeEl && !likes && !/\d/.test(likeText) ? true : undefined,
    // Comments header (loads when scrolled to): <ytd-comments-header-renderer><h2 id="count">1,234 Comments</h2>;
    // Shorts: the comments button under the reel.
    comments: bestCount(
      leadingCount(textOf(doc.querySelector('ytd-comments-header-renderer #count')), 'text', locale),
      reel ? leadingCount(textOf(reel.querySelector('#comments-button')), 'text', locale) : undefined,
    ),
    // <yt-formatted-string id="owner-sub-count" aria-label="4.69 million subscribers">4.69M subscribers</yt-formatted-string>
    subscribers: aria('#owner-sub-count'),
    name: textOf(channelLink) || undefined,
    handle: handleFromUrl(channelLink?.getAttribute('href')),
  };
}
