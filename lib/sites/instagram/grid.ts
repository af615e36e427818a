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
    const ref = postIdFromPath(linkPath(tile));
    if (!ref || seen.has(ref.id) || (ref.handle && ref.handle !== handle) || !isShown(tile)) continue;
    seen.add(ref.id);
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
    if (post.likes || post.comments || post.views) out.push(compact(post));
  }
  return out;
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
    if (leaf.children.length || leaf.closest('ul') || !isShown(leaf)) continue;
    const count = countInElement(leaf, 'text', locale);
    if (count) out.push(count);
  }
  return out;
}
