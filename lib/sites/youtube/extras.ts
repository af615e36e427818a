/**
 * YouTube watch page extras for the evidence sections (GUIDE section 3): the description as the
 * caption, the "Includes paid promotion" disclosure, and the visible top-level comments.
 *
 * - Disclosure: the player response's `paidContentOverlay` (its text is the label in the viewer's
 *   language); on the rendered page, the player's paid-promotion notice, whose link goes to YouTube's
 *   help page on paid product placements (`support.google.com/youtube?p=ppp`). Every player carries
 *   that notice, hidden (`display: none`) unless the video is disclosed: only a shown one counts
 *   (R22 rKK3z1H3vYs carries it hidden).
 * - Caption: `videoDetails.shortDescription` (the uploader's own text), else the rendered description
 *   of the info block on screen.
 * - Comments: each `ytd-comment-thread-renderer`'s own comment (replies sit in a nested renderer and
 *   are left out), its author (`#author-text`) and text (`#content-text`), only where shown.
 * Checked on: R22 WTA76aFQMoE (2022 layout, 14 comments, French), tests/fixtures/youtube/evidence-*.html.
 */
import type { Comment, Post } from '../../snapshot';
import { dig, findFirst, isRecord, isShown, leadingCount, textOf } from '../common';
import { clip, CAPTION_MAX, COMMENT_MAX } from '../../evidence/bounds';
import { ytText } from './json';

const COMMENTS_READ_MAX = 100;

const EXTRAS = {
  /** The player's paid-promotion notice link (shown only on disclosed videos). R22 rKK3z1H3vYs (hidden), fixtures. */
  paidNotice: 'a[href*="youtube?p=ppp"], a[href*="youtube/answer/154235"]',
  /** The description, 2023+ then 2022. Fixtures, R22. */
  description: 'ytd-watch-metadata #description-inline-expander, ytd-watch-metadata ytd-text-inline-expander, ytd-video-secondary-info-renderer #description',
  /** One top-level comment per thread: the 2022 renderer and the 2024 view model. R22 WTA76aFQMoE, fixtures. */
  threads: 'ytd-comment-thread-renderer',
  threadComment: ':scope > #comment, :scope > ytd-comment-renderer, :scope > ytd-comment-view-model',
  author: '#author-text',
  text: '#content-text',
  likes: '#vote-count-middle',
} as const;

interface YoutubeExtras {
  caption?: string;
  sponsorship?: Post['sponsorship'];
  comments?: Comment[];
}

/** The label from the player response, when the app state is this video's (`playerFresh`). */
function paidLabelFromPlayer(player: unknown): string | undefined {
  const overlay = findFirst(player, (o) => isRecord(o.paidContentOverlay));
  const renderer = dig(overlay, 'paidContentOverlay', 'paidContentOverlayRenderer');
  const text = ytText(dig(renderer, 'text')) || ytText(dig(overlay, 'paidContentOverlay', 'paidContentOverlayViewModel', 'text'));
  return text ? clip(text, 200) : undefined;
}

function paidLabelOnScreen(doc: Document): string | undefined {
  for (const link of Array.from(doc.querySelectorAll(EXTRAS.paidNotice))) {
    if (!isShown(link)) continue;
    const text = textOf(link);
    if (text) return clip(text, 200);
  }
  return undefined;
}

function commentsOnScreen(doc: Document, locale: string | undefined): Comment[] {
  const out: Comment[] = [];
  for (const thread of Array.from(doc.querySelectorAll(EXTRAS.threads))) {
    if (out.length >= COMMENTS_READ_MAX) break;
    if (!isShown(thread)) continue;
    const own = thread.querySelector(EXTRAS.threadComment) ?? thread;
    const author = clip(textOf(own.querySelector(EXTRAS.author)), 200);
    const text = clip(textOf(own.querySelector(EXTRAS.text)), COMMENT_MAX);
    if (!author || !text) continue;
    // A comment without likes has its count hidden ("0"): only a shown count is read.
    const likeEl = own.querySelector(EXTRAS.likes);
    const likes = likeEl && isShown(likeEl, own) ? leadingCount(textOf(likeEl), 'text', locale) : undefined;
    out.push({ post: 0, author, text, ...(likes ? { likes } : {}) });
  }
  return out;
}

/**
 * `fresh`: the app state belongs to this video. `onScreen`: the rendered info is this video's (the
 * adapter checked it); when false nothing rendered is read, since it may be the previous video's.
 */
export function youtubeExtras(doc: Document, player: unknown, fresh: boolean, onScreen: boolean, locale: string | undefined): YoutubeExtras {
  const details = fresh ? dig(player, 'videoDetails') : undefined;
  const description = typeof dig(details, 'shortDescription') === 'string' ? String(dig(details, 'shortDescription')) : undefined;
  const rendered = onScreen ? Array.from(doc.querySelectorAll(EXTRAS.description)).find((el) => isShown(el)) : undefined;
  const caption = clip(description ?? textOf(rendered), CAPTION_MAX) || undefined;
  const label = (fresh ? paidLabelFromPlayer(player) : undefined) ?? (onScreen ? paidLabelOnScreen(doc) : undefined);
  const comments = onScreen ? commentsOnScreen(doc, locale) : [];
  return {
    ...(caption ? { caption } : {}),
    ...(label ? { sponsorship: { disclosed: true, label, brands: [], evidence: [] } } : {}),
    ...(comments.length ? { comments } : {}),
  };
}
