/**
 * Bluesky: post texts as captions (profile feed and thread) and, on a post page, the replies
 * shown as its comments. Bluesky has no paid-partnership label: disclosure is the caption's own
 * (#ad, ...). Hooks: `data-testid="feedItem-by-HANDLE"`, `postThreadItem-by-HANDLE`, `postText`.
 * A post is matched to `snap.posts` by the rkey in its `/post/RKEY` link; in a thread the main post
 * is the item whose link is the URL's, and the items after it that are not the author's are replies.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { isShown, parseUrl, textOf } from '../common';
import type { PageExtras, PostExtras } from '../extras';

const rkeyOf = (item: Element) => /\/post\/([\w]+)/.exec(item.querySelector('a[href*="/post/"]')?.getAttribute('href') ?? '')?.[1];

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  const items = Array.from(doc.querySelectorAll('[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]')).filter((el) => isShown(el));
  const urlKey = /\/post\/([\w]+)/.exec(parseUrl(snap.url)?.pathname ?? '')?.[1];
  const byKey = new Map<string, Element>();
  for (const el of items) {
    const k = rkeyOf(el);
    if (k && !byKey.has(k)) byKey.set(k, el);
  }
  const main = snap.page === 'post' ? items.find((el) => el.getAttribute('data-testid')?.startsWith('postThreadItem-by-') && (rkeyOf(el) === urlKey || !el.querySelector('a[href*="/post/"]'))) : undefined;
  const posts: (PostExtras | undefined)[] = snap.posts.map((p, i) => {
    const el = (p.id ? byKey.get(p.id) : undefined) ?? (i === 0 ? main : undefined);
    const caption = el ? textOf(el.querySelector('[data-testid="postText"]')) : '';
    return caption ? { caption } : undefined;
  });
  const comments: Comment[] = [];
  if (main) {
    const owner = snap.profile.handle.toLowerCase();
    for (const el of items.slice(items.indexOf(main) + 1)) {
      const author = el.getAttribute('data-testid')!.replace(/^postThreadItem-by-|^feedItem-by-/, '');
      const text = textOf(el.querySelector('[data-testid="postText"]'));
      if (!author || !text || author.toLowerCase() === owner) continue;
      comments.push({ post: 0, author, text });
    }
  }
  return { posts, ...(comments.length ? { comments } : {}) };
}
