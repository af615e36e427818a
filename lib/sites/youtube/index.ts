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
import { youtubeAdapter } from './adapter';
import { postReader } from './video-page';

/** Every page: channel pages (./adapter.ts) and video pages (./video-page.ts). */
export const youtube = youtubeAdapter(postReader);

// Tested on: https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA and
// https://www.youtube.com/watch?v=hwMkbaS_M_c (Spanish UI, saved 2024, ../shared/real-pages), and the
// fixtures in tests/fixtures/youtube (2024+ page header, Videos and Shorts tabs, rendered watch page, stale data).
