// Each selector of the X and Bluesky tables matches every real page and fixture it names (as
// refined-github checks its selectors), so the tables stay true as pages and fixtures change.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { X_SELECTORS } from '../../../lib/sites/x/selectors';
import { BLUESKY_SELECTORS } from '../../../lib/sites/bluesky/selectors';
import { hasRealPages, REAL_PAGES_DIR, REPO_ROOT } from '../../support/shared';

const docs = new Map<string, Document | null>();
function page(site: string, name: string): Document | null {
  const key = `${site}:${name}`;
  if (!docs.has(key)) {
    const [kind, file] = name.split('/');
    const path = kind === 'real' ? resolve(REAL_PAGES_DIR, file) : resolve(REPO_ROOT, 'tests/fixtures', site, file);
    docs.set(key, existsSync(path) ? (parseHTML(readFileSync(path, 'utf8')).document as unknown as Document) : null);
  }
  return docs.get(key)!;
}

for (const [site, table] of [['x', X_SELECTORS], ['bluesky', BLUESKY_SELECTORS]] as const) {
  describe(`${site} selectors`, () => {
    for (const [key, sel] of Object.entries(table)) {
      it(`${key} (${sel.css}) matches the pages it names`, () => {
        for (const name of sel.checkedOn) {
          if (name.startsWith('real/') && !hasRealPages) continue; // ../shared absent: real pages skipped
          const doc = page(site, name);
          expect(doc, `${name} exists`).not.toBeNull();
          expect(doc!.querySelector(sel.css), `${sel.css} in ${name}`).not.toBeNull();
        }
      });
    }
  });
}
