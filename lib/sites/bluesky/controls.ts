/**
 * A Bluesky post's control row (feed items and the focal post of a thread), as social-app's
 * PostControls renders it: <button data-testid="replyBtn" aria-label="Reply (303 replies)">,
 * <button aria-label="Repost or quote post"><div data-testid="repostCount">2.1K</div>,
 * <button data-testid="likeBtn" aria-label="Like (9,392 likes)"><div data-testid="likeCount">9.3K</div>.
 * The reply and like labels carry exact numbers in the UI language; the repost button shows
 * reposts + quotes together, which is not our `shares` (reposts alone, GUIDE section 3).
 */
import type { Count, Post } from '../../snapshot';
import { bestCount, leadingCount, textOf } from '../common';
import { S } from './selectors';

export const ZERO_REPOSTS = '(no repost count shown)';
const COMBINED_NOTE =
  "Bluesky's repost button counts quotes with reposts; reposts alone are shown only on a post's own page, so shares were left out here.";
const UNHOOKED_NOTE = 'A repost count was shown where it could not be told apart from other numbers; it was left out.';

export const zero = (raw: string): Count => ({ value: 0, exact: true, min: 0, max: 0, source: 'text', raw });

const note = (notes: string[], text: string) => {
  if (!notes.includes(text)) notes.push(text);
};

/**
 * Replies and likes from the row's labels (exact) or shown counts, and reposts only when the
 * repost button shows no number at all: reposts + quotes = 0 means no reposts. A repost count
 * shown is left out (see above).
 */
export function controlCounts(root: Element, locale: string | undefined, notes: string[]): Pick<Post, 'comments' | 'shares' | 'likes'> {
  const reply = root.querySelector(S.replyBtn.css);
  const like = root.querySelector(S.likeBtn.css);
  const labelled = (el: Element | null, inner?: string) =>
    el
      ? bestCount(
          leadingCount(el.getAttribute('aria-label'), 'aria', locale),
          leadingCount(textOf(inner ? el.querySelector(inner) : el), 'text', locale),
        )
      : undefined;
  const button = repostButton(root, reply, like);
  const countEl = root.querySelector(S.repostCount.css);
  let shares: Count | undefined;
  if (button && !HAS_DIGIT.test(button.textContent ?? '') && !countEl) shares = zero(ZERO_REPOSTS);
  else if (countEl && HAS_DIGIT.test(countEl.textContent ?? '')) note(notes, COMBINED_NOTE);
  else if (button || countEl) note(notes, UNHOOKED_NOTE);
  return { comments: labelled(reply), shares, likes: labelled(like, S.likeCount.css) };
}

const HAS_DIGIT = /[\d٠-٩۰-۹０-９]/;

/**
 * The repost button: data-testid="repostBtn" (signed in), else the one button of the control row
 * between the reply and like buttons (signed out, it has no hook).
 */
function repostButton(root: Element, reply: Element | null, like: Element | null): Element | undefined {
  const hooked = root.querySelector(S.repostBtn.css);
  if (hooked) return hooked;
  if (!reply || !like) return undefined;
  let row = reply.parentElement;
  while (row && !row.contains(like)) row = row.parentElement;
  if (!row) return undefined;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const between = Array.from(row.querySelectorAll('button, [role="button"]')).filter(
    (b) => !b.contains(reply) && !b.contains(like) && reply.compareDocumentPosition(b) & FOLLOWING && b.compareDocumentPosition(like) & FOLLOWING,
  );
  return between.length === 1 ? between[0] : undefined;
}
