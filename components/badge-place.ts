/**
 * Where the badge's panel shows (components/badge.ts): in the browser's top layer, placed beside
 * the badge inside the viewport; and whether the page behind the badge is dark.
 */

const MARGIN = 8; // px kept between the panel and the viewport's edges
const GAP = 6; // px between the badge and the panel

/**
 * Shows the panel in the browser's top layer (a manual popover: no light dismiss, the badge's own
 * listeners close it), above everything the page draws whatever its z-indexes and stacking
 * contexts, so page content can neither cover it nor take its clicks (seen on a real X profile).
 * Without popover support it stays a fixed panel at the highest z-index (components/badge.css).
 */
export function showOnTop(panel: HTMLElement) {
  if (typeof panel.showPopover !== 'function') return;
  panel.setAttribute('popover', 'manual');
  try {
    panel.showPopover();
  } catch {
    panel.removeAttribute('popover'); // not in a document, or already shown: stay a fixed panel
  }
}

export function hideFromTop(panel: HTMLElement) {
  try {
    if (panel.matches(':popover-open')) panel.hidePopover();
  } catch {
    // ':popover-open' unknown: never shown as a popover
  }
}

/**
 * Places the panel under the badge (above it near the bottom edge), inside the viewport. A
 * transformed ancestor makes `fixed` relative to itself: the measured offset corrects for that.
 */
export function place(button: HTMLElement, panel: HTMLElement) {
  const doc = button.ownerDocument;
  const win = doc.defaultView!;
  const vw = doc.documentElement.clientWidth || win.innerWidth;
  const vh = win.innerHeight;
  const anchor = button.getBoundingClientRect();
  panel.style.maxHeight = `${Math.max(120, vh - 2 * MARGIN)}px`;
  panel.style.width = `${Math.min(320, vw - 2 * MARGIN)}px`;
  const { width, height } = panel.getBoundingClientRect();
  let left = Math.min(anchor.left, vw - MARGIN - width);
  left = Math.max(MARGIN, left);
  let top = anchor.bottom + GAP;
  if (top + height > vh - MARGIN) {
    const above = anchor.top - GAP - height;
    top = above >= MARGIN ? above : Math.max(MARGIN, vh - MARGIN - height);
  }
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
  const actual = panel.getBoundingClientRect();
  if (Math.abs(actual.left - left) > 0.5 || Math.abs(actual.top - top) > 0.5) {
    panel.style.left = `${2 * left - actual.left}px`;
    panel.style.top = `${2 * top - actual.top}px`;
  }
}

/** True when the first opaque background behind `el` is dark (X's dim and lights-out themes). */
export function pageIsDark(el: Element): boolean {
  return darkFrom(el.parentElement);
}

/**
 * The same for an element about to be inserted into `parent`: asked before the insertion, while the
 * page's style is clean (reads run after a frame is painted), each ancestor's computed style is
 * already known; asked after, the first one recalculates the page's style for the new element.
 */
export function darkFrom(parent: Element | null): boolean {
  for (let node: Element | null = parent; node; node = node.parentElement) {
    const rgba = parseColor(getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.35;
  }
  // Nothing painted: the canvas is white unless the page opted into a dark colour scheme.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return /dark/.test(scheme) && (!/light/.test(scheme) || (typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches));
}

function parseColor(css: string): [number, number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
