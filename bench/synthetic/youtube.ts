/**
 * YouTube channel Videos tab growing to 1,000 videos, in the markup the adapter reads
 * (tests/fixtures/youtube/channel-rendered-ja.html): the 2024+ page header
 * (<yt-page-header-view-model> with its metadata rows) and <ytd-rich-item-renderer> cards whose
 * #metadata-line starts with the view count. The user arrived by in-site navigation, as most
 * channel visits do: the page still carries the home feed's `ytInitialData` (~520 kB, the size of
 * ../shared/real-pages/yt_channel_onemedia.html's), which the adapter parses, finds stale and
 * leaves for the rendered grid. Cards show views only; the current scoring rates likes, so the
 * badge does not depend on them (the bench times the reading instead).
 */
import { filler, pageScript, type SyntheticPage } from './page';

const HANDLE = 'benchbakes';

const item = `
function item(i, kind, h, t) {
  const views = (kind === 'high' ? 1200000 : 48000) + i * 100;
  const shown = views >= 1e6 ? (views / 1e6).toFixed(1) + 'M views' : Math.round(views / 1e3) + 'K views';
  const id = 'v' + String(i).padStart(10, '0');
  return h('ytd-rich-item-renderer', { class: 'style-scope ytd-rich-grid-renderer' }, h('div', { id: 'content' }, h('ytd-rich-grid-media', null,
    h('a', { id: 'thumbnail', href: '/watch?v=' + id }, h('ytd-thumbnail-overlay-time-status-renderer', { 'overlay-style': 'DEFAULT' })),
    h('div', { id: 'details' },
      h('a', { id: 'video-title-link', href: '/watch?v=' + id, 'aria-label': 'Video ' + i + ' by Bench Bakes ' + views.toLocaleString('en-US') + ' views' }, 'Video ' + i),
      h('ytd-video-meta-block', null, h('div', { id: 'metadata-line' }, h('span', null, shown), h('span', null, (1 + i % 30) + ' days ago')))))));
}`;

export function youtubeVideos(total = 1000, batch = 30): SyntheticPage {
  const initial = 30;
  // The home feed's data, left in the page by in-site navigation (no channel ids in it).
  const stale = {
    responseContext: { serviceTrackingParams: [{ service: 'GFEEDBACK', params: [{ key: 'browse_id', value: 'FEwhat_to_watch' }] }] },
    contents: { twoColumnBrowseResultsRenderer: { tabs: [{ tabRenderer: { selected: true, content: { richGridRenderer: filler(9, 520_000) } } }] } },
  };
  const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Bench Bakes - YouTube</title>
<script nonce="x">var ytInitialData = ${JSON.stringify(stale).replace(/<\//g, '<\\/')};</script>
</head><body>
<ytd-app><div id="content"><ytd-page-manager id="page-manager">
<ytd-browse class="style-scope ytd-page-manager" page-subtype="channels" role="main">
 <div id="page-header"><yt-page-header-renderer><yt-page-header-view-model>
  <h1><yt-dynamic-text-view-model><span role="text">Bench Bakes</span></yt-dynamic-text-view-model></h1>
  <yt-content-metadata-view-model>
   <div><span><span>@${HANDLE}</span></span></div>
   <div><span>1.23M subscribers</span><span aria-hidden="true"> • </span><span>1,000 videos</span></div>
  </yt-content-metadata-view-model>
 </yt-page-header-view-model></yt-page-header-renderer></div>
 <ytd-rich-grid-renderer><div id="contents"></div></ytd-rich-grid-renderer>
</ytd-browse>
</ytd-page-manager></div></ytd-app>
<script>${pageScript({ itemSource: item, container: 'ytd-rich-grid-renderer #contents' }, initial)}</script>
</body></html>`;
  return { site: 'youtube', url: `https://www.youtube.com/@${HANDLE}/videos`, total, batch, initial, badgeDependsOnPosts: false, html };
}
