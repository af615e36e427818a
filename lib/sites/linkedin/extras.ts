/**
 * LinkedIn's evidence extras (GUIDE section 3): each own update's text as its caption, the label
 * LinkedIn prints under the author of paid content ("Promoted" on a sponsored update, "Brand
 * partnership" on a creator's branded post, in the interface language), and on a post page the
 * top-level comments shown under it.
 *
 * - Caption: the guest card's `data-test-id="main-feed-activity-card__commentary"`; in the
 *   logged-in app the card's own `dir="ltr"` text block (outside its actor block and comments).
 * - Comments, guest post page: each comment's author link is
 *   `a[data-tracking-control-name="public_post_comment_actor-name"]` in the comment's `section`
 *   (its text the `dir="ltr"` block there); replies are sections inside a comment's section. The
 *   logged-in app: `article[data-id^="urn:li:comment:"]`, replies nested in their comment's article.
 *   Author: the commenter's profile link (/in/NAME, /company/NAME), read as that slug. The author's
 *   own comments are answers to the audience: left out.
 * Structure from public scraper code (2024-2025) and ../shared/real-pages/linkedin_company_audiense.html.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { isShown } from '../common';
import { labelled, type PageExtras, type PostExtras } from '../extras';
import { labelElement, textWithout } from '../post-text';
import { postCard } from './post';
import { accountOf } from './route';
import { SELECTORS } from './words';

export const LINKEDIN_LABELS = [
  'Promoted', 'Brand partnership', 'Promocionado', 'Colaboración con marca', 'Promovido', 'Parceria de marca',
  'Sponsorisé', 'Partenariat de marque', 'Gesponsert', 'Markenpartnerschaft', 'Sponsorizzato', 'Partnership con brand',
];
const COMMENTS_MAX = 100;

/** A guest comment's section: the nearest section around its commenter's name link (pages wrap everything else in sections too). */
const isGuestComment = (el: Element) =>
  el.tagName === 'SECTION' && Array.from(el.querySelectorAll(SELECTORS.guestCommentAuthor.css)).some((a) => a.closest('section') === el);
const isComment = (el: Element) => el.matches(SELECTORS.appComment.css) || isGuestComment(el);

/** Whether `el` sits in a comment below `top` (exclusive). */
function inComment(el: Element, top: Element | null): boolean {
  for (let p = el.parentElement; p && p !== top; p = p.parentElement) if (isComment(p)) return true;
  return false;
}

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  const posts: (PostExtras | undefined)[] = snap.posts.map((p) => {
    const card = p.id ? postCard(doc, p.id) : undefined;
    if (!card) return undefined;
    const own = (el: Element) => el.closest(SELECTORS.card.css) === card && !inComment(el, card);
    const commentary =
      Array.from(card.querySelectorAll(SELECTORS.commentary.css)).find((el) => own(el) && isShown(el, card)) ??
      Array.from(card.querySelectorAll('[dir="ltr"]')).find((el) => own(el) && !el.closest(`${SELECTORS.author.css}, ${SELECTORS.actor.css}`) && isShown(el, card));
    const caption = commentary ? textWithout(commentary) : '';
    const label = labelElement(card, LINKEDIN_LABELS, (el) => own(el) && !el.closest(SELECTORS.commentary.css) && !el.matches('[dir="ltr"]'));
    const sponsorship = labelled(label ? (label.textContent ?? '').replace(/\s+/g, ' ').trim() : undefined);
    return caption || sponsorship ? { ...(caption ? { caption } : {}), ...(sponsorship ? { sponsorship } : {}) } : undefined;
  });
  const comments = snap.page === 'post' && snap.posts[0] ? pageComments(doc, snap.profile.handle.toLowerCase()) : [];
  return { posts, ...(comments.length ? { comments } : {}) };
}

/** Top-level comments on the post page, guest and logged-in layouts, in page order. */
function pageComments(doc: Document, owner: string): Comment[] {
  const out: Comment[] = [];
  const blocks = [
    ...Array.from(doc.querySelectorAll(SELECTORS.guestCommentAuthor.css)).map((a) => a.closest('section')),
    ...Array.from(doc.querySelectorAll(SELECTORS.appComment.css)),
  ].filter((el, i, all): el is Element => !!el && all.indexOf(el) === i);
  for (const block of blocks) {
    if (out.length >= COMMENTS_MAX) break;
    // A reply sits inside its comment's block.
    if (inComment(block, null) || !isShown(block)) continue;
    const author = Array.from(block.querySelectorAll('a[href]')).map((a) => accountOf(a.getAttribute('href'))).find(Boolean);
    if (!author || author === owner) continue;
    const words = Array.from(block.querySelectorAll('[dir="ltr"]')).filter((t) => !inComment(t, block) && !t.closest('a') && !t.querySelector('[dir="ltr"]'));
    const text = words.map((t) => textWithout(t)).join(' ').trim();
    if (text) out.push({ post: 0, author, text });
  }
  return out;
}
