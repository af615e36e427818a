/** Plain DOM for the badge (components/badge.ts) and its panel (components/badge-panel.ts). */

export type Child = Node | string | false | undefined;

/** An element with attributes (undefined ones skipped) and children (false/undefined skipped). */
export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const k in attrs) if (attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
  for (const c of children) if (c) node.append(c);
  return node;
}
