/**
 * What every site's evidence reader (lib/sites/<site>/extras.ts) returns, and how an adapter folds
 * it into its Snapshot: captions and disclosure labels per post (aligned with `snap.posts` by
 * index), and the visible top-level comments. Bounded here whatever a reader returns.
 */
import type { Comment, Post, Snapshot } from '../snapshot';
import { CAPTION_MAX, clip, COMMENT_MAX } from '../evidence/bounds';
import { isShown, textOf } from './common';

export type PostExtras = Pick<Partial<Post>, 'caption' | 'sponsorship'>;
export interface PageExtras {
  /** posts[i] belongs to snap.posts[i]. */
  posts?: (PostExtras | undefined)[];
  comments?: Comment[];
}
export type ExtrasReader = (doc: Document, snap: Snapshot) => PageExtras;

/** Most comments a Snapshot carries (readers may stop once they have this many). */
export const COMMENTS_MAX = 100;

/** The Snapshot with the extras folded in, every text bounded. Never throws. */
export function withExtras(snap: Snapshot, extras: PageExtras): Snapshot {
  const posts = snap.posts.map((p, i) => {
    const e = extras.posts?.[i];
    if (!e) return p;
    const next = { ...p };
    const caption = clip(e.caption, CAPTION_MAX);
    if (caption) next.caption = caption;
    if (e.sponsorship) next.sponsorship = e.sponsorship;
    return next;
  });
  const comments = (extras.comments ?? [])
    .map((c) => ({ ...c, author: clip(c.author, 200), text: clip(c.text, COMMENT_MAX) }))
    .filter((c) => c.author && c.text && (c.post === undefined || c.post < posts.length))
    .slice(0, COMMENTS_MAX);
  return { ...snap, posts, ...(comments.length ? { comments } : {}) };
}

/**
 * A platform's own disclosure label shown inside `root`: an element whose whole visible text is
 * one of `labels` (or starts with it, "Paid partnership with brand"). Visible text, so read last,
 * and only where nothing structured says it.
 */
export function labelInside(root: Element, labels: readonly string[], selector = 'span, div, a, p'): string | undefined {
  const wanted = labels.map((l) => l.toLowerCase());
  // Any element's folded text is part of the root's: a post whose text holds none of the labels
  // (nearly every post) is not walked element by element, whatever it holds.
  if (!mayHoldLabel(textOf(root).toLowerCase(), wanted)) return undefined;
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (el.children.length > 3) continue;
    const text = textOf(el);
    if (!text || text.length > 120) continue;
    const lower = text.toLowerCase();
    if (wanted.some((l) => lower === l || lower.startsWith(`${l} `)) && isShown(el, root)) return clip(text, 200);
  }
  return undefined;
}

/**
 * Whether a lower-cased text could hold one of the lower-cased labels. Greek's capital sigma
 * lower-cases by context (final ς, else σ): a label's ς may be σ in the longer text.
 */
function mayHoldLabel(text: string, labels: string[]): boolean {
  const sigma = (s: string) => s.replace(/ς/g, 'σ');
  return labels.some((l) => text.includes(l) || (l.includes('ς') && sigma(text).includes(sigma(l))));
}

/** The Snapshot's `sponsorship` for a post whose platform label was found. */
export function labelled(label: string | undefined, brands: string[] = []): Post['sponsorship'] | undefined {
  return label ? { disclosed: true, label: clip(label, 200), brands: brands.slice(0, 20).map((b) => clip(b, 100)), evidence: [] } : undefined;
}
