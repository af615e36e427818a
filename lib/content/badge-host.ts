/**
 * The badge's host element: a `<realreach-badge>` with an open shadow root holding the badge's
 * stylesheet and one container. Made in a few lines instead of WXT's createShadowRootUi, which
 * cost 8.7 kB of every content script with its helpers (npm run bench: content_kb) and fetched
 * the stylesheet as a web-accessible resource, which any page can request to detect the
 * extension. Here the stylesheet is bundled as text: nothing is fetched and nothing is exposed.
 */
import badgeCss from '../../components/badge.css?inline';
import { BADGE_TAG } from './mutations';

export interface BadgeHost {
  /** The element inserted into the page. */
  host: HTMLElement;
  /** Where the badge renders, inside the shadow root. */
  container: HTMLElement;
}

export function createBadgeHost(): BadgeHost {
  const host = document.createElement(BADGE_TAG.toLowerCase());
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The page's styles for custom elements must not reach the host (inherited fonts, `all: unset`
  // resets, `* { margin }`): reset it, then the badge's own host rules win with !important.
  style.textContent = `:host{all:initial !important}\n${badgeCss}`;
  const container = document.createElement('span');
  container.className = 'rr-container';
  // Keys typed in the panel stay in it: X and YouTube have single-key shortcuts on the document.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  return { host, container };
}
