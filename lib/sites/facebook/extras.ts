/**
 * Facebook's evidence extras (GUIDE section 3): each own post's text as its caption, the branded-content
 * label Facebook prints under the author ("Paid partnership"; "Sponsored" on a boosted post), and
 * on a post page the top-level comments shown under it.
 *
 * - Caption: the post's message block, `data-ad-preview="message"` / `data-ad-comet-preview="message"`
 *   (today's site), or the 2021 mobile site's story text `data-ft='{"tn":"*s"}'`.
 * - Comments, today's site: the `role="article"` blocks inside the post labelled "Comment by NAME"
 *   (in the interface language); replies ("Reply by NAME to ...") sit one list deeper and are left out.
 *   The 2021 mobile site: `data-sigil="comment"` blocks whose `data-commentid` names the post, the
 *   author in the line before the `comment-body`. Authors are display names: Facebook shows no handle.
 *   The account's own comments are its replies to the audience, not comments on it: left out.
 * Checked on ../shared/real-pages/fb_post_nintendo_mobile.html and tests/fixtures/facebook/evidence-comments-*.html.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { isShown, textOf } from '../common';
import { labelled, type PageExtras, type PostExtras } from '../extras';
import { labelElement, textWithout } from '../post-text';
import { postArticle } from './post';
import { linkNames } from './route';
import { SELECTORS } from './words';

export const FACEBOOK_LABELS = [
  'Paid partnership', 'Sponsored', 'Colaboración pagada', 'Publicidad', 'Parceria paga', 'Patrocinado',
  'Partenariat rémunéré', 'Sponsorisé', 'Bezahlte Partnerschaft', 'Gesponsert', 'Partnership retribuita', 'Sponsorizzato',
];
const REPLY_LABEL = /^(reply by|respuesta de|resposta de|réponse de|antwort von|risposta di)\b/i;
const COMMENTS_MAX = 100;

/** The post on screen: its article, or on the 2021 mobile post page the story block. */
function scopeOf(doc: Document, snap: Snapshot, id: string | undefined, index: number): Element | undefined {
  const article = id ? postArticle(doc, id) : undefined;
  if (article) return article;
  if (snap.page !== 'post' || index !== 0) return undefined;
  return Array.from(doc.querySelectorAll(SELECTORS.mobileStory.css)).find((el) => isShown(el));
}

/** Whether `el` belongs to the post itself, not to a comment or a shared post inside it. */
const ownedBy = (scope: Element) => (el: Element) => {
  const post = el.closest(SELECTORS.post.css);
  return (post === scope || (!post && scope.matches(SELECTORS.mobileStory.css))) && !el.closest(SELECTORS.mobileComment.css);
};

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  const posts: (PostExtras | undefined)[] = snap.posts.map((p, i) => {
    const scope = scopeOf(doc, snap, p.id, i);
    if (!scope) return undefined;
    const own = ownedBy(scope);
    const message = Array.from(scope.querySelectorAll(SELECTORS.message.css)).find((el) => own(el) && isShown(el, scope));
    const caption = message ? textWithout(message) : '';
    const label = labelElement(scope, FACEBOOK_LABELS, (el) => own(el) && !el.closest(SELECTORS.message.css));
    const sponsorship = labelled(label ? textOf(label) : undefined);
    return caption || sponsorship ? { ...(caption ? { caption } : {}), ...(sponsorship ? { sponsorship } : {}) } : undefined;
  });
  const first = snap.posts[0];
  const scope = snap.page === 'post' && first ? scopeOf(doc, snap, first.id, 0) : undefined;
  const comments = scope ? [...desktopComments(scope, snap.profile.handle), ...mobileComments(scope, first.id, snap.profile.name)].slice(0, COMMENTS_MAX) : [];
  return { posts, ...(comments.length ? { comments } : {}) };
}

/** Today's site: "Comment by NAME" articles one list deep inside the post; replies are deeper. */
function desktopComments(post: Element, handle: string): Comment[] {
  const out: Comment[] = [];
  for (const el of Array.from(post.querySelectorAll(SELECTORS.comment.css))) {
    if (el === post || !isShown(el, post) || REPLY_LABEL.test(el.getAttribute('aria-label') ?? '')) continue;
    // A reply's article sits in a list item inside the comment's list item.
    if (listDepth(el, post) > 1) continue;
    const author = Array.from(el.querySelectorAll('a[href]')).find((a) => textOf(a) && a.closest(SELECTORS.comment.css) === el);
    if (!author || linkNames(author.getAttribute('href'), handle)) continue;
    const words = Array.from(el.querySelectorAll('[dir="auto"]')).filter(
      (t) => !t.querySelector('[dir="auto"]') && !t.closest('a, button, [role="button"]') && t.closest(SELECTORS.comment.css) === el,
    );
    const text = words.map((t) => textWithout(t)).join(' ').trim();
    if (text) out.push({ post: 0, author: textOf(author), text });
  }
  return out;
}

function listDepth(el: Element, within: Element): number {
  let depth = 0;
  for (let p = el.parentElement; p && p !== within; p = p.parentElement) if (p.tagName === 'LI') depth++;
  return depth;
}

/** The 2021 mobile site: comment blocks naming this post, not nested in another comment. */
function mobileComments(scope: Element, postId: string | undefined, ownName: string | undefined): Comment[] {
  const out: Comment[] = [];
  for (const el of Array.from(scope.querySelectorAll(SELECTORS.mobileComment.css))) {
    if (el.parentElement?.closest(SELECTORS.mobileComment.css) || !isShown(el, scope)) continue;
    const body = el.querySelector(SELECTORS.mobileCommentBody.css);
    const id = body?.getAttribute('data-commentid') ?? '';
    if (!body || (postId && id && !id.startsWith(`${postId}_`))) continue;
    const author = textOf(body.previousElementSibling);
    const text = textWithout(body);
    if (author && text && author !== ownName) out.push({ post: 0, author, text });
  }
  return out;
}
