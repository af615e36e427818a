/**
 * The in-page badge: letter grade and engagement rate, coloured by verdict, and on click a small
 * panel with the top reasons, an "Add to shortlist" button and a link to the full breakdown. Rendered inside a shadow root, so
 * page styles cannot reach it (components/badge.css).
 *
 * It ships in every content script, so it is plain DOM and shows strings made in the background
 * (lib/view/badge.ts): no Preact, no Intl, no messages, no scoring code; types only.
 *
 * Only the pill is here. The panel (./badge-panel.ts) is a part loaded on demand (lib/parts.ts):
 * asked for when the pointer enters the pill or it gets the focus, so it is usually here by the
 * click; a click before it is waits for it (one round trip to the background), and a load that
 * fails opens the full breakdown instead (the popup page), never a broken panel.
 */
import type { BadgeView } from '../lib/view/badge';
import type { CreatePanel, PanelHandle } from './badge-panel';
import { element, type Child } from './badge-dom';
import { darkFrom, pageIsDark } from './badge-place';
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

/**
 * Where the panel's code comes from: at once when it is here (the unit tests import it; a page's
 * later badges once it was loaded), else a load that resolves undefined when it failed.
 */
export type PanelSource = () => CreatePanel | Promise<CreatePanel | undefined>;

/** Whether an event came from the user (not made by a script). Tests pass their own. */
export type TrustCheck = (e: Event) => boolean;

export function createBadge(container: HTMLElement, actions: BadgeActions, panelSource: PanelSource, trusted: TrustCheck = (e) => e.isTrusted): BadgeHandle {
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string | undefined>, ...children: Child[]) => element(doc, tag, attrs, ...children);

  let view: BadgeView | undefined;
  let themed = false;
  let destroyed = false;

  const root = el('span', { class: 'rr-root', 'data-theme': 'light' });
  const button = el('button', { type: 'button', class: 'rr-badge', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
  root.append(button);
  container.append(root);
  /**
   * The letter and rate as text at first, then, from their first change on, drawn on canvases: a
   * change then costs the page's next frame nothing (./badge-words.ts). A canvas's first words cost
   * the page 3-9 ms (the browser sets up its fonts for it): a pill whose words never change never pays.
   */
  let words: ReturnType<typeof createPillWords> | undefined;
  let drawn = false;

  /** The panel's code once here; the panel itself, made on the first open. */
  let create: CreatePanel | undefined;
  let loading: Promise<CreatePanel | undefined> | undefined;
  let panel: PanelHandle | undefined;
  /** A click is waiting for the panel's code. */
  let waiting = false;

  function panelCode(): CreatePanel | Promise<CreatePanel | undefined> {
    if (create) return create;
    if (loading) return loading;
    let got: ReturnType<PanelSource>;
    try {
      got = panelSource();
    } catch {
      got = Promise.resolve(undefined);
    }
    if (typeof got === 'function') return (create = got);
    return (loading = Promise.resolve(got)
      .catch(() => undefined)
      .then((code) => {
        loading = undefined;
        return (create = code);
      }));
  }
  function openWith(code: CreatePanel) {
    panel ??= code({ root, button, actions, trusted, view: () => view });
    panel.setOpen(true);
  }
  // The user is about to click: the panel's code is asked for now, so it is here by the click.
  const prepare = () => void panelCode();
  button.addEventListener('pointerenter', prepare);
  button.addEventListener('focus', prepare);

  // The page must not act on clicks and keys meant for the badge (X opens the post on a click
  // anywhere in it, and has single-key shortcuts).
  root.addEventListener('click', (e) => e.stopPropagation());
  root.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape' && panel?.open) {
      e.preventDefault();
      panel.setOpen(false, true);
    }
  });
  // Only the user's own clicks and keys act (issue 17, defect 4): an event a script made
  // (isTrusted false) opens nothing and adds nothing. The breakdown opens at most once a second.
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (!trusted(e)) return;
    if (panel) return panel.setOpen(!panel.open);
    const code = panelCode();
    if (typeof code === 'function') return openWith(code);
    if (waiting) return; // one open is on its way already
    waiting = true;
    void code.then((loaded) => {
      waiting = false;
      if (destroyed) return;
      if (loaded) openWith(loaded);
      else actions.openBreakdown(); // the panel could not be loaded (extension reloaded): the popup page instead
    });
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
      // Any text written into the page costs its next frame about 16 ms on a long feed
      // (bench/frame-cost.ts); reports often change counts without changing what the badge says.
      const key = JSON.stringify(v);
      if (key === shownKey) return;
      shownKey = key;
      view = v;
      button.dataset.verdict = v.verdict;
      button.style.background = v.color;
      button.setAttribute('aria-label', v.label);
      button.title = v.label;
      if (drawn && words === undefined) words = createPillWords(button);
      drawn = true;
      if (words) words.show(v.letter, v.rate || undefined);
      else {
        button.replaceChildren(el('span', { class: 'rr-letter' }, v.letter));
        if (v.rate) button.append(' ', el('span', { class: 'rr-rate' }, v.rate));
      }
      panel?.update();
    },
    destroy() {
      destroyed = true;
      panel?.setOpen(false);
      root.remove();
    },
  };
}
