/**
 * Which DOM mutations are the content script's own: the badge host being inserted, moved or
 * removed, or anything inside it. Those must not trigger a re-read of the page. Called for every
 * mutation record the observer sees, so it stops at the first sign of a page change.
 *
 * The host is known by identity, not by a tag name a page could also use (lib/content/badge-host.ts).
 */
const ownHosts = new WeakSet<Node>();

export function markOwnHost(host: Element): void {
  ownHosts.add(host);
}

export function isBadge(node: Node): boolean {
  return ownHosts.has(node);
}

function allBadges(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (!isBadge(nodes[i])) return false;
  return true;
}

export function isOwnMutation(record: Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length > 0 && allBadges(addedNodes) && allBadges(removedNodes)) return true;
  // The badge renders in a shadow root, whose changes an observer of the page never sees: only a
  // change to the host itself can reach it (no walk up the page for every record of a growing page).
  return isBadge(record.target);
}
