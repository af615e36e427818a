/**
 * scripts/content-units.ts, the Vite plugin that gives the sites' own content scripts the core of
 * CLDR's unit words (lib/count-units-core.ts) in place of the full table: only in their builds, only
 * for lib/count-units.ts. (tests/e2e/units-load.e2e.ts checks the built files.)
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentUnits } from '../../../scripts/content-units';
import { SITES } from '../../../lib/sites/list';

const LIB = resolve(import.meta.dirname, '../../../lib');
const CORE = resolve(LIB, 'count-units-core.ts');

function resolvedIn(entry: string, id: string, importer: string): string | null {
  const plugin = contentUnits(SITES.map((s) => s.platform));
  plugin.options({ input: { [entry]: `/repo/.wxt/content-scripts/${entry}.content.ts` } });
  return plugin.resolveId(id, importer);
}

describe('the core of the unit words in the sites’ content scripts', () => {
  it('replaces lib/count-units.ts by its core in every site’s own content script', () => {
    for (const site of SITES) {
      expect(resolvedIn(site.platform, './count-units', resolve(LIB, 'count-tables.ts'))).toBe(CORE);
      expect(resolvedIn(site.platform, './count-units.ts', resolve(LIB, 'count.ts'))).toBe(CORE);
      expect(resolvedIn(site.platform, '../count-units', resolve(LIB, 'sites/common.ts'))).toBe(CORE);
      // Its post pages' reader, a part, reads the same pages' words.
      expect(resolvedIn(`${site.platform}-post-reader`, './count-units', resolve(LIB, 'count-tables.ts'))).toBe(CORE);
    }
  });

  it('leaves every other module, and every other build, alone', () => {
    expect(resolvedIn('x', './count-units-core', resolve(LIB, 'count-tables.ts'))).toBeNull();
    expect(resolvedIn('x', './count', resolve(LIB, 'sites/common.ts'))).toBeNull();
    expect(resolvedIn('x', 'count-units', resolve(LIB, 'count-tables.ts'))).toBeNull();
    for (const entry of ['count-units', 'panel', 'x-followers', 'instagram-followers']) {
      expect(resolvedIn(entry, './count-units', resolve(LIB, 'count-units-part.ts'))).toBeNull();
      expect(resolvedIn(entry, './count-units', resolve(LIB, 'count-tables.ts'))).toBeNull();
    }
    const plugin = contentUnits(['x']);
    plugin.options({ input: '/repo/entrypoints/background.ts' });
    expect(plugin.resolveId('./count-units', resolve(LIB, 'count-tables.ts'))).toBeNull();
  });
});
