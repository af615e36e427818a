/**
 * The words a post or comment shows, for the sites whose text has no hook of its own (Threads,
 * Facebook, LinkedIn): the text nodes under a root, in page order, leaving out controls (buttons,
 * icons, times, scripts), hidden parts, and whatever `skip` names (the author link, a disclosure
 * label, a nested comment). Mention and web links stay: "@brand" and "shop.example/x" are evidence.
 * Runs in content scripts: bounded walk, no tables.
 */
import { isShown } from './common';

const CONTROLS = new Set(['BUTTON', 'SVG', 'svg', 'TIME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'INPUT', 'TEXTAREA']);

/** Elements that break a line: their text is kept apart from the next; inline ones (a, span, b) join as written. */
const BLOCKS = new Set(['DIV', 'P', 'LI', 'BR', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'TR', 'TD']);

export function textWithout(root: Element, skip: (el: Element) => boolean = () => false, max = 2000): string {
  let out = '';
  let visited = 0;
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (out.length > max || ++visited > 5000) return;
      if (node.nodeType === 3) {
        out += node.textContent ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (CONTROLS.has(child.tagName) || child.getAttribute('role') === 'button' || child.getAttribute('aria-hidden') === 'true') continue;
      if (!isShown(child, el) || skip(child)) continue;
      const block = BLOCKS.has(child.tagName.toUpperCase());
      if (block) out += ' ';
      walk(child);
      if (block) out += ' ';
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/**
 * The element inside `root` whose whole text is one of the platform's disclosure `labels`
 * ("Paid partnership", "Paid partnership with @brand", "Sponsored"): the first (outermost) such
 * element, the whole label line with its brand link, so the caption can leave it out. Visible
 * text, in the page's language.
 */
export function labelElement(root: Element, labels: readonly string[], accept: (el: Element) => boolean = () => true, selector = 'span, div, a, p, li'): Element | undefined {
  const wanted = labels.map((l) => l.toLowerCase());
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (el.children.length > 4) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!text || text.length > 120) continue;
    if (wanted.some((l) => text === l || text.startsWith(`${l} `)) && isShown(el, root) && accept(el)) return el;
  }
  return undefined;
}
