/**
 * Twitch (www.twitch.tv): channel pages (followers, live viewers -> profile.liveViewers, the listed
 * VODs' and clips' views) and VOD and clip pages (views). Twitch shows no likes or comments: a
 * streamer's engagement is live viewers and views per follower (GUIDE section 3).
 */
import type { Post, Snapshot } from '../../snapshot';
import { bestCount, CAPPED_NOTE, compact, countInElement, decodePathPart, MAX_POSTS, pageLocale, parseUrl, snapshot, textOf, type PageRoute, type SiteAdapter } from '../common';
import { countBesideWord, countLabel, pathParts, postingLd, shownText } from '../dom';
import { firstShown, isShown } from '../common';
import { twitchSite } from '../list';
import { NOT_CHANNELS, SELECTORS, WORDS } from './words';
import { cardId, readExtras } from './extras';
import { bioLinkFrom } from '../links';

const STREAMER_NOTE = 'Twitch shows no likes or comments: engagement here is live viewers and views per follower.';

export const twitch: SiteAdapter = {
  platform: 'twitch',
  hosts: twitchSite.hosts,
  route,
  extras: readExtras,
  read(doc, url) {
    const u = parseUrl(url);
    const r = u && twitch.hosts.includes(u.hostname) ? route(u) : null;
    if (!u || !r) return null;
    return r.page === 'profile' ? readChannel(doc, u.href, r.handle!) : readVideo(doc, u.href, r);
  },
  badgeAnchor: (doc) => channelHeading(doc) ?? null,
};

function route(url: URL): PageRoute | null {
  const parts = pathParts(url.pathname).map(decodePathPart);
  const [first, second, third] = parts;
  if (first === 'videos' && second && /^\d{5,15}$/.test(second)) return { page: 'post', postId: `v${second}` };
  if (!first || !/^[A-Za-z0-9_]{3,25}$/.test(first) || NOT_CHANNELS.has(first.toLowerCase())) return null;
  const handle = first.toLowerCase();
  if (second === 'clip' && third && /^[A-Za-z0-9_-]{5,100}$/.test(third)) return { page: 'post', handle, postId: third };
  if (second === 'video' && third && /^\d{5,15}$/.test(third)) return { page: 'post', handle, postId: `v${third}` };
  return !second || ['videos', 'clips', 'about', 'schedule', 'home'].includes(second) ? { page: 'profile', handle } : null;
}

function readChannel(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [STREAMER_NOTE];
  const heading = channelHeading(doc);
  if (heading && textOf(heading).toLowerCase().replace(/\s/g, '') !== handle) {
    // The header still shows the channel opened before: none of its numbers is this channel's.
    return null;
  }
  const viewers = firstShown(doc, SELECTORS.liveViewers.css);
  const posts = cards(doc, handle, locale, notes);
  const profile = compact({
    handle,
    name: textOf(heading) || undefined,
    followers: shortLine(doc, WORDS.followers, locale),
    liveViewers: viewers ? countInElement(viewers, 'aria', locale) : undefined,
    bioLink: aboutLink(doc),
  });
  if (!profile.followers && !profile.liveViewers && !posts.length) return null;
  if (!profile.followers) notes.push('Could not read the followers count.');
  return snapshot('twitch', url, 'profile', profile, posts, notes);
}

/** VOD and clip cards of this channel, with the views on their thumbnails. */
function cards(doc: Document, handle: string, locale: string | undefined, notes: string[]): Post[] {
  const posts: Post[] = [];
  for (const card of Array.from(doc.querySelectorAll(SELECTORS.card.css))) {
    if (!isShown(card)) continue;
    const link = card.querySelector(SELECTORS.cardLink.css);
    const href = link?.getAttribute('href') ?? '';
    const id = cardId(card);
    if (!id) continue;
    // Owned when a clip's address or the card's channel links name this channel, and no other
    // (the channel page's shelves also recommend other channels' videos).
    const clipOwner = /^\/?([A-Za-z0-9_]+)\/clip\//.exec(href.replace(/^https:\/\/www\.twitch\.tv/, ''))?.[1]?.toLowerCase();
    const owners = new Set(
      Array.from(card.querySelectorAll('a[href]'))
        .filter((a) => a !== link)
        .map((a) => pathParts((a.getAttribute('href') ?? '').replace(/^https:\/\/www\.twitch\.tv/, ''))[0]?.toLowerCase())
        .filter((o): o is string => !!o && !NOT_CHANNELS.has(o)),
    );
    if (clipOwner ? clipOwner !== handle || [...owners].some((o) => o !== handle) : owners.size !== 1 || !owners.has(handle)) continue;
    if (posts.length === MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    let views;
    for (const el of Array.from(card.querySelectorAll('span, div, p'))) {
      if (el.children.length > 1) continue;
      views = countLabel(textOf(el), WORDS.views, 'text', locale);
      if (views) break;
    }
    posts.push(compact({ id, url: new URL(href, 'https://www.twitch.tv/').href, views }));
  }
  return posts;
}

function readVideo(doc: Document, url: string, r: PageRoute): Snapshot | null {
  const locale = pageLocale(doc);
  const postId = r.postId!;
  const ld = postingLd(doc, [postId.replace(/^v/, ''), postId]);
  const heading = channelHeading(doc);
  const handle = r.handle ?? channelOf(heading);
  if (!handle) return null;
  const views = bestCount(ld?.views, shortLine(doc, WORDS.views, locale));
  if (!views) return null;
  const profile = compact({ handle, name: textOf(heading) || ld?.authorName, followers: shortLine(doc, WORDS.followers, locale) });
  return snapshot('twitch', url, 'post', profile, [compact({ id: postId, url, views })], [STREAMER_NOTE]);
}

/**
 * The first outside link of the channel's About section (its social links come first, the panels'
 * images after them): the section is found by its heading's words ("About NAME"), the link after it.
 */
function aboutLink(doc: Document): string | undefined {
  const heading = Array.from(doc.querySelectorAll('h2, h3')).find((h) => new RegExp(`^(?:${WORDS.about})\\s`, 'iu').test(textOf(h)) && isShown(h));
  let box: Element | null | undefined = heading;
  for (let depth = 0; box && depth < 5; depth++, box = box.parentElement) {
    for (const a of Array.from(box.querySelectorAll('a[href]'))) {
      if (!(heading!.compareDocumentPosition(a) & 4) || a.closest(SELECTORS.card.css) || !isShown(a)) continue;
      const link = bioLinkFrom(a.getAttribute('href'), ['www.twitch.tv', 'twitch.tv', 'm.twitch.tv']);
      if (link) return link;
    }
  }
  return undefined;
}

/** The channel's name heading (an h1), when shown. */
function channelHeading(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll('h1')).find((h) => isShown(h) && textOf(h));
}

function channelOf(heading: Element | undefined): string | undefined {
  const href = heading?.closest('a[href]')?.getAttribute('href');
  const first = href ? pathParts(href.replace(/^https:\/\/www\.twitch\.tv/, ''))[0] : undefined;
  return first && /^[A-Za-z0-9_]{3,25}$/.test(first) ? first.toLowerCase() : undefined;
}

/** A count on a short shown line outside the cards: "1.2M followers", "12,345 views". */
function shortLine(doc: Document, words: string, locale: string | undefined) {
  let seen = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('p, span, div, a') ?? [])) {
    if (++seen > 4000) break;
    if (el.children.length > 2 || el.closest(SELECTORS.card.css)) continue;
    const text = shownText(el);
    if (!text || text.length > 50) continue;
    const count = countBesideWord(text, words, 'text', locale);
    if (count) return count;
  }
  return undefined;
}
