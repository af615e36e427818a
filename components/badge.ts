/**
 * The in-page badge: letter grade and engagement rate, coloured by verdict, and on click a small
 * panel with the top reasons, an "Add to shortlist" button and a link to the full breakdown. Rendered inside a shadow root, so
 * page styles cannot reach it (components/badge.css).
 *
 * It ships in every content script, so it is plain DOM and shows strings made in the background
 * (lib/view/badge.ts): no Preact, no Intl, no messages, no scoring code; types only.
 *
 * The panel sits in the browser's top layer (a popover, see showOnTop), `position: fixed` and placed
 * from the badge's on-screen box: it stays inside the
 * viewport whatever the page's overflow, flips above the badge near the bottom edge, follows the
 * badge on scroll, and closes on Escape, on a click outside, or with its close button. Its document
 * and window listeners exist only while it is open.
 */
import type { BadgeView } from '../lib/view/badge';
import { darkFrom, hideFromTop, pageIsDark, place, showOnTop } from './badge-place';
import { createPillWords } from './badge-words';

export interface BadgeHandle {
  update(view: BadgeView): void;
  /**
   * Decides light or dark from the element the badge's host is about to be inserted into (see
   * badge-place.ts darkFrom); without it, the first update reads it from where the host is.
   */
  themeFrom(parent: Element | null): void;
  destroy(): void;
}

/** What the panel's buttons ask of the content script (it sends the messages). */
export interface BadgeActions {
  openBreakdown(): void;
  /** Adds the account on this page to the shortlist: 'ok', 'full' (no room left) or 'failed'. */
  shortlist(): Promise<'ok' | 'full' | 'failed'>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

type Child = Node | string | false | undefined;

/** The severity icons of components/icons.tsx (SeverityIcon), as [shape, mark path, dot cx cy r, mark width]. */
const SEVERITY_SVG = {
  // Octagon with an exclamation mark: stop.
  alert: ['M5 1h6l4 4v6l-4 4H5l-4-4V5z', 'M8 4v5', '8 11.8 1.1', '2'],
  // Triangle with an exclamation mark: caution.
  warning: ['M8 1.2l7.2 13.3H.8z', 'M8 6v4', '8 12.3 1', '1.8'],
} as const;

/** Whether an event came from the user (not made by a script). Tests pass their own. */
export type TrustCheck = (e: Event) => boolean;

export function createBadge(container: HTMLElement, actions: BadgeActions, trusted: TrustCheck = (e) => e.isTrusted): BadgeHandle {
  const doc = container.ownerDocument;
  const win = doc.defaultView!;

  /** An element with attributes (undefined ones skipped) and children (false/undefined skipped). */
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]) {
    const node = doc.createElement(tag);
    for (const k in attrs) if (attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    for (const c of children) if (c) node.append(c);
    return node;
  }
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

  let view: BadgeView | undefined;
  let open = false;
  let themed = false;

  const root = el('span', { class: 'rr-root', 'data-theme': 'light' });
  const button = el('button', { type: 'button', class: 'rr-badge', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
  root.append(button);
  container.append(root);
  // The letter and rate drawn on canvases: a change costs the page's next frame nothing (./badge-words.ts).
  const words = createPillWords(button);

  /**
   * The panel's lasting parts, made on the first open (most badges are never opened: a visit pays
   * only for the pill); updating them in place keeps the focus where it is.
   */
  let parts: ReturnType<typeof makePanel> | undefined;
  function makePanel() {
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
    closeButton.addEventListener('click', (e) => trusted(e) && setOpen(false, true));
    let lastOpened = -Infinity;
    link.addEventListener('click', (e) => {
      if (!trusted(e) || e.timeStamp - lastOpened < 1000) return;
      lastOpened = e.timeStamp;
      actions.openBreakdown();
    });
    shortlistButton.addEventListener('click', (e) => {
      if (!trusted(e) || adding || shortlisted || view?.panel.shortlist.on) return;
      adding = true;
      shortlistProblem = undefined;
      if (view) fillShortlist(view);
      actions
        .shortlist()
        .catch(() => 'failed' as const)
        .then((result) => {
          adding = false;
          if (result === 'ok') shortlisted = true;
          else shortlistProblem = result;
          if (view) fillShortlist(view);
        });
    });
    return { chip, title, sub, closeButton, linkText, shortlistButton, shortlistError, footer, panel };
  }
  /** Added from this badge (it outlives views that were made before the click). */
  let shortlisted = false;
  let adding = false;
  let shortlistProblem: 'full' | 'failed' | undefined;

  function fillShortlist(v: BadgeView) {
    if (!parts) return;
    const { shortlistButton, shortlistError, footer } = parts;
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

  function fillPanel(v: BadgeView) {
    const { chip, title, sub, closeButton, linkText, footer } = (parts ??= makePanel());
    const p = v.panel;
    chip.textContent = v.letter;
    chip.style.background = v.color;
    title.textContent = p.title;
    sub.textContent = p.sub;
    closeButton.setAttribute('aria-label', p.close);
    closeButton.title = p.close;
    linkText.data = p.openBreakdown;
    fillShortlist(v);
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
  const onMove = () => parts && place(button, parts.panel);
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
      const { panel } = (parts ??= makePanel());
      if (next) {
        button.setAttribute('aria-controls', 'rr-panel');
        if (view) fillPanel(view);
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

  // The page must not act on clicks and keys meant for the badge (X opens the post on a click
  // anywhere in it, and has single-key shortcuts).
  root.addEventListener('click', (e) => e.stopPropagation());
  root.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false, true);
    }
  });
  // Only the user's own clicks and keys act (issue 17, defect 4): an event a script made
  // (isTrusted false) opens nothing and adds nothing. The breakdown opens at most once a second.
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (trusted(e)) setOpen(!open);
  });

  /** The view on screen, as text: an update that changes nothing visible writes nothing. */
  let shownKey = '';

  return {
    themeFrom(parent) {
      if (themed || !parent) return;
      themed = true;
      root.dataset.theme = darkFrom(parent) ? 'dark' : 'light';
    },
    update(v) {
      // Light or dark page: read once from what is actually painted behind the badge (retried
      // until the badge sits in its shadow root, which it does from the first update in the page).
      const host = (root.getRootNode() as Partial<ShadowRoot>).host;
      if (!themed && host) {
        themed = true;
        root.dataset.theme = pageIsDark(host) ? 'dark' : 'light';
      }
      // Any text written into the page costs its next frame a layout (15-25 ms on a long feed,
      // bench/ANALYSIS.md); reports often change counts without changing what the badge says.
      const key = JSON.stringify(v);
      if (key === shownKey) return;
      shownKey = key;
      view = v;
      button.dataset.verdict = v.verdict;
      button.style.background = v.color;
      button.setAttribute('aria-label', v.label);
      button.title = v.label;
      if (words) words.show(v.letter, v.rate || undefined);
      else {
        button.replaceChildren(el('span', { class: 'rr-letter' }, v.letter));
        if (v.rate) button.append(' ', el('span', { class: 'rr-rate' }, v.rate));
      }
      if (open && parts) {
        fillPanel(v);
        place(button, parts.panel);
      }
    },
    destroy() {
      setOpen(false);
      root.remove();
    },
  };
}
