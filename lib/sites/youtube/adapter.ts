/**
 * The YouTube adapter, around the reader of video pages it is given: the full one in Node
 * (./index.ts), or the one a part brings (./content.ts, what the content script bundles). Channel
 * pages are read here in both: they are what marketers vet, and the page the benchmark visits.
 */
import { parseUrl, type SiteAdapter } from '../common';
import { byPageKind, type PageKindReader } from '../page-kinds';
import { activeBrowse } from './browse';
import { readChannel } from './channel';
import { HOSTS, route } from './route';

/** Channel pages (/@handle, /channel/ID, /c/name, /user/name, with a tab such as /videos). */
export const channelPages: PageKindReader = {
  read(doc, url) {
    const channel = route(url)?.channel;
    return channel ? readChannel(doc, url.href, channel) : null;
  },
  badgeAnchor(doc, snap) {
    // The 2024+ page header's <h1>, or the older c4 header's channel name.
    const u = parseUrl(snap.url);
    const root = activeBrowse(doc, u ? route(u)?.channel : undefined);
    if (!root) return null;
    return root.querySelector('yt-page-header-view-model h1, ytd-c4-tabbed-header-renderer ytd-channel-name, #channel-header ytd-channel-name');
  },
};

export function youtubeAdapter(videoPages: PageKindReader): SiteAdapter {
  return byPageKind(
    { platform: 'youtube', hosts: HOSTS, route: (url) => route(url)?.route ?? null },
    { profile: channelPages, post: videoPages },
  );
}
