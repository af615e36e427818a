/**
 * One rendered Facebook post (desktop `role="article"`, 2021 mobile `<article>`): who wrote it,
 * its id, and the counts its footer shows. Reactions of every kind are `likes` (GUIDE section 3).
 */
import type { Count, Post } from '../../snapshot';
import { bestCount, compact, countInElement, textOf } from '../common';
import { countBesideWord, countLabel } from '../dom';
import { liveDataCounts } from './embedded';
import { linkNames } from './route';
import { SELECTORS, WORDS } from './words';

/** The post's own author link (not one inside a shared post or a comment). */
export function authorLink(article: Element): Element | undefined {
  return Array.from(article.querySelectorAll(SELECTORS.author.css)).find((a) => a.closest(SELECTORS.post.css) === article);
}

/** The post id the article names: a story/permalink, /posts/, /videos/, /reel/ link, or the mobile data-ft. */
export function articleId(article: Element): string | undefined {
  const ft = article.getAttribute('data-ft') ?? '';
  const fromFt = /"top_level_post_id":"(\d{5,25})"/.exec(ft)?.[1];
  if (fromFt) return fromFt;
  const fromStore = /top_level_post_id\.(\d{5,25})/.exec(article.getAttribute('data-store') ?? '')?.[1];
  if (fromStore) return fromStore;
  for (const a of Array.from(article.querySelectorAll('a[href]'))) {
    if (a.closest(SELECTORS.post.css) !== article) continue;
    const href = a.getAttribute('href') ?? '';
    const m =
      /[?&]story_fbid=(\d{5,25}|pfbid\w+)/.exec(href) ??
      /\/(?:posts|videos|reel)\/(\d{5,25}|pfbid\w+)/.exec(href) ??
      /[?&]v=(\d{5,25})/.exec(href);
    if (m) return m[1];
  }
  return undefined;
}

/** The counts shown in the article's footer, then its MLiveData record. */
export function articleCounts(doc: Document, article: Element, id: string | undefined, locale: string | undefined, notes: string[]): Omit<Post, 'id' | 'url'> {
  let likes: Count | undefined;
  let comments: Count | undefined;
  let shares: Count | undefined;
  let views: Count | undefined;
  for (const el of Array.from(article.querySelectorAll('[aria-label], span, a, div[data-sigil]'))) {
    // Only this post's footer: not a comment's, not a shared post's.
    if (el.closest(SELECTORS.post.css) !== article || el.children.length > 3) continue;
    const label = el.getAttribute('aria-label');
    if (!likes && label) {
      const reacted = countBesideWord(label, WORDS.reactions, 'aria', locale);
      // "560 left reactions including Like, Love and Care": the element's own text is the exact total.
      const shown = reacted && countInElement(el, 'aria', locale);
      if (reacted) likes = shown?.value === reacted.value ? shown : reacted;
    }
    if (el.children.length) continue;
    const text = textOf(el);
    if (!text || text.length > 60) continue;
    likes ??= countLabel(text, WORDS.reactions, 'text', locale);
    // "All reactions:" and its number in the next element (desktop).
    if (!likes && new RegExp(`^(?:${WORDS.reactions}):?$`, 'iu').test(text)) {
      likes = countInElement(el.nextElementSibling, 'text', locale);
    }
    comments ??= countLabel(text, WORDS.comments, 'text', locale);
    shares ??= countLabel(text, WORDS.shares, 'text', locale);
    views ??= countLabel(text, WORDS.views, 'text', locale);
  }
  const live = id ? liveDataCounts(doc, id) : undefined;
  if (live && likes && live.likes && likes.exact && live.likes.value !== likes.value) {
    notes.push(`Facebook's data counts ${live.likes.value} likes on one post where the page shows ${likes.value} reactions of all kinds: the reactions are used.`);
  }
  return compact({
    likes: bestCount(likes, live?.likes),
    comments: bestCount(comments, live?.comments),
    shares: bestCount(shares, live?.shares),
    views,
  });
}
