/**
 * An adapter made of one reader per kind of page (a channel and a video, a profile and a post), so
 * that a site's content script can bundle the reader of one kind only and take the other's from a
 * part loaded on demand (lib/parts.ts `post-reader`) when the user lands on, or navigates in-site
 * to, that kind of page. Node (`npm run analyze`, the tests) builds the same adapter with both
 * readers bundled, so it reads every page exactly as the extension does.
 *
 * A reader from a part runs in the content script's isolated world with its own copies of the
 * modules it shares with the content script: what those keep between calls is a cache (count
 * tables, parsed scripts), or lives on a global of that world (the shelf, the wanted parts, the
 * read's scope in ./read-scope.ts), so the copies agree.
 */
import type { Snapshot } from '../snapshot';
import type { PageRoute, SiteAdapter } from './common';
import type { PageExtras } from './extras';
import { parseUrl } from './common';
import type { PartName } from '../parts';
import { partHandedOver, wantPart, type PartExports } from '../part-shelf';

/** What an adapter does for one kind of page: `url` is on one of its hosts and routed to this kind. */
export interface PageKindReader {
  read(doc: Document, url: URL): Snapshot | null;
  badgeAnchor(doc: Document, snapshot: Snapshot): Element | null;
  /** The evidence of this kind of page (SiteAdapter.extras), if the site reads it apart. */
  extras?(doc: Document, snapshot: Snapshot): PageExtras;
}

/** The adapter, given the reader of each kind of page its `route` answers. */
export function byPageKind(base: Omit<SiteAdapter, 'read' | 'badgeAnchor'>, readers: Record<PageRoute['page'], PageKindReader>): SiteAdapter {
  return {
    ...base,
    read(doc, url) {
      const u = parseUrl(url);
      if (!u || !base.hosts.includes(u.hostname)) return null;
      const route = base.route(u);
      return route ? readers[route.page].read(doc, u) : null;
    },
    badgeAnchor: (doc, snap) => (snap.page === 'other' ? null : readers[snap.page].badgeAnchor(doc, snap)),
    extras: (doc, snap) => (snap.page === 'other' ? {} : (readers[snap.page].extras?.(doc, snap) ?? {})),
  };
}

/** The parts whose bundle hands over a page kind's reader. */
export type ReaderPart = { [N in PartName]: PartExports[N] extends PageKindReader ? N : never }[PartName];

/**
 * The reader of a kind of page a content script leaves to a part: the part's, once its bundle ran
 * in this world; before that, a read of such a page wants the part (the reading waits for it,
 * lib/sites/read.ts) and finds nothing.
 */
export function readerFromPart(part: ReaderPart): PageKindReader {
  return {
    read(doc, url) {
      const reader = partHandedOver(part);
      if (reader) return reader.read(doc, url);
      wantPart(part);
      return null;
    },
    badgeAnchor: (doc, snap) => partHandedOver(part)?.badgeAnchor(doc, snap) ?? null,
    extras: (doc, snap) => partHandedOver(part)?.extras?.(doc, snap) ?? {},
  };
}
