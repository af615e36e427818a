/** Which channel page is on screen: YouTube keeps pages visited before in the DOM, hidden. */
import { textOf } from '../common';
import type { ChannelKey } from './route';

/**
 * The channel browse page on screen. YouTube keeps visited pages in the DOM, hidden: a hidden
 * <ytd-browse> is never read, nor one of another kind of page (home, search), nor one whose header
 * shows another channel's handle. Null when the page on screen cannot be told apart (nothing is read).
 */
export function activeBrowse(doc: Document, key: ChannelKey | undefined): ParentNode | null {
  const browses = Array.from(doc.querySelectorAll('ytd-browse'));
  // Server-rendered and older pages have no <ytd-browse>: one page, whose header must not name another channel.
  if (!browses.length) return headerNamesOther(doc, key) ? null : doc;
  const shown = browses.filter((b) => !b.hasAttribute('hidden') && !headerNamesOther(b, key));
  const channels = shown.filter((b) => b.getAttribute('page-subtype') === 'channels');
  const candidates = channels.length ? channels : shown.filter((b) => !b.getAttribute('page-subtype'));
  return candidates.length === 1 ? candidates[0] : null;
}

/** True when a channel header under root shows a handle and it is not the URL's. */
function headerNamesOther(root: ParentNode, key: ChannelKey | undefined): boolean {
  if (key?.kind !== 'handle') return false;
  const header = root.querySelector('yt-page-header-view-model yt-content-metadata-view-model, ytd-c4-tabbed-header-renderer #channel-handle');
  const handle = /@([^\s•·]+)/.exec(textOf(header))?.[1];
  const norm = (h: string) => h.normalize('NFC').toLowerCase();
  return !!handle && norm(handle) !== norm(key.value);
}
