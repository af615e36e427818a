/**
 * The content script's side of the parts loaded on demand (lib/parts.ts). An injected part's
 * bundle runs in this same isolated world (never visible to the page) and leaves its export on a
 * private shelf, a global of this world; the content script takes it from there.
 */
import type { PartName } from '../parts';
import type { CreatePanel } from '../../components/badge-panel';
import type { StartFollowers } from './followers-load';

/** What each part's bundle leaves for the content script. */
export interface PartExports {
  followers: StartFollowers;
  panel: CreatePanel;
}

/** The global the injected bundles leave their exports in (the extension's isolated world only). */
export const PART_SHELF = '__realreachParts';

function shelf(): Partial<PartExports> {
  const g = globalThis as Record<string, unknown>;
  return (g[PART_SHELF] ??= {}) as Partial<PartExports>;
}

/** In a part's bundle: leaves its export. Injected twice, the first stays. */
export function handPartOver<N extends PartName>(name: N, value: PartExports[N]): void {
  const parts = shelf();
  if (typeof parts[name] !== 'function') parts[name] = value;
}

/** The part's export, if its bundle ran in this world. */
export function partHandedOver<N extends PartName>(name: N): PartExports[N] | undefined {
  const value = shelf()[name];
  return typeof value === 'function' ? (value as PartExports[N]) : undefined;
}

/** Asks the background to inject a part into this frame: true once it ran here. */
export type AskForPart = (name: PartName) => Promise<boolean>;

const loading: Partial<Record<PartName, Promise<unknown>>> = {};

/**
 * The part's export: at once when it is here, else after one request to the background (one at a
 * time per part: asks made meanwhile share it). Undefined when it could not be loaded (the
 * extension was reloaded, the tab went away, the background refused); a later call asks again.
 * Never rejects.
 */
export function loadPart<N extends PartName>(name: N, ask: AskForPart): Promise<PartExports[N] | undefined> {
  const here = partHandedOver(name);
  if (here) return Promise.resolve(here);
  const pending = (loading[name] ??= ask(name)
    .catch((err: unknown) => {
      console.warn(`RealReach: could not load the ${name} part`, err);
      return false;
    })
    .then((ran) => {
      delete loading[name];
      return ran ? partHandedOver(name) : undefined;
    }));
  return pending as Promise<PartExports[N] | undefined>;
}
