/**
 * Instagram post pages: caption, the "Paid partnership" disclosure and the comments, from the
 * embedded app state first:
 * - 2023+ `xdt_api__v1__media__shortcode__web_info.items[0]`: `caption.text`, `is_paid_partnership`,
 *   `sponsor_tags[].sponsor.username`; comments in `xdt_api__v1__media__media_id__comments__connection.edges[].node`
 *   (`user.username`, `text`, `comment_like_count`);
 * - the older `shortcode_media`: `edge_media_to_caption`, `is_paid_partnership`,
 *   `edge_media_to_parent_comment` / `edge_media_to_comment` (`owner.username`, `text`);
 * - then the meta description (`... on March 1, 2024: "caption"`) for the caption, and the
 *   "Paid partnership" line in the post's header (visible text, in the page's language).
 * Rendered comments have no stable hooks (generated classes only), so without app state none are read.
 * Only data whose shortcode is the URL's is used (in-site navigation leaves the previous post's).
 */
import type { Comment, Snapshot } from '../../snapshot';
import { countFromNumber, dig, findFirst, isRecord, memoScript, metaContent, parseJson, parseUrl } from '../common';
import { labelInside, labelled, type PageExtras } from '../extras';

export const PAID_LABELS = ['Paid partnership', 'Colaboración pagada', 'Parceria paga', 'Partenariat rémunéré', 'Bezahlte Partnerschaft', 'Partnership retribuita'];

function appState(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    const text = script.textContent ?? '';
    if (!text.includes('shortcode')) continue;
    const value = memoScript(script, 'json', text, parseJson);
    if (value !== undefined) out.push(value);
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  if (snap.page !== 'post' || !snap.posts[0]) return {};
  const code = parseUrl(snap.url)?.pathname.match(/^\/(?:[^/]+\/)?(?:p|reel|reels)\/([\w-]+)/)?.[1];
  if (!code) return {};
  const states = appState(doc);
  const media = states.map((s) => findFirst(s, (o) => o.code === code || o.shortcode === code)).find(Boolean);
  const comments: Comment[] = [];
  let caption: string | undefined;
  let paid = false;
  const brands: string[] = [];
  if (media) {
    caption = str(dig(media, 'caption', 'text')) ?? str(dig(media, 'edge_media_to_caption', 'edges', 0, 'node', 'text'));
    paid = media.is_paid_partnership === true;
    const tags = Array.isArray(media.sponsor_tags) ? media.sponsor_tags : [];
    for (const t of tags) {
      const u = str(dig(t, 'sponsor', 'username')) ?? str(dig(t, 'username'));
      if (u) brands.push(u);
    }
    const edges = dig(media, 'edge_media_to_parent_comment', 'edges') ?? dig(media, 'edge_media_to_comment', 'edges');
    const connection = states.map((s) => findFirst(s, (o) => isRecord(o.xdt_api__v1__media__media_id__comments__connection))).find(Boolean);
    const list = Array.isArray(edges) ? edges : dig(connection, 'xdt_api__v1__media__media_id__comments__connection', 'edges');
    if (Array.isArray(list)) {
      for (const e of list) {
        const node = dig(e, 'node');
        const author = str(dig(node, 'user', 'username')) ?? str(dig(node, 'owner', 'username'));
        const text = str(dig(node, 'text'));
        if (!author || !text) continue;
        const likes = countFromNumber(dig(node, 'comment_like_count') ?? dig(node, 'edge_liked_by', 'count'), 'embedded-json');
        comments.push({ post: 0, author, text, ...(likes ? { likes } : {}) });
      }
    }
  }
  // "123 likes, 4 comments - user on March 1, 2024: "caption"." The quoted part is the caption.
  caption ??= /:\s*[“"](.*)[”"]\.?\s*$/s.exec(metaContent(doc, 'og:description') ?? '')?.[1];
  const header = doc.querySelector('main article header, main header, article header');
  const label = paid ? `Paid partnership${brands.length ? ` with ${brands.join(', ')}` : ''}` : header ? labelInside(header, PAID_LABELS) : undefined;
  return { posts: [{ caption, sponsorship: labelled(label, brands) }], ...(comments.length ? { comments } : {}) };
}
