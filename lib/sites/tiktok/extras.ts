/**
 * TikTok video pages: caption, the "Paid partnership" / "Promotional content" disclosure and the
 * comments shown.
 * - App state (`__UNIVERSAL_DATA_FOR_REHYDRATION__` -> `webapp.video-detail.itemInfo.itemStruct`,
 *   used only when its id is the URL's): `desc` is the caption; `commerceInfo.branded_content_type`
 *   above 0 or `brandOrganicType` above 0 mark a branded-content disclosure.
 * - The label's words come from the page's own translations (`bc_new_disclosure`: "Paid partnership",
 *   `tcm_closedLoop_commercialContent_brandOrganic_videoTag`: "Promotional content", seen in
 *   ../shared/real-pages/tiktok_profile_illojuan.html), so a label shown in any language is found.
 * - Rendered comments: `data-e2e="comment-level-1"` (text) with `comment-username-1` (author), top
 *   level only (replies are level 2), in the video page or the video dialog over a feed.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { dig, isRecord, isShown, leadingCount, pageLocale, parseUrl, scriptJsonById, textOf, walk } from '../common';
import { labelInside, labelled, type PageExtras } from '../extras';

const LABEL_KEYS = ['bc_new_disclosure', 'tcm_closedLoop_commercialContent_brandOrganic_videoTag'];
const FALLBACK_LABELS = ['Paid partnership', 'Promotional content', 'Colaboración pagada', 'Contenido promocional', 'Bezahlte Partnerschaft', 'Werbeinhalt'];

/** The label words in the page's language, from its translation table when it has one. */
function labelWords(data: unknown): string[] {
  const found: string[] = [];
  walk(data, (o) => {
    for (const k of LABEL_KEYS) if (typeof o[k] === 'string' && o[k]) found.push(o[k] as string);
    return found.length >= LABEL_KEYS.length;
  });
  return [...new Set([...found, ...FALLBACK_LABELS])];
}

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  if (snap.page !== 'post' || !snap.posts[0]) return {};
  const id = parseUrl(snap.url)?.pathname.match(/\/(?:video|photo)\/(\d+)/)?.[1];
  const data = scriptJsonById(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const item = dig(data, '__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct');
  const fresh = isRecord(item) && id !== undefined && String(item.id) === id ? item : undefined;
  const branded = Number(dig(fresh, 'commerceInfo', 'branded_content_type') ?? 0) > 0 || Number(dig(fresh, 'brandOrganicType') ?? 0) > 0;
  const words = labelWords(data);
  // The video on screen: the page's own video block, or the dialog over a feed.
  const scope = doc.querySelector('[data-e2e="browse-video-desc"]')?.closest('div[id], section, main') ?? doc.querySelector('main') ?? doc.body;
  const shownLabel = scope ? labelInside(scope, words) : undefined;
  const label = shownLabel ?? (branded ? words[0] : undefined);
  const caption =
    (typeof fresh?.desc === 'string' ? fresh.desc : undefined) ??
    (textOf(doc.querySelector('[data-e2e="browse-video-desc"], [data-e2e="video-desc"]')) || undefined);

  const comments: Comment[] = [];
  const locale = pageLocale(doc);
  for (const textEl of Array.from(doc.querySelectorAll('[data-e2e="comment-level-1"]'))) {
    if (!isShown(textEl)) continue;
    const item = textEl.closest('[data-e2e="comment-item"], div[class], li') ?? textEl.parentElement;
    const author = textOf(item?.querySelector('[data-e2e="comment-username-1"]'));
    const text = textOf(textEl);
    if (!author || !text) continue;
    const likes = leadingCount(textOf(item?.querySelector('[data-e2e="comment-like-count"]')), 'text', locale);
    comments.push({ post: 0, author: author.replace(/^@/, ''), text, ...(likes ? { likes } : {}) });
  }
  return { posts: [{ caption, sponsorship: labelled(label) }], ...(comments.length ? { comments } : {}) };
}
