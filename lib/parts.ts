/**
 * The parts of a content script that are not in it: bundles the background injects into a page's
 * frame when its content script asks (`part-load`, lib/messages.ts; lib/background/inject.ts), so
 * that every page does not compile code only some visits use. Never in the manifest, never
 * web-accessible. The message names a part from this fixed list only; which file is the
 * background's choice, from the sender's own site.
 *
 * - `followers`: the site's followers-list reader (content-scripts/<platform>-followers.js), asked
 *   for when a followers list opens (lib/content/followers-load.ts);
 * - `panel`: the badge's panel (content-scripts/panel.js, one for every site), asked for when the
 *   user is about to open it (components/badge.ts);
 * - `units`: CLDR's full unit-word table (content-scripts/count-units.js, one for every site), asked
 *   for when a read meets a word beyond the core the content scripts carry (lib/count-tables.ts);
 * - `post-reader`: the reader of a site's post pages, for a site whose content script bundles only
 *   its other kind's (content-scripts/<platform>-post-reader.js: YouTube's video pages, Instagram's posts), asked for
 *   by a read of such a page (lib/sites/page-kinds.ts).
 *
 * Pure data: the content scripts, the background and the build script import it.
 */
export const PARTS = ['followers', 'panel', 'units', 'post-reader'] as const;
export type PartName = (typeof PARTS)[number];

/** The panel's entrypoint (content-scripts/panel.js), shared by every site. */
export const PANEL_ENTRY = 'panel';

/** The full unit-word table's entrypoint (content-scripts/count-units.js), shared by every site. */
export const UNITS_ENTRY = 'count-units';
