/**
 * The shelf the parts loaded on demand (lib/parts.ts) leave their exports on, and the list of parts
 * a read found it needed. Both are globals of the extension's isolated world (never visible to the
 * page), so that every bundle in it sees the same ones: the content script, and each injected
 * part with its own copy of the modules it shares with the content script (lib/count.ts among them).
 *
 * Pure: lib/count.ts and the site readers use it, as do the content scripts and the parts.
 */
import type { PartName } from './parts';
import type { CreatePanel } from '../components/badge-panel';
import type { StartFollowers } from './content/followers-load';
import type { FullUnitWords } from './count-tables';
import type { PageKindReader } from './sites/page-kinds';

/** What each part's bundle leaves for the content script. */
export interface PartExports {
  followers: StartFollowers;
  panel: CreatePanel;
  units: () => FullUnitWords;
  'post-reader': PageKindReader;
}

/** The global the injected bundles leave their exports in (the extension's isolated world only). */
export const PART_SHELF = '__realreachParts';
/** The global list of parts the current read wanted and did not find on the shelf. */
export const PARTS_WANTED = '__realreachWanted';

function shelf(): Partial<PartExports> {
  const g = globalThis as Record<string, unknown>;
  return (g[PART_SHELF] ??= {}) as Partial<PartExports>;
}

/** An export a part left: a function, or an object of functions (a page kind's reader). */
const isExport = (value: unknown): boolean => typeof value === 'function' || (typeof value === 'object' && value !== null);

/** In a part's bundle: leaves its export. Injected twice, the first stays. */
export function handPartOver<N extends PartName>(name: N, value: PartExports[N]): void {
  const parts = shelf();
  if (!isExport(parts[name])) parts[name] = value;
}

/** The part's export, if its bundle ran in this world. */
export function partHandedOver<N extends PartName>(name: N): PartExports[N] | undefined {
  const value = shelf()[name];
  return isExport(value) ? (value as PartExports[N]) : undefined;
}

function wanted(): Set<PartName> {
  const g = globalThis as Record<string, unknown>;
  const list = g[PARTS_WANTED];
  return list instanceof Set ? (list as Set<PartName>) : ((g[PARTS_WANTED] = new Set<PartName>()) as Set<PartName>);
}

/**
 * Says, during a read, that this page needs a part that is not here: the read's answer would be
 * incomplete, so the reading waits for the part (lib/sites/read.ts) instead of showing it.
 */
export function wantPart(name: PartName): void {
  wanted().add(name);
}

/** The parts wanted since the last call, and forgets them: read.ts calls it around each read. */
export function takeWantedParts(): PartName[] {
  const list = wanted();
  const parts = [...list];
  list.clear();
  return parts;
}
