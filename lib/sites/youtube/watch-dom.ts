/**
 * The rendered watch page: what a content script sees after in-site navigation, when the app state
 * in the HTML describes an earlier video or is gone. Three layouts, all read by element names and ids
 * (never class names), each only where it is shown (`isShown`: YouTube keeps the renderers of the
 * layout it no longer uses in the page, hidden):
 * - 2023+: <ytd-watch-metadata video-id="ID"> with <like-button-view-model>, <ytd-watch-info-text>;
 * - 2022: <ytd-video-primary-info-renderer> (views, like toggle) beside
 *   <ytd-video-secondary-info-renderer> (owner, subscribers);
 * - 2022 trial: <ytd-watch-metadata> without an id, holding the 2022 toggle buttons and owner.
 * Selectors and the pages they were checked on: ./selectors.ts.
 */
import type { Count } from '../../snapshot';
import { bestCount, decodePathPart, firstShown, isRecord, isShown, leadingCount, parseJson, textOf } from '../common';
import { handleFromUrl } from './json';
import { WATCH } from './selectors';
import { VIEW_WORDS } from './words';

interface WatchDom {
  views?: Count;
  likes?: Count;
  likesHidden?: boolean;
  comments?: Count;
  subscribers?: Count;
  name?: string;
  handle?: string;
  /** The video the rendered info names when it is not the URL's (the page is still changing videos). */
  shownId?: string;
}

type Locale = string | undefined;

/** Counts from the rendered watch page or active Short; undefined when the info shown is another video's. */
export function watchDom(doc: Document, id: string, locale: Locale, notes: string[]): WatchDom | undefined {
  const reel = doc.querySelector(WATCH.activeReel.css) ?? undefined;
  const flexy = reel ? undefined : firstShown(doc, WATCH.flexy.css);
  const root: Element | undefined = reel ?? flexy ?? doc.documentElement ?? undefined;
  if (!root) return undefined;
  const info = infoOnScreen(root);
  // <ytd-watch-metadata video-id="ID"> (2023+) names the video its counts belong to: another id is
  // the previous video's info, still on screen while the new one loads.
  const infoId = info?.getAttribute('video-id');
  if (infoId && infoId !== id) {
    notes.push('The page still shows the previous video; its counts were not used.');
    return undefined;
  }
  // Without an info block on screen, only a Short's own controls are read: nothing hidden or stale.
  const scope = info ?? reel;
  const views = scope && viewCount(scope, locale);
  // The 2022 info renderer has no id: the player's microformat (JSON-LD the page keeps beside it, one
  // response with the info) must agree with the views it shows, or the info is another video's.
  const micro = info?.localName === 'ytd-video-primary-info-renderer' ? microformat(root) : undefined;
  if (micro?.views !== undefined && views?.exact && views.value !== micro.views) {
    notes.push('The page shows counts of two different videos; none were used.');
    return undefined;
  }
  const owner = ownerOnScreen(root, info);
  const channelLink = owner?.querySelector(WATCH.channelLink.css) ?? reel?.querySelector(WATCH.channelLink.css);
  const likes = scope ? likeCount(scope, locale) : {};
  const out: WatchDom = {
    views,
    likes: likes.count,
    likesHidden: likes.hidden,
    comments: bestCount(
      leadingCount(textOf(firstShown(root, WATCH.commentsHeader.css)), 'text', locale),
      reel ? leadingCount(textOf(reel.querySelector(WATCH.reelComments.css)), 'text', locale) : undefined,
    ),
    subscribers: owner && subscriberCount(owner, locale),
    name: textOf(channelLink) || undefined,
    handle: channelKey(channelLink?.getAttribute('href')),
  };
  // 2022: the info renderers have no id of their own, and YouTube rewrites them a moment after the
  // address changes. The watch element's video-id then names the video whose counts are shown
  // (seen in real pages: the previous video's title, counts and embedded microformat, all one video).
  // Those counts are reported as that video's, never as the address's.
  const flexyId = flexy?.getAttribute('video-id') ?? micro?.id;
  if (!infoId && flexyId && flexyId !== id && /^[\w-]{11}$/.test(flexyId)) {
    out.shownId = flexyId;
    notes.push(`The page was still changing videos: the counts shown are those of video ${flexyId}, and are reported as that video's.`);
  }
  return out;
}

/** Where the badge goes on a watch page or Short: the channel name on screen. */
export function channelNameOnScreen(doc: Document): Element | null {
  const reel = doc.querySelector(WATCH.activeReel.css);
  if (reel) return reel.querySelector(WATCH.reelChannelName.css);
  const root = firstShown(doc, WATCH.flexy.css) ?? doc.documentElement;
  if (!root) return null;
  const owner = ownerOnScreen(root, infoOnScreen(root));
  return owner?.querySelector('ytd-channel-name') ?? null;
}

/**
 * The info block on screen: the 2023+ metadata element before the 2022 primary info renderer, which
 * YouTube may leave beside it, shown, from the previous video.
 */
function infoOnScreen(root: Element): Element | undefined {
  for (const selector of [WATCH.infoMetadata.css, WATCH.infoPrimary.css]) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      // An empty, never-upgraded <ytd-watch-metadata> stands in 2022 pages beside the real info.
      if (isShown(el, root) && el.querySelector('*')) return el;
    }
  }
  return undefined;
}

/**
 * The owner block on screen: inside the metadata element when that is the info on screen (2023+ and
 * the 2022 trial: a 2022 owner beside it is the previous video's), else the 2022 secondary renderer's.
 * Two shown owner blocks naming different channels cannot be told apart: neither is read.
 */
function ownerOnScreen(root: Element, info: Element | undefined): Element | undefined {
  const inMetadata = info?.localName === 'ytd-watch-metadata';
  const owners = Array.from((inMetadata ? info : root).querySelectorAll(inMetadata ? WATCH.owner.css : WATCH.secondaryOwner.css)).filter((o) =>
    isShown(o, root),
  );
  const channels = new Set(owners.map((o) => o.querySelector(WATCH.channelLink.css)?.getAttribute('href') ?? ''));
  return channels.size === 1 ? owners[0] : undefined;
}

/** The player's microformat in the rendered page: the video it describes and its exact views. */
function microformat(root: Element): { id?: string; views?: number } | undefined {
  const script = root.querySelector(WATCH.microformat.css);
  const ld = script ? parseJson(script.textContent ?? '') : undefined;
  if (!isRecord(ld)) return undefined;
  const id = /\/embed\/([\w-]{11})/.exec(String(ld.embedUrl ?? ''))?.[1];
  const n = Number(ld.interactionCount);
  return { id, views: Number.isSafeInteger(n) && n >= 0 && ld.interactionCount !== '' ? n : undefined };
}

/** "1,077,715 views" (label, exact) before "1.07M views" (visible): exact beats rounded. */
function viewCount(scope: Element, locale: Locale): Count | undefined {
  const labelled = scope.querySelector(WATCH.viewCountLabelled.css);
  const fromLabel = labelled ? viewsIn(labelled.getAttribute('aria-label'), 'aria', locale) : undefined;
  // 2022: <ytd-video-view-count-renderer><span>11,032 views</span><span>11K views</span>.
  const spans = Array.from(scope.querySelectorAll(WATCH.viewCountSpans.css))
    .filter((span) => isShown(span, scope))
    .map((span) => viewsIn(textOf(span), 'text', locale));
  // The description's first line: "196 992 vues • 6 août 2021" (2022 trial, 2023+ expanded).
  const snippet = scope.querySelector(WATCH.descriptionFirstPart.css);
  return bestCount(fromLabel, ...spans, viewsIn(textOf(snippet), 'text', locale));
}

/** A views count only where a views word says so: a description may start with any number. */
function viewsIn(text: string | null | undefined, source: 'aria' | 'text', locale: Locale): Count | undefined {
  if (!text || !VIEW_WORDS.test(text)) return undefined;
  return leadingCount(text, source, locale);
}

/**
 * The like button. Its count's label holds the exact count ("846 likes", "1,022,656 “Me gusta”",
 * "14 „Mag ich“-Bewertungen"), its visible text the rounded one ("1 M"). The button's own label
 * "like this video along with 845 other people" is never read: its number is one off the count
 * (real pages show "99 autres" beside "100"), and a wrong number is worse than a rounded one.
 * A like control with no number in it means the channel hides the count.
 */
function likeCount(scope: Element, locale: Locale): { count?: Count; hidden?: boolean } {
  const toggle = scope.querySelector(WATCH.likeToggle.css);
  if (toggle) {
    const text = toggle.querySelector(WATCH.likeToggleText.css);
    // No count element at all says nothing, not that likes are hidden.
    if (!text) return {};
    const label = text.getAttribute('aria-label');
    const count = leadingCount(label, 'aria', locale) ?? leadingCount(textOf(text), 'text', locale);
    return count ? { count } : { hidden: !/\d/.test(`${textOf(text)} ${label ?? ''}`) || undefined };
  }
  // 2023+: <like-button-view-model><button aria-label="like this video along with 7,373 other people">7.3K</button>;
  // Shorts: <ytd-like-button-renderer id="like-button"><button aria-label="..."></button><div><span>3.4K</span>.
  const button = scope.querySelector(WATCH.likeButton.css);
  if (!button) return {};
  const visible = textOf(button.closest(WATCH.likeHolder.css) ?? button);
  const count = leadingCount(visible, 'text', locale);
  return count ? { count } : { hidden: !/\d/.test(visible) || undefined };
}

/** "<yt-formatted-string id="owner-sub-count" aria-label="4.09 millones de suscriptores">4.09 M de suscriptores". */
function subscriberCount(scope: Element, locale: Locale): Count | undefined {
  const el = scope.querySelector(WATCH.subscribers.css);
  if (!el || !isShown(el, scope)) return undefined;
  return bestCount(leadingCount(el.getAttribute('aria-label'), 'aria', locale), leadingCount(textOf(el), 'text', locale));
}

/**
 * The channel key of an owner link, as channel pages' routes name it: "/@handle" -> "handle",
 * "/channel/UC..." -> the id, "/c/name" and "/user/name" -> the name (2022 pages link these).
 */
export function channelKey(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const handle = handleFromUrl(href);
  if (handle) return handle;
  const m = /(?:^|youtube\.com)\/(?:channel\/(UC[\w-]{22})|(?:c|user)\/([^/?#]+))/.exec(href);
  return m?.[1] ?? (m?.[2] ? decodePathPart(m[2]) : undefined);
}

