/**
 * YouTube: channel pages (/@handle, /channel/ID, /c/name, /user/name, with a tab such as /videos)
 * and video pages (/watch?v=ID, /shorts/ID, /live/ID).
 *
 * Sources, best first:
 * 1. The app state in the HTML: `ytInitialPlayerResponse` (videoDetails.viewCount: exact views) and
 *    `ytInitialData` (header, like button view model, comments header, owner renderer, video grid).
 *    YouTube navigates in-site (`yt-navigate-finish`) without replacing these scripts, so they are
 *    used only when their video id / channel id or handle matches the URL.
 * 2. The rendered page: custom element names and element ids (`ytd-watch-metadata`,
 *    `#owner-sub-count`, `like-button-view-model`), never class names.
 *
 * Texts are localised ("4,69 M de suscriptores", "1.077.715 visualizaciones", "7,3 K"): numbers are
 * read with the page's language; which header part is the subscriber count is decided by position
 * and, where a part stands alone, by the word beside it.
 */
import type { SiteAdapter } from '../common';
import { parseUrl } from '../common';
import { activeBrowse } from './browse';
import { readChannel } from './channel';
import { HOSTS, route } from './route';
import { readVideo } from './watch';
import { channelNameOnScreen } from './watch-dom';

export const youtube: SiteAdapter = {
  platform: 'youtube',
  hosts: HOSTS,
  route(url) {
    return route(url)?.route ?? null;
  },
  read(doc, url) {
    const u = parseUrl(url);
    if (!u || !HOSTS.includes(u.hostname as (typeof HOSTS)[number])) return null;
    const r = route(u);
    if (!r) return null;
    if (r.route.page === 'post') return readVideo(doc, u.href, r.route.postId!, r.shorts);
    return readChannel(doc, u.href, r.channel!);
  },
  badgeAnchor(doc, snap) {
    // Watch page: the owner's name under the video on screen; Shorts: the channel bar of the active reel.
    if (snap.page === 'post') return channelNameOnScreen(doc);
    // Channel header: the 2024+ page header's <h1>, or the older c4 header's channel name.
    const u = parseUrl(snap.url);
    const root = activeBrowse(doc, u ? route(u)?.channel : undefined);
    if (!root) return null;
    return root.querySelector('yt-page-header-view-model h1, ytd-c4-tabbed-header-renderer ytd-channel-name, #channel-header ytd-channel-name');
  },
};

// Tested on: https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA and
// https://www.youtube.com/watch?v=hwMkbaS_M_c (Spanish UI, saved 2024, ../shared/real-pages), and the
// fixtures in tests/fixtures/youtube (2024+ page header, Videos and Shorts tabs, rendered watch page, stale data).
