/**
 * X: tweet texts as captions (profile timeline and status page), the "Paid partnership" label
 * X prints on a post whose author turned it on, and on a status page the replies shown under the
 * post as its comments. `data-testid` hooks only (tweet, tweetText, User-Name), never classes.
 * A post is matched to `snap.posts` by its status id (`a[href*="/status/ID"]`); replies are the
 * tweets after the main one that are not the author's own thread.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { isShown, textOf } from '../common';
import { labelInside, labelled, type PageExtras, type PostExtras } from '../extras';

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

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  const articles = Array.from(doc.querySelectorAll('article[data-testid="tweet"]')).filter((a) => isShown(a));
  const byId = new Map<string, Element>();
  for (const a of articles) {
    const id = statusId(a);
    if (id && !byId.has(id)) byId.set(id, a);
  }
  const posts: (PostExtras | undefined)[] = snap.posts.map((p) => {
    const a = p.id ? byId.get(p.id) : undefined;
    if (!a) return undefined;
    const caption = textOf(a.querySelector('[data-testid="tweetText"]')) || undefined;
    return { caption, sponsorship: labelled(labelInside(a, PAID_LABELS, 'span')) };
  });
  const comments: Comment[] = [];
  if (snap.page === 'post' && snap.posts[0]?.id) {
    const main = byId.get(snap.posts[0].id);
    const owner = snap.profile.handle.toLowerCase();
    let after = false;
    for (const a of articles) {
      if (a === main) {
        after = true;
        continue;
      }
      const author = authorOf(a);
      const text = textOf(a.querySelector('[data-testid="tweetText"]'));
      // The author's own thread continues the post; it is not a comment.
      if (!after || !author || !text || author.toLowerCase() === owner) continue;
      comments.push({ post: 0, author, text });
    }
  }
  return { posts, ...(comments.length ? { comments } : {}) };
}
