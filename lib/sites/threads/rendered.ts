/**
 * Threads as rendered: the header's followers line, and each post found through its permalink
 * (/@HANDLE/post/CODE) with the counts beside its action icons. Only shown elements are read.
 */
import type { Count, Post } from '../../snapshot';
import { compact, countInElement, textOf } from '../common';
import { countBesideWord, shownText } from '../dom';
import { isShown } from '../common';
import { SELECTORS, WORDS } from './words';

/** "12.4K followers" (exact in a title where the page puts one) outside any post. */
export function headerFollowers(doc: Document, locale: string | undefined): Count | undefined {
  let seen = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('span, div, a') ?? [])) {
    if (++seen > 4000) break;
    if (el.children.length > 2) continue;
    const text = shownText(el);
    if (!text || text.length > 40) continue;
    const count = countBesideWord(text, WORDS.followers, 'text', locale);
    if (!count) continue;
    const exact = countInElement(el.querySelector('[title]'), 'text', locale);
    return exact?.exact && exact.min <= count.max && exact.max >= count.min ? { ...exact, raw: count.raw } : count;
  }
  return undefined;
}

const POST_LINK = /^\/@([^/]+)\/post\/([A-Za-z0-9_-]{5,40})\/?$/;

/** The shown posts of the page by permalink code, in page order, with their container. */
export function renderedPosts(doc: Document): { code: string; username: string; root: Element }[] {
  const seen = new Set<string>();
  const out: { code: string; username: string; root: Element }[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href*="/post/"]'))) {
    let path: string;
    try {
      path = new URL(a.getAttribute('href') ?? '', 'https://www.threads.com/').pathname;
    } catch {
      continue;
    }
    const m = POST_LINK.exec(path);
    if (!m || seen.has(m[2]) || !isShown(a)) continue;
    const root = postRoot(a, m[2]);
    if (!root) continue;
    seen.add(m[2]);
    out.push({ code: m[2], username: m[1], root });
  }
  return out;
}

/** The nearest ancestor holding this post's action icons and no other post's permalink. */
function postRoot(link: Element, code: string): Element | undefined {
  let el: Element | null = link.parentElement;
  for (let depth = 0; el && depth < 12; depth++, el = el.parentElement) {
    const others = Array.from(el.querySelectorAll('a[href*="/post/"]')).some((a) => !(a.getAttribute('href') ?? '').includes(`/post/${code}`));
    if (others) return undefined;
    if (el.querySelector(SELECTORS.actionIcon.css)) return el;
  }
  return undefined;
}

/** Likes and replies beside their icons. The repost count is not read: Threads' button also counts quotes. */
export function actionCounts(root: Element, locale: string | undefined): Pick<Post, 'likes' | 'comments'> {
  const out: Pick<Post, 'likes' | 'comments'> = {};
  for (const icon of Array.from(root.querySelectorAll(SELECTORS.actionIcon.css))) {
    const label = (icon.getAttribute('aria-label') ?? '').trim().toLowerCase();
    const button = icon.closest(SELECTORS.actionButton.css);
    if (!button || !root.contains(button)) continue;
    const count = countInElement(button, 'aria', locale);
    if (new RegExp(WORDS.like, 'iu').test(label)) out.likes ??= count;
    else if (new RegExp(WORDS.reply, 'iu').test(label)) out.comments ??= count;
  }
  return compact(out);
}

