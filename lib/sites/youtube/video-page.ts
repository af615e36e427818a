/**
 * YouTube's video pages (/watch?v=ID, /shorts/ID, /live/ID): the reader the content script leaves
 * out (lib/parts.ts `post-reader`: content-scripts/youtube-post-reader.js, injected when a video
 * page is read), bundled in Node's adapter (./index.ts).
 */
import type { PageKindReader } from '../page-kinds';
import { route } from './route';
import { readVideo } from './watch';
import { channelNameOnScreen } from './watch-dom';

export const postReader: PageKindReader = {
  read(doc, url) {
    const r = route(url);
    return r?.route.postId ? readVideo(doc, url.href, r.route.postId, r.shorts) : null;
  },
  // The owner's name under the video on screen; Shorts: the channel bar of the active reel.
  badgeAnchor: (doc) => channelNameOnScreen(doc),
};
