/**
 * A LinkedIn post page (/posts/..., /feed/update/urn:li:activity:ID): the post's reactions
 * (-> likes), comments and reposts (-> shares), and its author. The JSON-LD posting of guest pages
 * first, then the card on screen, each only for the activity id in the URL.
 */
import type { Snapshot } from '../../snapshot';
import { bestCount, compact, pageLocale, snapshot, textOf, type PageRoute } from '../common';
import { postingLd } from '../dom';
import { isShown } from '../common';
import { cardAuthor, cardCounts, cardId } from './card';
import { accountOf } from './route';
import { SELECTORS } from './words';

export function readPost(doc: Document, url: string, route: PageRoute): Snapshot | null {
  const postId = route.postId!;
  const locale = pageLocale(doc);
  const slug = new URL(url).pathname.split('/').filter(Boolean)[1];
  const ld = postingLd(doc, [postId, route.page === 'post' && slug ? slug : '']);
  const card = postCard(doc, postId);
  const shown = card ? cardCounts(card, locale) : {};
  const author = card ? cardAuthor(card) : undefined;
  const handle = route.handle ?? accountOf(author?.getAttribute('href')) ?? accountOf(ld?.authorUrl);
  if (!handle) return null;
  const post = compact({
    id: postId,
    url,
    likes: bestCount(ld?.likes, shown.likes),
    comments: bestCount(ld?.comments, shown.comments),
    shares: bestCount(ld?.shares, shown.shares),
  });
  if (!post.likes && !post.comments && !post.shares) return null;
  const profile = compact({ handle, name: ld?.authorName ?? (textOf(author) || undefined), followers: ld?.authorFollowers });
  return snapshot('linkedin', url, 'post', profile, [post]);
}

/** The shown card of `postId`, or the only shown top-level card when it names no id. */
export function postCard(doc: Document, postId: string): Element | undefined {
  const cards = Array.from(doc.querySelectorAll(SELECTORS.card.css)).filter((c) => !c.parentElement?.closest(SELECTORS.card.css) && isShown(c));
  return cards.find((c) => cardId(c) === postId) ?? (cards.length === 1 && !cardId(cards[0]) ? cards[0] : undefined);
}
