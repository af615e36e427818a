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
import type { Count, CountSource, Post, Profile, Snapshot } from '../snapshot';
import {
  assignedJson,
  bestCount,
  compact,
  MAX_POSTS,
  countFromNumber,
  dig,
  isRecord,
  leadingCount,
  memoScript,
  parseJson,
  pageLocale,
  snapshot,
  textOf,
  type PageRoute,
  type SiteAdapter,
  decodePathPart,
  parseUrl,
} from './common';

const HOSTS = ['www.youtube.com', 'm.youtube.com', 'youtube.com'] as const;
const VIDEO_ID = /^[\w-]{11}$/;
/** Channel tabs whose grid lists the channel's own uploads. */
const UPLOAD_TABS = new Set(['videos', 'shorts', 'streams']);

type Rec = Record<string, unknown>;

/** How the URL names a channel. */
interface ChannelKey {
  kind: 'handle' | 'id' | 'legacy';
  value: string;
  /** For /c/ and /user/ URLs, the path prefix ("/c/name"). */
  path?: string;
  tab?: string;
}

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
    if (snap.page === 'post') {
      // Watch page: the owner's name under the video; Shorts: the channel bar of the active reel.
      return doc.querySelector(
        'ytd-watch-metadata ytd-channel-name, ytd-video-owner-renderer ytd-channel-name, ' +
          'ytd-reel-video-renderer[is-active] yt-reel-channel-bar-view-model, ytd-reel-video-renderer[is-active] ytd-channel-name',
      );
    }
    // Channel header: the 2024+ page header's <h1>, or the older c4 header's channel name.
    const u = parseUrl(snap.url);
    const root = activeBrowse(doc, u ? route(u)?.channel : undefined);
    if (!root) return null;
    return root.querySelector('yt-page-header-view-model h1, ytd-c4-tabbed-header-renderer ytd-channel-name, #channel-header ytd-channel-name');
  },
};

function route(url: URL): { route: PageRoute; channel?: ChannelKey; shorts?: boolean } | null {
  const path = url.pathname;
  if (/^\/watch\/?$/.test(path)) {
    const v = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(v) ? { route: { page: 'post', postId: v } } : null;
  }
  const short = /^\/(shorts|live)\/([\w-]{11})\/?$/.exec(path);
  if (short) return { route: { page: 'post', postId: short[2] }, shorts: short[1] === 'shorts' };
  const handle = /^\/@([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  if (handle) {
    const h = decodePathPart(handle[1]);
    return { route: { page: 'profile', handle: h }, channel: { kind: 'handle', value: h, tab: handle[2] } };
  }
  const id = /^\/channel\/(UC[\w-]{22})(?:\/([a-z]+))?\/?$/.exec(path);
  if (id) return { route: { page: 'profile', handle: id[1] }, channel: { kind: 'id', value: id[1], tab: id[2] } };
  const legacy = /^\/(c|user)\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  if (legacy) {
    const name = decodePathPart(legacy[2]);
    return {
      route: { page: 'profile', handle: name },
      channel: { kind: 'legacy', value: name, path: `/${legacy[1]}/${name}`, tab: legacy[3] },
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Watch page and Shorts

function readVideo(doc: Document, url: string, id: string, shorts = false): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const player = ytData(doc, 'ytInitialPlayerResponse');
  const data = ytData(doc, 'ytInitialData');
  const details = rec(dig(player, 'videoDetails'));
  const playerFresh = details?.videoId === id;
  const dataId = dig(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId') ?? dig(data, 'currentVideoEndpoint', 'reelWatchEndpoint', 'videoId');
  const dataFresh = dataId === id;
  if ((details && !playerFresh) || (data && dataId !== undefined && !dataFresh)) {
    notes.push('The data embedded in the page describes an earlier video (in-site navigation); counts were read from the page itself.');
  }
  const d = dataFresh ? data : undefined;
  const live = playerFresh && details?.isLive === true;
  const microformat = playerFresh ? rec(dig(player, 'microformat', 'playerMicroformatRenderer')) : undefined;
  const dom = watchDom(doc, id, locale, notes);

  // Views: videoDetails.viewCount is the exact total; the primary info renderer shows "1.077.715 visualizaciones".
  const primary = d ? rec(findFirst(d, (o) => isRecord(o.videoPrimaryInfoRenderer))?.videoPrimaryInfoRenderer) : undefined;
  const viewRenderer = rec(dig(primary, 'viewCount', 'videoViewCountRenderer'));
  const views = live
    ? undefined
    : bestCount(
        playerFresh ? countFromNumber(details?.viewCount, 'embedded-json') : undefined,
        countFromNumber(microformat?.viewCount, 'embedded-json'),
        viewRenderer && viewRenderer.isLive !== true ? textCount(viewRenderer.viewCount, 'embedded-json', locale) : undefined,
        viewFactoid(d, locale),
        dom?.views,
      );
  if (live) notes.push('This is a live stream: its viewer count is not a view count, so views were left out.');

  const like = likeButton(d, locale);
  const comments = bestCount(commentCount(d, locale), dom?.comments);
  const owner = d ? rec(findFirst(d, (o) => isRecord(o.videoOwnerRenderer))?.videoOwnerRenderer) : undefined;
  const ownerUrl = str(dig(owner, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')) ?? str(microformat?.ownerProfileUrl);

  const likes = like.count ?? dom?.likes;
  const post: Post = compact({
    id,
    url: shorts ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
    views,
    likes,
    likesHidden: !likes && (like.hidden || dom?.likesHidden) ? true : undefined,
    comments,
    postedAt: str(microformat?.publishDate) ?? str(microformat?.uploadDate),
  });
  const handle =
    handleFromUrl(ownerUrl) ??
    dom?.handle ??
    str(dig(owner, 'navigationEndpoint', 'browseEndpoint', 'browseId')) ??
    (playerFresh ? str(details?.channelId) : undefined);
  // Counts that cannot be tied to a channel would be scored against no audience and mixed into no history.
  if (!handle) return null;
  const profile: Profile = compact({
    handle,
    name: ytText(dig(owner, 'title')) || (playerFresh ? str(details?.author) : undefined) || dom?.name,
    verified: owner ? verifiedBadge(owner.badges) : undefined,
    // Owner line: "4,69 M de suscriptores" (label: "4,69 millones de suscriptores").
    followers: bestCount(textCount(owner?.subscriberCountText, 'embedded-json', locale), dom?.subscribers),
  });

  if (!post.views && !post.likes && !post.comments && !profile.followers) return null;
  if (!post.views && !live) notes.push('Could not read the view count.');
  if (!post.likes) notes.push(post.likesHidden ? 'The channel hides this video\'s like count.' : 'Could not read the like count.');
  if (!post.comments) notes.push('Could not read the comment count (comments may be off, or not loaded yet).');
  if (!profile.followers && !shorts) notes.push('Could not read the channel\'s subscriber count.');
  return snapshot('youtube', url, 'post', profile, [post], notes);
}

/**
 * The like button: the view model since 2023 (`title` "7,3 K" beside iconName LIKE), the toggle
 * button renderer before it (label "7,373 likes"). A button without a number means hidden likes.
 * The displayed figure is used, not the "along with N other people" sentence, whose N excludes the
 * viewer's own like and whose wording changes by language.
 */
function likeButton(data: unknown, locale: string | undefined): { count?: Count; hidden?: boolean } {
  if (!data) return {};
  const root = dig(data, 'contents', 'twoColumnWatchNextResults', 'results') ?? data;
  const vm = findFirst(root, (o) => o.iconName === 'LIKE' && typeof o.title === 'string');
  if (vm) {
    const title = String(vm.title);
    const count = leadingCount(title, 'embedded-json', locale);
    return count ? { count } : { hidden: !/\d/.test(title) };
  }
  const old = findFirst(root, (o) => dig(o, 'defaultIcon', 'iconType') === 'LIKE');
  if (old) {
    const count = textCount(old.defaultText, 'embedded-json', locale);
    return count ? { count } : { hidden: !/\d/.test(ytText(old.defaultText)) };
  }
  // Shorts and the description panel: factoids "likes, views, date", likes first.
  const factoids = dig(findFirst(data, (o) => isRecord(o.videoDescriptionHeaderRenderer)), 'videoDescriptionHeaderRenderer', 'factoid');
  const first = Array.isArray(factoids) && factoids.some((f) => isRecord(f) && f.viewCountFactoidRenderer) ? rec(dig(factoids, 0, 'factoidRenderer')) : undefined;
  if (first) return { count: textCount(first.value, 'embedded-json', locale) };
  return {};
}

function viewFactoid(data: unknown, locale: string | undefined): Count | undefined {
  if (!data) return undefined;
  const f = findFirst(data, (o) => isRecord(o.viewCountFactoidRenderer));
  const inner = rec(dig(f, 'viewCountFactoidRenderer', 'factoid', 'factoidRenderer'));
  if (!inner) return undefined;
  return bestCount(leadingCount(str(inner.accessibilityText), 'embedded-json', locale), textCount(inner.value, 'embedded-json', locale));
}

// The comments panel is "comment-item-section" with target "engagement-panel-comments-section" (2024);
// Shorts name both "engagement-panel-comments-section".
const COMMENT_PANELS = new Set(['comment-item-section', 'engagement-panel-comments-section']);

/** The comment count: the entry point under the video ("1 K"), or the comments panel's header. */
function commentCount(data: unknown, locale: string | undefined): Count | undefined {
  if (!data) return undefined;
  const entry = findFirst(data, (o) => isRecord(o.commentsEntryPointHeaderRenderer));
  const fromEntry = textCount(dig(entry, 'commentsEntryPointHeaderRenderer', 'commentCount'), 'embedded-json', locale);
  if (fromEntry) return fromEntry;
  const panel = findFirst(
    data,
    (o) =>
      isRecord(o.engagementPanelSectionListRenderer) &&
      ['panelIdentifier', 'targetId'].some((k) =>
        COMMENT_PANELS.has(String(dig(o, 'engagementPanelSectionListRenderer', k))),
      ),
  );
  return textCount(dig(panel, 'engagementPanelSectionListRenderer', 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo'), 'embedded-json', locale);
}

interface WatchDom {
  views?: Count;
  likes?: Count;
  likesHidden?: boolean;
  comments?: Count;
  subscribers?: Count;
  name?: string;
  handle?: string;
}

/** Counts from the rendered watch page or active Short, when the page shows this video. */
function watchDom(doc: Document, id: string, locale: string | undefined, notes: string[]): WatchDom | undefined {
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

// ---------------------------------------------------------------------------------------------
// Channel page

function readChannel(doc: Document, url: string, key: ChannelKey): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const data = ytData(doc, 'ytInitialData');
  const fresh = data !== undefined && channelMatches(data, key, doc);
  if (data !== undefined && !fresh) {
    notes.push('The data embedded in the page describes another channel (in-site navigation); counts were read from the page itself.');
  }
  const d = fresh ? data : undefined;
  const meta = rec(dig(d, 'metadata', 'channelMetadataRenderer'));
  const c4 = rec(dig(d, 'header', 'c4TabbedHeaderRenderer'));
  const pageHeader = rec(dig(d, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel'));

  // 2023 header: named fields. 2024+ header: rows of parts ("@handle", "4,69 M de suscriptores • 6,8 K vídeos").
  const parts = pageHeader ? headerPartsFromJson(pageHeader) : [];
  const fromParts = classifyHeaderParts(parts, 'embedded-json', locale);
  const dom = channelDom(doc, key, locale);
  if (!activeBrowse(doc, key)) {
    notes.push('The channel page on screen could not be told apart from pages visited before; its header and videos were not read.');
  }

  const profile: Profile = compact({
    handle:
      handleFromUrl(str(meta?.vanityChannelUrl)) ||
      ytText(c4?.channelHandleText).replace(/^@/, '') ||
      fromParts.handle ||
      dom.handle ||
      key.value,
    name: str(meta?.title) ?? str(c4?.title) ?? (ytText(dig(pageHeader, 'title', 'dynamicTextViewModel', 'text')) || dom.name),
    verified: c4 ? verifiedBadge(c4.badges) : undefined,
    followers: bestCount(textCount(c4?.subscriberCountText, 'embedded-json', locale), fromParts.subscribers, dom.subscribers),
    posts: bestCount(textCount(c4?.videosCountText, 'embedded-json', locale), fromParts.videos, dom.videos),
  });
  if (fromParts.unclear) notes.push('A count in the channel header could not be told apart as subscribers or videos; it was left out.');

  let posts: Post[] = [];
  if (key.tab && UPLOAD_TABS.has(key.tab)) {
    posts = d ? gridFromJson(d, key.tab, locale) : [];
    if (!posts.length) posts = gridFromDom(doc, key, locale);
    if (!posts.length) notes.push('No videos with a view count were visible on this tab yet.');
  } else {
    notes.push('Open the channel\'s Videos or Shorts tab to read view counts of its videos.');
  }

  if (!profile.followers && !profile.posts && !posts.length) return null;
  if (!profile.followers) notes.push('Could not read the subscriber count (the channel may hide it).');
  if (!profile.posts) notes.push('Could not read the video count.');
  return snapshot('youtube', url, 'profile', profile, posts, notes);
}

/** True when ytInitialData is about the channel the URL names. */
function channelMatches(data: unknown, key: ChannelKey, doc: Document): boolean {
  const meta = rec(dig(data, 'metadata', 'channelMetadataRenderer'));
  const c4 = rec(dig(data, 'header', 'c4TabbedHeaderRenderer'));
  const ids = [meta?.externalId, c4?.channelId, dig(c4, 'navigationEndpoint', 'browseEndpoint', 'browseId')].map(str);
  const urls = [
    meta?.vanityChannelUrl,
    ...(Array.isArray(meta?.ownerUrls) ? meta.ownerUrls : []),
    meta?.channelUrl,
    dig(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'),
    ytText(c4?.channelHandleText),
    dig(data, 'microformat', 'microformatDataRenderer', 'urlCanonical'),
  ]
    .map(str)
    .filter((u): u is string => !!u)
    .map((u) => decodePathPart(u).toLowerCase());
  if (key.kind === 'id') return ids.includes(key.value);
  if (key.kind === 'handle') {
    const h = '@' + key.value.toLowerCase();
    return urls.some((u) => u === h || u.endsWith('/' + h));
  }
  // /c/ and /user/ URLs: the data names only the channel's current handle. Trust it when it names the
  // legacy path, or when the rendered header (if any) shows the same channel name.
  if (urls.some((u) => u.endsWith(key.path!.toLowerCase()))) return true;
  if (!activeBrowse(doc, key)) return false; // several pages on screen: nothing to check the data against
  const shown = channelDom(doc, key, undefined).name;
  return !shown || shown === str(meta?.title);
}

interface HeaderPart {
  text: string;
  label?: string;
}

function headerPartsFromJson(vm: Rec): HeaderPart[][] {
  const rows = dig(vm, 'metadata', 'contentMetadataViewModel', 'metadataRows');
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => {
    const parts = dig(row, 'metadataParts');
    return Array.isArray(parts)
      ? parts.map((p) => ({ text: ytText(dig(p, 'text')), label: str(dig(p, 'accessibilityLabel')) })).filter((p) => p.text)
      : [];
  });
}

// Words beside a channel header count, in YouTube's larger UI languages. Only used where a count
// stands alone in its row; two counts in a row are subscribers then videos, in every language.
const SUBSCRIBER_WORDS =
  /subscri|suscri|inscrit|abonn|abone|iscritt|subskryb|odběr|prenumer|tilaaj|feliratk|подпис|підпис|συνδρομ|מנוי|مشترك|مشترک|सदस्य|सब्सक्राइबर|ผู้ติดตาม|người đăng ký|pelanggan|登録者|订阅|訂閱|구독자/i;
const VIDEO_WORDS = /vid|видео|відео|βίντεο|動画|视频|視頻|影片|동영상|วิดีโอ|वीडियो|ویدیو|فيديو|סרטונים/i;

/** Subscribers and video count among header parts; `unclear` when a lone count has no telling word. */
function classifyHeaderParts(
  rows: HeaderPart[][],
  source: CountSource,
  locale: string | undefined,
): { handle?: string; subscribers?: Count; videos?: Count; unclear?: boolean } {
  const out: { handle?: string; subscribers?: Count; videos?: Count; unclear?: boolean } = {};
  for (const row of rows) {
    const counted: { part: HeaderPart; count: Count }[] = [];
    for (const part of row) {
      if (part.text.startsWith('@')) {
        out.handle ??= part.text.slice(1);
        continue;
      }
      const count = bestCount(leadingCount(part.label, source, locale), leadingCount(part.text, source, locale));
      if (count) counted.push({ part, count });
    }
    const words = (p: HeaderPart) => `${p.text} ${p.label ?? ''}`;
    if (counted.length === 2 && !VIDEO_WORDS.test(words(counted[0].part)) && !SUBSCRIBER_WORDS.test(words(counted[1].part))) {
      out.subscribers ??= counted[0].count;
      out.videos ??= counted[1].count;
    } else {
      for (const { part, count } of counted) {
        if (SUBSCRIBER_WORDS.test(words(part))) out.subscribers ??= count;
        else if (VIDEO_WORDS.test(words(part))) out.videos ??= count;
        else out.unclear = true;
      }
    }
  }
  return out;
}

/** The videos of the selected upload tab in ytInitialData, in grid order. */
function gridFromJson(data: unknown, tab: string, locale: string | undefined): Post[] {
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
function gridItem(o: Rec, locale: string | undefined): Post | undefined {
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

interface ChannelDom {
  name?: string;
  handle?: string;
  subscribers?: Count;
  videos?: Count;
}

/** The rendered channel header of the channel page on screen. */
function channelDom(doc: Document, key: ChannelKey, locale: string | undefined): ChannelDom {
  const root = activeBrowse(doc, key);
  if (!root) return {};
  // 2024+: <yt-page-header-view-model><h1>ONE Media</h1> ... <yt-content-metadata-view-model>
  //   rows "@OneMedia." and "4.69M subscribers • 6.8K videos" (parts split by a "•" delimiter span).
  const modern = root.querySelector('yt-page-header-view-model');
  if (modern) {
    const rowsEl = modern.querySelector('yt-content-metadata-view-model');
    const rows: HeaderPart[][] = rowsEl
      ? Array.from(rowsEl.children).map((row) =>
          textOf(row)
            .split(/\s*[•·]\s*/)
            .filter(Boolean)
            .map((text) => ({ text })),
        )
      : [];
    const parts = classifyHeaderParts(rows, 'text', locale);
    return compact({ name: textOf(modern.querySelector('h1')) || undefined, handle: parts.handle, subscribers: parts.subscribers, videos: parts.videos });
  }
  // 2022-2023: <ytd-c4-tabbed-header-renderer> with #channel-name, #channel-handle, #subscriber-count, #videos-count.
  const c4 = root.querySelector('ytd-c4-tabbed-header-renderer');
  if (!c4) return {};
  const sub = c4.querySelector('#subscriber-count');
  return compact({
    name: textOf(c4.querySelector('ytd-channel-name #text, #channel-name')) || undefined,
    handle: textOf(c4.querySelector('#channel-handle')).replace(/^@/, '') || undefined,
    subscribers: bestCount(leadingCount(sub?.getAttribute('aria-label'), 'aria', locale), leadingCount(textOf(sub), 'text', locale)),
    videos: leadingCount(textOf(c4.querySelector('#videos-count')), 'text', locale),
  });
}

/** Video cards of the rendered grid (Videos, Shorts, Live tabs). */
function gridFromDom(doc: Document, key: ChannelKey, locale: string | undefined): Post[] {
  const root = activeBrowse(doc, key);
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
 * premiere, all numbers too. So the first part is read when:
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

// Words of YouTube's "N views" in its larger UI languages ("1,2 M de visualizaciones", "12万 回視聴",
// "조회수 12만회", "1,2 млн просмотров").
const VIEW_WORDS =
  /\bviews?\b|visualiza|\bvistas\b|\bvues\b|aufrufe|weergaven|wyświetle|просмотр|перегляд|görüntüleme|lượt xem|ditonton|tayangan|visninger|visningar|katselukert|zhlédnutí|zobrazení|megtekintés|προβολ|vizionăr|צפיות|مشاهدة|बार देखा|回視聴|次观看|次觀看|觀看次數|조회수|การดู/i;
/** A views word right after the number ("1.234 visualizaciones", "8,455 回視聴", "1.234 x ditonton"). */
const VIEW_WORD_FIRST = new RegExp(`^(?:(?:de|x|kali)\\s+)?(?:${VIEW_WORDS.source})`, 'i');
// Words of live streams' watchers and premieres' waiting people ("312 watching", "312 人が視聴中",
// "1 234 зрителя"): never views. Checked before VIEW_WORDS ("視聴中" holds "視聴").
const LIVE_WORDS =
  /watching|waiting|\bviewers\b|viendo|esperando|espectador|assistindo|aguardando|regardent|spectateurs|en attente|zuschauer|warten|wartend|guardando|in attesa|spettator|kijken|wachten|oglądając|czeka|смотрят|зрител|ожида|дивляться|глядач|очіку|izliyor|bekliyor|đang xem|đang chờ|menonton|menunggu|視聴中|待機中|시청 ?중|대기 ?중|正在观看|正在觀看|等待|ผู้ชม|กำลังดู|देख रहे|يشاهد|ينتظر|צופים|ממתינים|tittar|venter|väntar|katsoo|odottaa|sleduj|nézi|παρακολουθ|vizionează|a[șş]teapt/i;
// Relative dates: "3 days ago", "hace 3 días", "vor 3 Tagen", "il y a 3 jours", "2 日前", "3일 전", "3天前".
const AGO_WORDS = new RegExp(
  '(?<!\\p{L})(?:ago|hace|vor|il y a|há|fa|geleden|temu|назад|тому|önce|lalu|trước|sedan|siden|sitten|před|ezelőtt|πριν|în urmă|לפני|منذ|पहले)(?!\\p{L})' +
    '|\\d\\s*(?:日|か月|年|時間|分|秒|週間)前|\\d\\s*(?:일|개월|년|시간|분|초|주)\\s*전|\\d\\s*(?:天|个月|個月|年|小时|小時|分钟|分鐘|秒|周|週)前',
  'iu',
);

/**
 * The channel browse page on screen. YouTube keeps visited pages in the DOM, hidden: a hidden
 * <ytd-browse> is never read, nor one of another kind of page (home, search), nor one whose header
 * shows another channel's handle. Null when the page on screen cannot be told apart (nothing is read).
 */
function activeBrowse(doc: Document, key: ChannelKey | undefined): ParentNode | null {
  const browses = Array.from(doc.querySelectorAll('ytd-browse'));
  // Server-rendered and older pages have no <ytd-browse>: one page, whose header must not name another channel.
  if (!browses.length) return headerNamesOther(doc, key) ? null : doc;
  const shown = browses.filter((b) => !b.hasAttribute('hidden') && !headerNamesOther(b, key));
  const channels = shown.filter((b) => b.getAttribute('page-subtype') === 'channels');
  const candidates = channels.length ? channels : shown.filter((b) => !b.getAttribute('page-subtype'));
  return candidates.length === 1 ? candidates[0] : null;
}

/** True when a channel header under root shows a handle and it is not the URL's. */
function headerNamesOther(root: ParentNode, key: ChannelKey | undefined): boolean {
  if (key?.kind !== 'handle') return false;
  const header = root.querySelector('yt-page-header-view-model yt-content-metadata-view-model, ytd-c4-tabbed-header-renderer #channel-handle');
  const handle = /@([^\s•·]+)/.exec(textOf(header))?.[1];
  const norm = (h: string) => h.normalize('NFC').toLowerCase();
  return !!handle && norm(handle) !== norm(key.value);
}

// ---------------------------------------------------------------------------------------------
// Helpers for YouTube's JSON

/**
 * `ytInitialData` / `ytInitialPlayerResponse`: an object literal on the desktop site; on m.youtube.com
 * a JSON string with \x escapes (`var ytInitialData = '\x7b\x22...'`).
 */
function ytData(doc: Document, name: string): unknown {
  const literal = assignedJson(doc, name);
  if (literal !== undefined) return literal;
  const pattern = new RegExp(`${name}\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'`);
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes(name)) continue;
    const value = memoScript(script, `escaped:${name}`, text, (text) => {
      const m = pattern.exec(text);
      if (!m) return undefined;
      const json = m[1].replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)/g, (_, x, u, c) =>
        x ? String.fromCharCode(parseInt(x, 16)) : u ? String.fromCharCode(parseInt(u, 16)) : c,
      );
      return parseJson(json);
    });
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The text of a YouTube text object: {simpleText}, {runs:[{text}]}, or an attributed string {content}. */
function ytText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (!isRecord(v)) return '';
  if (typeof v.simpleText === 'string') return v.simpleText;
  if (typeof v.content === 'string') return v.content;
  if (Array.isArray(v.runs)) return v.runs.map((r) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
  return '';
}

/** A count from a YouTube text object, preferring its accessibility label ("4,69 millones de suscriptores"). */
function textCount(v: unknown, source: 'embedded-json', locale: string | undefined): Count | undefined {
  const label = str(dig(v, 'accessibility', 'accessibilityData', 'label')) ?? str(dig(v, 'accessibilityLabel'));
  return bestCount(leadingCount(label, source, locale), leadingCount(ytText(v), source, locale));
}

function verifiedBadge(badges: unknown): boolean | undefined {
  if (!Array.isArray(badges)) return undefined;
  return badges.some((b) => /VERIFIED/.test(String(dig(b, 'metadataBadgeRenderer', 'style') ?? '')));
}

/** "/@OneMedia.", "http://www.youtube.com/@OneMedia." -> "OneMedia." */
function handleFromUrl(u: string | null | undefined): string | undefined {
  const m = u ? /(?:^|\/)@([^/?#]+)/.exec(u) : null;
  return m ? decodePathPart(m[1]) : undefined;
}

/** Depth-first search for the first object the predicate accepts. */
function findFirst(root: unknown, pred: (o: Rec) => boolean): Rec | undefined {
  let found: Rec | undefined;
  walk(root, (o) => {
    if (!found && pred(o)) found = o;
    return !!found;
  });
  return found;
}

/** Visits every object under root, depth first; `visit` returning true skips that object's children. */
function walk(root: unknown, visit: (o: Rec) => boolean): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isRecord(node)) {
      if (visit(node)) continue;
      const values = Object.values(node);
      for (let i = values.length - 1; i >= 0; i--) if (typeof values[i] === 'object') stack.push(values[i]);
    }
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function rec(v: unknown): Rec | undefined {
  return isRecord(v) ? v : undefined;
}



// Tested on: https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA and
// https://www.youtube.com/watch?v=hwMkbaS_M_c (Spanish UI, saved 2024, ../shared/real-pages), and the
// fixtures in tests/fixtures/youtube (2024+ page header, Videos and Shorts tabs, rendered watch page, stale data).
