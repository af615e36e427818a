/**
 * Threads' evidence extras (GUIDE section 3): each post's text as its caption, the "Paid partnership
 * with @brand" label Meta prints under the author (Instagram's label, in the same languages), and on
 * a post page the replies shown under it as its comments.
 *
 * - App data first (./embedded.ts, only for the posts named in the page): `caption.text`,
 *   `is_paid_partnership`, `sponsor_tags`.
 * - Then the rendered post (./rendered.ts finds it by its permalink): its words without the author
 *   and time links, the action buttons and the label; the label itself by its visible words.
 * - Replies: the rendered posts after the focal one, by accounts other than the author (the
 *   author's own are the thread going on), in page order. Threads renders a reply's first answer
 *   under it, indented; it is another account's post too and cannot be told apart without
 *   generated classes, so on a busy thread a few answers may count as comments.
 */
import type { Comment, Snapshot } from '../../snapshot';
import { parseUrl } from '../common';
import { labelled, type PageExtras, type PostExtras } from '../extras';
import { PAID_LABELS } from '../instagram/extras';
import { labelElement, textWithout } from '../post-text';
import { embeddedData } from './embedded';
import { renderedPosts } from './rendered';

/** The words of a rendered post: not its author's or other post links, not its label. */
export function postText(root: Element, label?: Element): string {
  return textWithout(root, (el) => el === label || (el.tagName === 'A' && /^\/@[^/]+(?:\/post\/[^/]+)?\/?$/.test(pathOf(el)) && !mentionInText(el)));
}

function pathOf(a: Element): string {
  try {
    return new URL(a.getAttribute('href') ?? '', 'https://www.threads.com/').pathname;
  } catch {
    return '';
  }
}

/** A mention inside the text ("thanks @glowlab") reads "@name"; the author link above the post reads "name". */
const mentionInText = (a: Element) => (a.textContent ?? '').trim().startsWith('@');

export function readExtras(doc: Document, snap: Snapshot): PageExtras {
  const u = parseUrl(snap.url);
  if (!u || !snap.posts.length) return {};
  const owner = snap.profile.handle.toLowerCase();
  const data = embeddedData(doc, owner);
  const shown = renderedPosts(doc);
  const posts: (PostExtras | undefined)[] = snap.posts.map((p) => {
    const embedded = p.id ? data.posts.get(p.id) : undefined;
    const dom = shown.find((r) => r.code === p.id && r.username.toLowerCase() === owner);
    const labelEl = dom ? labelElement(dom.root, PAID_LABELS) : undefined;
    const caption = embedded?.caption ?? (dom ? postText(dom.root, labelEl) : undefined);
    const brands = embedded?.sponsors ?? [];
    const label = embedded?.paid ? `Paid partnership${brands.length ? ` with ${brands.join(', ')}` : ''}` : (labelEl?.textContent ?? undefined);
    const sponsorship = labelled(label?.replace(/\s+/g, ' ').trim(), brands);
    return caption || sponsorship ? { ...(caption ? { caption } : {}), ...(sponsorship ? { sponsorship } : {}) } : undefined;
  });
  const comments: Comment[] = [];
  if (snap.page === 'post') {
    const focal = shown.findIndex((r) => r.code === snap.posts[0].id);
    for (const reply of focal < 0 ? [] : shown.slice(focal + 1)) {
      if (reply.username.toLowerCase() === owner) continue;
      const text = postText(reply.root);
      if (text) comments.push({ post: 0, author: reply.username, text });
    }
  }
  return { posts, ...(comments.length ? { comments } : {}) };
}
