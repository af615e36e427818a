/**
 * One LinkedIn update card (guest or logged-in): its author, id, and reactions (all kinds ->
 * likes, GUIDE section 3), comments and reposts (-> shares).
 */
import type { Count, Post } from '../../snapshot';
import { bestCount, compact, countFromNumber, textOf } from '../common';
import { countBesideWord, countLabel } from '../dom';
import { accountOf } from './route';
import { SELECTORS, WORDS } from './words';

export function cardAuthor(card: Element): Element | undefined {
  return Array.from(card.querySelectorAll(SELECTORS.author.css)).find((a) => accountOf(a.getAttribute('href')) && textOf(a));
}

export function cardId(card: Element): string | undefined {
  const urn = card.getAttribute('data-activity-urn') ?? card.getAttribute('data-urn') ?? card.getAttribute('data-id') ?? '';
  return /urn:li:activity:(\d{15,25})/.exec(urn)?.[1];
}

/** A count kept in a data attribute of the card's own control (not a reshared card's). */
function attrCount(card: Element, selector: string, attr: string): Count | undefined {
  const el = Array.from(card.querySelectorAll(selector)).find((e) => e.closest(SELECTORS.card.css) === card);
  return el ? countFromNumber(el.getAttribute(attr), 'aria') : undefined;
}

export function cardCounts(card: Element, locale: string | undefined): Pick<Post, 'likes' | 'comments' | 'shares'> {
  let likes = attrCount(card, SELECTORS.reactions.css, 'data-num-reactions');
  let comments = attrCount(card, SELECTORS.comments.css, 'data-num-comments');
  let shares: Count | undefined;
  for (const el of Array.from(card.querySelectorAll('[aria-label], button, span, a'))) {
    if (el.closest(SELECTORS.card.css) !== card) continue;
    const label = el.getAttribute('aria-label');
    if (label) {
      // "33 Reactions", "45 comments on Audiense’s post", "12 reposts of Audiense’s post"
      likes ??= countBesideWord(label, WORDS.reactions, 'aria', locale);
      comments ??= countBesideWord(label, WORDS.comments, 'aria', locale);
      shares ??= countBesideWord(label, WORDS.reposts, 'aria', locale);
    }
    if (el.children.length) continue;
    const text = textOf(el);
    comments ??= countLabel(text, WORDS.comments, 'text', locale);
    shares ??= countLabel(text, WORDS.reposts, 'text', locale);
  }
  return compact({ likes: bestCount(likes), comments, shares });
}
