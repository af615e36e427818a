/**
 * Twitch's evidence extras (GUIDE section 3): the titles of the channel's VODs and clips (and a VOD
 * page's title and description) as captions, so the sponsorship check reads "#ad", "#sponsored",
 * "sponsored by", discount codes and links in them.
 *
 * What Twitch does not show, so is not read:
 * - a per-video disclosure label: Twitch's "Branded Content" checkbox (2023) puts a paid-promotion
 *   notice on the live player, which is not a post here; VOD and clip cards carry no label;
 * - comments: Twitch has chat, not comments, and VODs keep none;
 * - a followers list: Twitch stopped showing anyone's followers publicly in 2023 (its API lists
 *   them only to the broadcaster and moderators), so there is no followers-list reader.
 */
import type { Snapshot } from '../../snapshot';
import { isShown, jsonLdObjects, textOf } from '../common';
import type { PageExtras, PostExtras } from '../extras';
import { SELECTORS } from './words';

/** A card's VOD ("v" + number) or clip id, from its thumbnail link. */
export function cardId(card: Element): string | undefined {
  const href = card.querySelector(SELECTORS.cardLink.css)?.getAttribute('href') ?? '';
  const vod = /\/videos\/(\d{5,15})/.exec(href)?.[1];
  return vod ? `v${vod}` : /\/clip\/([A-Za-z0-9_-]{5,100})/.exec(href)?.[1];
}

/** A card's title: the heading's full title attribute (long titles are cut on screen), else its text. */
function cardTitle(card: Element): string {
  const heading = card.querySelector(SELECTORS.cardTitle.css);
  return (heading?.getAttribute('title') ?? '').trim() || textOf(heading);
}

/** The VideoObject of a VOD page whose URL names `postId` ("v123" or a clip slug). */
function videoTitle(doc: Document, postId: string): string {
  const id = postId.replace(/^v/, '');
  for (const obj of jsonLdObjects(doc)) {
    const url = typeof obj.url === 'string' ? obj.url : '';
    if (obj['@type'] !== 'VideoObject' || !url.includes(id)) continue;
    return [obj.name, obj.description].filter((t): t is string => typeof t === 'string' && !!t.trim()).join(' — ');
  }
  return '';
}

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  if (snap.page === 'post') {
    const caption = snap.posts[0]?.id ? videoTitle(doc, snap.posts[0].id) : '';
    return caption ? { posts: [{ caption }] } : {};
  }
  const titles = new Map<string, string>();
  for (const card of Array.from(doc.querySelectorAll(SELECTORS.card.css))) {
    const id = cardId(card);
    if (id && !titles.has(id) && isShown(card)) titles.set(id, cardTitle(card));
  }
  const posts: (PostExtras | undefined)[] = snap.posts.map((p) => {
    const caption = p.id ? titles.get(p.id) : undefined;
    return caption ? { caption } : undefined;
  });
  return { posts };
}
