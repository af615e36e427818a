/**
 * The badge's host element: a plain `<span>` with a CLOSED shadow root holding the badge's
 * stylesheet and one container (issue 17, defects 4 and 12). Closed: a page's script cannot read
 * the grade or "On your shortlist", nor reach the buttons. A plain element, not a custom one: a
 * page that defines the element's name itself cannot take it over or suppress the badge.
 *
 * Made in a few lines instead of WXT's createShadowRootUi, which cost 8.7 kB of every content
 * script and fetched the stylesheet as a web-accessible resource, which any page can request to
 * detect the extension. Here the stylesheet is bundled as text: nothing is fetched or exposed.
 *
 * Tests read the badge through the content script's isolated world (BADGE_HANDLE on its global
 * object), which page scripts cannot reach (tests/e2e/support/extension.ts).
 */
import badgeCss from '../../components/badge.css?inline';
import { markOwnHost } from './mutations';

export interface BadgeHost {
  /** The element inserted into the page. */
  host: HTMLElement;
  /** Where the badge renders, inside the shadow root. */
  container: HTMLElement;
}

/** Where the isolated world keeps the current badge's host and root, for tests only. */
export const BADGE_HANDLE = '__realreachBadge';

const created: HTMLElement[] = [];

/** True only in the Firefox e2e copy (wxt.config.ts); undefined in Node. */
declare const __OPEN_BADGE_ROOT__: boolean | undefined;
const OPEN_ROOT = typeof __OPEN_BADGE_ROOT__ !== 'undefined' && __OPEN_BADGE_ROOT__;

export function createBadgeHost(): BadgeHost {
  const host = document.createElement('span');
  markOwnHost(host);
  const shadow = host.attachShadow({ mode: OPEN_ROOT ? 'open' : 'closed' });
  const style = document.createElement('style');
  // The page's styles must not reach the host (inherited fonts, `all: unset` resets, `span {...}`):
  // reset it, then the badge's own host rules win with !important.
  style.textContent = `:host{all:initial !important}\n${badgeCss}`;
  const container = document.createElement('span');
  container.className = 'rr-container';
  // Keys typed in the panel stay in it: X and YouTube have single-key shortcuts on the document.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  created.push(host);
  (globalThis as Record<string, unknown>)[BADGE_HANDLE] = { host, root: shadow, connected: () => created.filter((h) => h.isConnected).length };
  return { host, container };
}
