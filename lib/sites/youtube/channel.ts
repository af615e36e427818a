/** YouTube channel pages: the header (subscribers, videos) and the upload tabs' grids. */
import type { Count, CountSource, Post, Profile, Snapshot } from '../../snapshot';
import { bestCount, compact, decodePathPart, dig, isRecord, leadingCount, pageLocale, snapshot, textOf } from '../common';
import { bioLinkFrom } from '../links';
import { activeBrowse } from './browse';
import { gridFromDom, gridFromJson } from './grid';
import type { Rec } from './json';
import { dataNamesNoChannel, handleFromUrl, rec, str, textCount, verifiedBadge, ytData, ytText } from './json';
import type { ChannelKey } from './route';
import { UPLOAD_TABS } from './route';
import { SUBSCRIBER_WORDS, VIDEO_WORDS } from './words';

export function readChannel(doc: Document, url: string, key: ChannelKey): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  // The channel page on screen, found once for the whole read (header, grid, the data check).
  const root = activeBrowse(doc, key);
  // Data that names no channel is not parsed: it cannot be this one's (a /c/ or /user/ page may
  // still take it when its header shows no name, see channelMatches).
  const data = key.kind !== 'legacy' && dataNamesNoChannel(doc) ? NO_CHANNEL : ytData(doc, 'ytInitialData');
  const fresh = data !== undefined && data !== NO_CHANNEL && channelMatches(data, key, root);
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
  const dom = channelDom(root, locale);
  if (!root) {
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
    bioLink: headerLink(d),
  });
  if (fromParts.unclear) notes.push('A count in the channel header could not be told apart as subscribers or videos; it was left out.');

  let posts: Post[] = [];
  if (key.tab && UPLOAD_TABS.has(key.tab)) {
    posts = d ? gridFromJson(d, key.tab, locale) : [];
    if (!posts.length) posts = gridFromDom(root, locale);
    if (!posts.length) notes.push('No videos with a view count were visible on this tab yet.');
  } else {
    notes.push('Open the channel\'s Videos or Shorts tab to read view counts of its videos.');
  }

  if (!profile.followers && !profile.posts && !posts.length) return null;
  if (!profile.followers) notes.push('Could not read the subscriber count (the channel may hide it).');
  if (!profile.posts) notes.push('Could not read the video count.');
  return snapshot('youtube', url, 'profile', profile, posts, notes);
}

/** Stands for app data that names no channel (not parsed). */
const NO_CHANNEL = Symbol('no channel');

/** True when ytInitialData is about the channel the URL names. */
function channelMatches(data: unknown, key: ChannelKey, root: ParentNode | null): boolean {
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
  if (!root) return false; // several pages on screen: nothing to check the data against
  const shown = channelDom(root, undefined).name;
  return !shown || shown === str(meta?.title);
}

interface ChannelDom {
  name?: string;
  handle?: string;
  subscribers?: Count;
  videos?: Count;
}

/** The rendered channel header of the channel page on screen (`root`: activeBrowse's). */
function channelDom(root: ParentNode | null, locale: string | undefined): ChannelDom {
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

/**
 * The channel header's first link ("facebook.com/204568612956950 and 3 more links"): the app data's
 * `headerLinks` (2023: channelHeaderLinksRenderer, 2024: channelHeaderLinksViewModel) or the 2024
 * header's attribution, whose address goes through youtube.com/redirect?q=. Fresh app data only.
 */
function headerLink(data: unknown): string | undefined {
  const header = dig(data, 'header');
  if (!isRecord(header)) return undefined;
  let json: string;
  try {
    json = JSON.stringify(header);
  } catch {
    return undefined;
  }
  if (json.length > 2_000_000) return undefined;
  const m = /https:\/\/www\.youtube\.com\/redirect\?[^"\\]{1,3000}/.exec(json);
  return m ? bioLinkFrom(m[0]) : undefined;
}
