/**
 * Which page changes cannot change the report: more posts appended to the list after the last
 * post a report keeps (MAX_POSTS, lib/sites/common.ts). Infinite scroll adds posts there, one page
 * of results after another; once the report is full, those additions are not read at all.
 *
 * The boundary is found from the last kept post's id, which every supported site has in the links
 * to the post: the link's highest ancestor that does not also hold the post before it, i.e. that
 * post's own item in the list. A change is skipped only when it adds nodes inside that list after
 * the item, and removes none; anything else (the header, the first posts, removals) is read.
 */
import type { Snapshot } from '../snapshot';
import { MAX_POSTS } from '../sites/common';

function linkTo(doc: Document, id: string | undefined): Element | null {
  if (!id || id.length < 4) return null;
  const escaped = id.replace(/["\\]/g, '\\$&');
  return doc.querySelector(`a[href*="${escaped}"]`);
}

/** The list item of the last post kept, when the page shows more posts than a report keeps. */
export function postBoundary(doc: Document, snapshot: Snapshot): Element | null {
  const posts = snapshot.posts;
  if (posts.length < MAX_POSTS) return null;
  const last = linkTo(doc, posts[MAX_POSTS - 1]?.id);
  const before = linkTo(doc, posts[MAX_POSTS - 2]?.id);
  if (!last || !before || last === before) return null;
  let item: Element = last;
  while (item.parentElement && !item.parentElement.contains(before)) item = item.parentElement;
  return item.parentElement ? item : null;
}

type Record_ = Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes' | 'previousSibling' | 'nextSibling'>;

// 4 = Node.DOCUMENT_POSITION_FOLLOWING (the constant, so that this also runs outside a browser).
const follows = (boundary: Node, node: Node) => node !== boundary && !!(boundary.compareDocumentPosition(node) & 4);

/**
 * True when the mutation only adds nodes to the list after the boundary item. Cheap, as it runs for
 * every mutation of a growing page: one position check per record (appending at the end of the
 * list, as infinite scroll does, needs none), not one per added node.
 */
export function isBeyond(boundary: Element, record: Record_): boolean {
  const list = boundary.parentElement;
  if (!list || !boundary.isConnected || record.removedNodes.length || !record.addedNodes.length) return false;
  if (record.target === list) {
    // Appended at the end of the list, after every item already there, the boundary included.
    if (record.nextSibling === null) return !Array.prototype.includes.call(record.addedNodes, boundary);
    return !!record.previousSibling && (record.previousSibling === boundary || follows(boundary, record.previousSibling));
  }
  // Inside one of the list's items: that item comes after the boundary.
  let item: Node | null = record.target;
  while (item && item.parentNode !== list) item = item.parentNode;
  return !!item && follows(boundary, item);
}
