/**
 * The content script's side of the parts loaded on demand (lib/parts.ts). An injected part's
 * bundle runs in this same isolated world (never visible to the page) and leaves its export on a
 * private shelf (lib/part-shelf.ts), a global of this world; the content script takes it from there.
 */
import type { PartName } from '../parts';
import { partHandedOver, type PartExports } from '../part-shelf';

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

/** Loads of one part tried before a reading that needs it gives up (./start.ts). */
export const PART_TRIES = 3;

/**
 * For readings that wait for parts (lib/sites/read.ts 'waiting'): `want` starts loading the parts
 * not here yet and calls `ready` when a load brings one, so the page is read again. A part whose
 * loads failed PART_TRIES times (or that was wanted again while here) is given up: `want` answers false and the caller says so instead
 * of waiting for ever. Loads in flight are shared (loadPart), so a burst of reads asks once.
 */
export function createPartWaiter(ask: AskForPart, ready: () => void): { want(parts: readonly PartName[]): boolean } {
  const failures = new Map<PartName, number>();
  const inFlight = new Set<PartName>();
  return {
    want(parts) {
      if (parts.some((p) => (failures.get(p) ?? 0) >= PART_TRIES)) return false;
      for (const part of parts) {
        if (inFlight.has(part)) continue;
        inFlight.add(part);
        // Wanted while here: what it left is unusable (lib/count-tables.ts checks it), a failed load too.
        const here = partHandedOver(part) !== undefined;
        void loadPart(part, ask).then((loaded) => {
          inFlight.delete(part);
          if (!loaded || here) failures.set(part, (failures.get(part) ?? 0) + 1);
          ready();
        });
      }
      return true;
    },
  };
}
