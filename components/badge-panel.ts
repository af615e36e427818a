/**
 * The badge's panel (components/badge.ts): the top reasons, an "Add to shortlist" button and a
 * link to the full breakdown, opened from the pill. It is not in the content scripts: most visits
 * never open it, so it is its own bundle (content-scripts/panel.js, one for every site), injected
 * when the user is about to open it (lib/parts.ts). Its stylesheet (./badge-panel.css) comes with it
 * and goes into the badge's shadow root beside the panel.
 *
 * The panel sits in the browser's top layer (a popover, see showOnTop), `position: fixed` and placed
 * from the badge's on-screen box: it stays inside the viewport whatever the page's overflow, flips
 * above the badge near the bottom edge, follows the badge on scroll, and closes on Escape, on a
 * click outside, or with its close button. Its document and window listeners exist only while it
 * is open.
 */
import panelCss from './badge-panel.css?inline';
import type { BadgeView } from '../lib/view/badge';
import { handPartOver } from '../lib/part-shelf';
import type { BadgeActions, TrustCheck } from './badge';
import { element, type Child } from './badge-dom';
import { hideFromTop, place, showOnTop } from './badge-place';

/** What the panel is given by its badge. */
export interface PanelEnv {
  /** The badge's root: the panel and its stylesheet go in it. */
  root: HTMLElement;
  /** The pill: the panel is placed beside it and says so on it (aria-expanded); the focus returns to it. */
  button: HTMLElement;
  actions: BadgeActions;
  trusted: TrustCheck;
  /** The view the pill shows now. */
  view(): BadgeView | undefined;
}

export interface PanelHandle {
  readonly open: boolean;
  /** Opens or closes it; `refocus` puts the focus back on the pill. */
  setOpen(next: boolean, refocus?: boolean): void;
  /** The pill's view changed: shown at once while the panel is open. */
  update(): void;
}

export type CreatePanel = (env: PanelEnv) => PanelHandle;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The severity icons of components/icons.tsx (SeverityIcon), as [shape, mark path, dot cx cy r, mark width]. */
const SEVERITY_SVG = {
  // Octagon with an exclamation mark: stop.
  alert: ['M5 1h6l4 4v6l-4 4H5l-4-4V5z', 'M8 4v5', '8 11.8 1.1', '2'],
  // Triangle with an exclamation mark: caution.
  warning: ['M8 1.2l7.2 13.3H.8z', 'M8 6v4', '8 12.3 1', '1.8'],
} as const;

export const createPanel: CreatePanel = ({ root, button, actions, trusted, view }) => {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string | undefined>, ...children: Child[]) => element(doc, tag, attrs, ...children);
  function svg(tag: string, attrs: Record<string, string>, ...children: Element[]) {
    const node = doc.createElementNS(SVG_NS, tag);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    node.append(...children);
    return node;
  }
  const svgRoot = (size: string, box: string, ...children: Element[]) =>
    svg('svg', { width: size, height: size, viewBox: box, 'aria-hidden': 'true' }, ...children);
  const mark = (d: string, width: string, stroke: string) => svg('path', { d, stroke, 'stroke-width': width, 'stroke-linecap': 'round' });

  function severityIcon(severity: keyof typeof SEVERITY_SVG) {
    const [shape, line, dot, width] = SEVERITY_SVG[severity];
    const [cx, cy, r] = dot.split(' ');
    const on = 'var(--icon-on, #fff)';
    const icon = svgRoot('12', '0 0 16 16', svg('path', { d: shape, fill: 'currentColor' }), mark(line, width, on), svg('circle', { cx, cy, r, fill: on }));
    icon.setAttribute('class', 'icon');
    return icon;
  }

  let open = false;
  /** Added from this badge (it outlives views that were made before the click). */
  let shortlisted = false;
  let adding = false;
  let shortlistProblem: 'full' | 'failed' | undefined;

  // The panel's lasting parts: updating them in place keeps the focus where it is.
  const chip = el('span', { class: 'rr-chip', 'aria-hidden': 'true' });
  const title = el('p', { class: 'rr-title', id: 'rr-panel-title' });
  const sub = el('p', { class: 'rr-sub' });
  const closeButton = el('button', { type: 'button', class: 'rr-close' }, svgRoot('12', '0 0 12 12', mark('M2 2l8 8M10 2l-8 8', '1.8', 'currentColor')));
  const linkText = doc.createTextNode('');
  const link = el('button', { type: 'button', class: 'rr-link' }, linkText, el('span', { 'aria-hidden': 'true' }, ' →'));
  // One button for every state of "Add to shortlist", so the focus stays on it when it changes.
  const shortlistButton = el('button', { type: 'button', class: 'rr-shortlist' });
  const shortlistError = el('span', { class: 'rr-shortlist-error', role: 'alert' });
  const footer = el('div', { class: 'rr-actions' }, shortlistButton, link);
  const panel = el(
    'div',
    { class: 'rr-panel', id: 'rr-panel', role: 'dialog', 'aria-labelledby': 'rr-panel-title', tabindex: '-1' },
    el('div', { class: 'rr-head' }, chip, el('div', { class: 'rr-head-text' }, title, sub), closeButton),
    footer,
  );
  const style = el('style');
  style.textContent = panelCss;
  root.append(style);

  closeButton.addEventListener('click', (e) => trusted(e) && setOpen(false, true));
  // Only the user's own clicks act (issue 17, defect 4); the breakdown opens at most once a second.
  let lastOpened = -Infinity;
  link.addEventListener('click', (e) => {
    if (!trusted(e) || e.timeStamp - lastOpened < 1000) return;
    lastOpened = e.timeStamp;
    actions.openBreakdown();
  });
  shortlistButton.addEventListener('click', (e) => {
    const v = view();
    if (!trusted(e) || adding || shortlisted || v?.panel.shortlist.on) return;
    adding = true;
    shortlistProblem = undefined;
    fillShortlist();
    actions
      .shortlist()
      .catch(() => 'failed' as const)
      .then((result) => {
        adding = false;
        if (result === 'ok') shortlisted = true;
        else shortlistProblem = result;
        fillShortlist();
      });
  });

  function fillShortlist() {
    const v = view();
    if (!v) return;
    const words = v.panel.shortlist;
    const on = shortlisted || words.on;
    shortlistButton.textContent = on ? `✓ ${words.added}` : words.add;
    if (on) shortlistButton.setAttribute('aria-disabled', 'true');
    else shortlistButton.removeAttribute('aria-disabled');
    if (adding) shortlistButton.setAttribute('aria-busy', 'true');
    else shortlistButton.removeAttribute('aria-busy');
    shortlistError.textContent = shortlistProblem && !on ? words[shortlistProblem] : '';
    if (shortlistError.textContent) footer.append(shortlistError);
    else shortlistError.remove();
  }

  /** The rate line and reasons: rebuilt on each fill, between the head and the link. */
  let middle: Element[] = [];

  function fill() {
    const v = view();
    if (!v) return;
    const p = v.panel;
    chip.textContent = v.letter;
    chip.style.background = v.color;
    title.textContent = p.title;
    sub.textContent = p.sub;
    closeButton.setAttribute('aria-label', p.close);
    closeButton.title = p.close;
    linkText.data = p.openBreakdown;
    fillShortlist();
    for (const n of middle) n.remove();
    const r = p.reasons;
    middle = [
      p.rateLine && el('p', { class: 'rr-rate-line' }, el('strong', {}, p.rateLine.value), ` ${p.rateLine.basis}`, p.rateLine.typical && el('span', { class: 'rr-muted rr-typical' }, p.rateLine.typical)),
      r && el('p', { class: 'rr-section' }, r.heading),
      r &&
        (r.items.length
          ? el(
              'ul',
              { class: 'rr-reasons' },
              ...r.items.map((s) =>
                el(
                  'li',
                  { 'data-severity': s.severity },
                  el('span', { class: 'rr-sev' }, severityIcon(s.severity), s.severityWord),
                  el('span', { class: 'rr-reason-title' }, s.title),
                  el('span', { class: 'rr-pts' }, s.points),
                ),
              ),
            )
          : el('p', { class: 'rr-none' }, r.none ?? '')),
      r?.more && el('p', { class: 'rr-muted' }, r.more),
      ...(p.evidence ?? []).map((line) => el('p', { class: 'rr-muted rr-evidence' }, line)),
    ].filter(Boolean) as Element[];
    footer.before(...middle);
  }

  /** Where the badge lives: its shadow host (the page's events are retargeted to it), else its root. */
  const self = () => (root.getRootNode() as Partial<ShadowRoot>).host ?? root;
  const inside = (e: Event) => e.composedPath().includes(self());
  const onPointer = (e: Event) => {
    if (!inside(e)) setOpen(false);
  };
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape') setOpen(false, inside(e));
  };
  const onMove = () => place(button, panel);
  // Capture: the page cannot stop them first. Passive: never delays scrolling.
  const listeners: [EventTarget, string, EventListener, boolean | AddEventListenerOptions][] = [
    [doc, 'pointerdown', onPointer, true],
    [doc, 'keydown', onKey, true],
    [win, 'scroll', onMove, { capture: true, passive: true }],
    [win, 'resize', onMove, { passive: true }],
  ];

  function setOpen(next: boolean, refocus = false) {
    if (next !== open) {
      open = next;
      for (const [target, type, fn, options] of listeners) {
        if (next) target.addEventListener(type, fn, options);
        else target.removeEventListener(type, fn, options);
      }
      button.setAttribute('aria-expanded', String(next));
      if (next) {
        button.setAttribute('aria-controls', 'rr-panel');
        fill();
        root.append(panel);
        showOnTop(panel);
        place(button, panel);
        panel.focus({ preventScroll: true });
      } else {
        button.removeAttribute('aria-controls');
        hideFromTop(panel);
        panel.remove();
      }
    }
    if (refocus) button.focus();
  }

  return {
    get open() {
      return open;
    },
    setOpen,
    update() {
      if (!open) return;
      fill();
      place(button, panel);
    },
  };
};

/** The panel bundle's whole work (content-scripts/panel.js): leave createPanel for the content script. */
export function handPanelOver(): void {
  handPartOver('panel', createPanel);
}
