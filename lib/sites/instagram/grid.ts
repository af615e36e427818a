/**
 * Profile grid and Reels tab tiles: <a href="/HANDLE/reel/ID/"> (or "/p/ID/") with overlay counts.
 * A tile is read when it is shown, sits outside the header and any dialog, in the part of the page
 * that holds this account's header, and names no other account in its link.
 */
import type { Count } from '../../snapshot';
import { compact, countInElement, inOrder, isShown, MAX_POSTS } from '../common';
import type { MediaCounts } from './embedded';
import { linkPath, postIdFromPath } from './route';
import { css } from './selectors';

export function gridPosts(doc: Document, handle: string, header: Element | null, locale: string | undefined): MediaCounts[] {
  const out: MediaCounts[] = [];
  const seen = new Set<string>();
  // The <main> of this account's header; without one, the first shown <main> (a previous page's may linger hidden).
  const scope = header?.closest('main') ?? Array.from(doc.getElementsByTagName('main')).find((m) => isShown(m)) ?? doc;
  // Walks the live list of links lazily: reading stops after MAX_POSTS tiles on a long grid.
  for (const tile of inOrder(scope.getElementsByTagName('a'))) {
    if (out.length >= MAX_POSTS) break;
    const href = tile.getAttribute('href') ?? '';
    if (!href.includes('/p/') && !href.includes('/reel/')) continue;
    if (tile.closest('header, [role="dialog"]')) continue;
    const read = tileRead(tile, href, handle, locale);
    if (!read || seen.has(read.id) || !isShown(tile)) continue;
    seen.add(read.id);
    if (read.post) out.push({ ...read.post });
  }
  return out;
}

interface TileRead {
  id: string;
  /** Undefined when the tile shows no count. */
  post?: MediaCounts;
}

/**
 * What each tile said, by tile element: while a grid grows, each read before the report is full
 * went through every tile again (most of a read's time on the bench's Instagram grid, `npm run
 * bench:hot`). A tile is read again when its link, text or number of elements changed (the page
 * re-rendered it), or for another account or page language. Its visibility is checked on every read.
 */
const tileReads = new WeakMap<Element, { key: string; read: TileRead | null }>();

function tileRead(tile: Element, href: string, handle: string, locale: string | undefined): TileRead | null {
  const key = `${handle}\n${locale ?? ''}\n${href}\n${tile.getElementsByTagName('*').length}\n${tile.textContent ?? ''}`;
  const known = tileReads.get(tile);
  if (known?.key === key) return known.read;
  const read = readTile(tile, handle, locale);
  tileReads.set(tile, { key, read });
  return read;
}

/** One tile's post and counts; null when its link is not to a post of this account. */
function readTile(tile: Element, handle: string, locale: string | undefined): TileRead | null {
  const ref = postIdFromPath(linkPath(tile));
  if (!ref || (ref.handle && ref.handle !== handle)) return null;
  const post: MediaCounts = { id: ref.id, kind: ref.kind };
  // Hover overlay (posts grid, Reels tab): <ul><li>likes</li><li>comments</li></ul>. With one item
  // we cannot tell likes from comments (likes hidden, or comments off): read neither.
  const items = Array.from(tile.querySelectorAll(css('tileOverlay'))).filter((li) => isShown(li));
  if (items.length === 2) {
    post.likes = countInElement(items[0], 'text', locale);
    post.comments = countInElement(items[1], 'text', locale);
  }
  post.views = tileViews(tile, ref.kind, locale);
  if (tile.querySelector(css('pinnedIcon'))) post.pinned = true;
  return { id: ref.id, post: post.likes || post.comments || post.views ? compact(post) : undefined };
}

/** Reels tab: the view count sits beside <svg aria-label="View Count Icon">, outside the overlay list. */
function tileViews(tile: Element, kind: string, locale: string | undefined): Count | undefined {
  const icon = tile.querySelector(css('viewCountIcon'));
  for (let el = icon?.parentElement; el && el !== tile; el = el.parentElement) {
    const count = countOutsideList(el, locale);
    if (count.length) return count[0];
  }
  // The label is translated on other languages' pages: a reel tile's only count outside the
  // overlay list is still its view count.
  if (!icon && kind === 'reel') {
    const counts = countOutsideList(tile, locale);
    if (counts.length === 1) return counts[0];
  }
  return undefined;
}

function countOutsideList(scope: Element, locale: string | undefined): Count[] {
  const out: Count[] = [];
  for (const leaf of Array.from(scope.querySelectorAll('span'))) {
    if (leaf.firstElementChild || leaf.closest('ul') || !isShown(leaf)) continue;
    const count = countInElement(leaf, 'text', locale);
    if (count) out.push(count);
  }
  return out;
}
