/**
 * The YouTube adapter the content script bundles (lib/sites/list.ts `contentAdapter`): channel pages
 * read at once, video pages by the reader a part brings (./video-page.ts, lib/parts.ts
 * `post-reader`), loaded the first time this page shows a video. Reads every page as ./index.ts
 * does once the part is here (tests/unit/sites/youtube-content.test.ts).
 */
import { readerFromPart } from '../page-kinds';
import { youtubeAdapter } from './adapter';

export const youtube = youtubeAdapter(readerFromPart('post-reader'));
