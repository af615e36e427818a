/**
 * The `units` part (lib/parts.ts): CLDR's full unit-word table, injected into a page whose counts
 * use a word beyond the core the sites' content scripts carry (lib/count-tables.ts). Imports the
 * full lib/count-units.ts (only the sites' own entrypoints get the core, scripts/content-units.ts).
 */
import { PREFIX_UNIT_WORDS, UNIT_WORDS } from './count-units';
import { handPartOver } from './part-shelf';

export function handUnitsOver(): void {
  handPartOver('units', () => ({ unitWords: UNIT_WORDS, prefixWords: PREFIX_UNIT_WORDS }));
}
