/**
 * Which DOM mutations are the content script's own: the badge host (`<realreach-badge>`) being
 * inserted, moved or removed, or anything inside it. Those must not trigger a re-read of the page.
 */
export const BADGE_TAG = 'REALREACH-BADGE';

function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === BADGE_TAG;
}

function insideBadge(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isBadge(n)) return true;
  return false;
}

export function isOwnMutation(record: Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  if (insideBadge(record.target)) return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isBadge);
}
