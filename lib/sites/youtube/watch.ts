/** YouTube's watch page and Shorts: views, likes, comments and the channel, from the app state first. */
import type { Count, Post, Profile, Snapshot } from '../../snapshot';
import { bestCount, compact, countFromNumber, dig, findFirst, isRecord, leadingCount, pageLocale, snapshot } from '../common';
import { handleFromUrl, rec, str, textCount, verifiedBadge, ytData, ytText } from './json';
import { watchDom } from './watch-dom';
import { youtubeExtras } from './extras';

export function readVideo(doc: Document, url: string, id: string, shorts = false): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const player = ytData(doc, 'ytInitialPlayerResponse');
  const data = ytData(doc, 'ytInitialData');
  const details = rec(dig(player, 'videoDetails'));
  const dom = watchDom(doc, id, locale, notes);
  // While the page is still changing videos, what it shows is another video's: the app state for the
  // address is not mixed in, and the counts are reported under the id of the video they belong to.
  const changing = dom?.shownId !== undefined;
  const postId = dom?.shownId ?? id;
  const playerFresh = !changing && details?.videoId === id;
  const dataId = dig(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId') ?? dig(data, 'currentVideoEndpoint', 'reelWatchEndpoint', 'videoId');
  const dataFresh = !changing && dataId === id;
  if (!changing && ((details && !playerFresh) || (data && dataId !== undefined && !dataFresh))) {
    notes.push('The data embedded in the page describes an earlier video (in-site navigation); counts were read from the page itself.');
  }
  const d = dataFresh ? data : undefined;
  const live = playerFresh && details?.isLive === true;
  const microformat = playerFresh ? rec(dig(player, 'microformat', 'playerMicroformatRenderer')) : undefined;

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
    id: postId,
    url: shorts ? `https://www.youtube.com/shorts/${postId}` : `https://www.youtube.com/watch?v=${postId}`,
    views,
    likes,
    likesHidden: !likes && (like.hidden || dom?.likesHidden) ? true : undefined,
    comments,
    postedAt: str(microformat?.publishDate) ?? str(microformat?.uploadDate),
  });
  // Description, paid-promotion label and visible comments (lib/sites/youtube/extras.ts): rendered
  // parts only when the info on screen is this video's.
  const extras = youtubeExtras(doc, player, playerFresh, dom !== undefined && !changing, locale);
  if (extras.caption) post.caption = extras.caption;
  if (extras.sponsorship) post.sponsorship = extras.sponsorship;
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
  const snap = snapshot('youtube', url, 'post', profile, [post], notes);
  if (extras.comments) snap.comments = extras.comments;
  return snap;
}

/**
 * The like button: the view model since 2023 (`title` "7,3 K" beside iconName LIKE), the toggle
 * button renderer before it (label "7,373 likes"). A button without a number means hidden likes.
 * The displayed figure is used, not the "along with N other people" sentence, whose N excludes the
 * viewer's own like and whose wording changes by language.
 */
export function likeButton(data: unknown, locale: string | undefined): { count?: Count; hidden?: boolean } {
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
export function commentCount(data: unknown, locale: string | undefined): Count | undefined {
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
