/**
 * X: tweet texts as captions (profile timeline and status page), the "Paid partnership" label
 * X prints on a post whose author turned it on, and on a status page the replies shown under the
 * post as its comments. `data-testid` hooks only (tweet, tweetText, User-Name), never classes.
 * A post is matched to `snap.posts` by its status id (`a[href*="/status/ID"]`); replies are the
 * tweets after the main one that are not the author's own thread.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { textOf } from '../common';
import { COMMENTS_MAX, labelInside, labelled, type PageExtras, type PostExtras } from '../extras';
import { timelineArticles } from './article';

export const PAID_LABELS = ['Paid partnership', 'Colaboración pagada', 'Partenariat rémunéré', 'Bezahlte Partnerschaft', 'Parceria paga'];

const statusId = (article: Element) => {
  for (const a of Array.from(article.querySelectorAll('a[href*="/status/"]'))) {
    const m = /\/status\/(\d+)/.exec(a.getAttribute('href') ?? '');
    if (m && a.querySelector('time')) return m[1];
  }
  return /\/status\/(\d+)/.exec(article.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? '')?.[1];
};
const authorOf = (article: Element) => {
  const href = article.querySelector('[data-testid="User-Name"] a[href^="/"]')?.getAttribute('href') ?? '';
  return /^\/([A-Za-z0-9_]{1,15})$/.exec(href)?.[1];
};

/**
 * Walks the shown posts in page order (./article.ts timelineArticles) and stops as soon as it has
 * what the report keeps: every post of `snap.posts` found, and on a status page up to COMMENTS_MAX
 * replies. A timeline scrolled to thousands of posts used to be read whole on every read (22 ms a
 * read at 2,000 posts, `npm run bench:hot` on the bench's flip profile).
 */
export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  const wanted = new Set(snap.posts.map((p) => p.id).filter((id): id is string => !!id));
  const byId = new Map<string, Element>();
  const comments: Comment[] = [];
  const mainId = snap.page === 'post' ? snap.posts[0]?.id : undefined;
  const owner = snap.profile.handle.toLowerCase();
  let afterMain = false;
  for (const a of timelineArticles(doc)) {
    const id = statusId(a);
    if (id && wanted.has(id) && !byId.has(id)) byId.set(id, a);
    if (mainId) {
      if (id === mainId && byId.get(id) === a) afterMain = true;
      else if (afterMain) {
        const author = authorOf(a);
        const text = textOf(a.querySelector('[data-testid="tweetText"]'));
        // The author's own thread continues the post; it is not a comment.
        if (author && text && author.toLowerCase() !== owner) comments.push({ post: 0, author, text });
      }
    }
    if (byId.size === wanted.size && (!mainId || comments.length >= COMMENTS_MAX)) break;
  }
  const posts: (PostExtras | undefined)[] = snap.posts.map((p) => {
    const a = p.id ? byId.get(p.id) : undefined;
    if (!a) return undefined;
    const caption = textOf(a.querySelector('[data-testid="tweetText"]')) || undefined;
    return { caption, sponsorship: labelled(labelInside(a, PAID_LABELS, 'span')) };
  });
  return { posts, ...(comments.length ? { comments } : {}) };
}
