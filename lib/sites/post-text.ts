/**
 * The words a post or comment shows, for the sites whose text has no hook of its own (Threads,
 * Facebook, LinkedIn): the text nodes under a root, in page order, leaving out controls (buttons,
 * icons, times, scripts), hidden parts, and whatever `skip` names (the author link, a disclosure
 * label, a nested comment). Mention and web links stay: "@brand" and "shop.example/x" are evidence.
 * Runs in content scripts: bounded walk, no tables.
 */
import { isShown } from './common';

const CONTROLS = new Set(['BUTTON', 'SVG', 'svg', 'TIME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'INPUT', 'TEXTAREA']);

export function textWithout(root: Element, skip: (el: Element) => boolean = () => false, max = 2000): string {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (length > max || ++visited > 5000) return;
      if (node.nodeType === 3) {
        const t = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) {
          parts.push(t);
          length += t.length + 1;
        }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (CONTROLS.has(child.tagName) || child.getAttribute('role') === 'button' || child.getAttribute('aria-hidden') === 'true') continue;
      if (!isShown(child, el) || skip(child)) continue;
      walk(child);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+([,.!?;:])/g, '$1').slice(0, max).trim();
}

/**
 * The element inside `root` whose whole text is one of the platform's disclosure `labels`
 * ("Paid partnership", "Paid partnership with @brand", "Sponsored"): the first (outermost) such
 * element, the whole label line with its brand link, so the caption can leave it out. Visible
 * text, in the page's language.
 */
export function labelElement(root: Element, labels: readonly string[], selector = 'span, div, a, p, li'): Element | undefined {
  const wanted = labels.map((l) => l.toLowerCase());
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (el.children.length > 4) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!text || text.length > 120) continue;
    if (wanted.some((l) => text === l || text.startsWith(`${l} `)) && isShown(el, root)) return el;
  }
  return undefined;
}
