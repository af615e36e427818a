/**
 * Each site's selector table (lib/sites/<site>/selectors.ts) names the saved pages every selector
 * was checked on ("real/<file>" in ../shared/real-pages, "fixture/<file>" or a bare file name in
 * tests/fixtures/<site>): each page must exist and the selector must still match it, so the tables
 * stay true as pages and fixtures change (as refined-github checks its selectors).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLUESKY_SELECTORS } from '../../../lib/sites/bluesky/selectors';
import { SELECTORS as INSTAGRAM } from '../../../lib/sites/instagram/selectors';
import { SELECTORS as TIKTOK } from '../../../lib/sites/tiktok/selectors';
import { X_SELECTORS } from '../../../lib/sites/x/selectors';
import { WATCH as YOUTUBE } from '../../../lib/sites/youtube/selectors';
import { hasRealPages, REAL_PAGES_DIR, REPO_ROOT } from '../../support/shared';
import { parseDoc } from '../../support/fixtures';

type Table = Record<string, { css: string; checkedOn: readonly string[] }>;
const TABLES: Record<string, Table> = { x: X_SELECTORS, bluesky: BLUESKY_SELECTORS, instagram: INSTAGRAM, tiktok: TIKTOK, youtube: YOUTUBE };

const docs = new Map<string, Document | null>();
function page(site: string, name: string): Document | null {
  const key = `${site}:${name}`;
  if (!docs.has(key)) {
    const [kind, file] = name.includes('/') ? name.split('/') : ['fixture', name];
    const path = kind === 'real' ? resolve(REAL_PAGES_DIR, file) : resolve(REPO_ROOT, 'tests/fixtures', site, file);
    docs.set(key, existsSync(path) ? parseDoc(readFileSync(path, 'utf8')) : null);
  }
  return docs.get(key)!;
}

for (const [site, table] of Object.entries(TABLES)) {
  describe(`${site} selectors`, () => {
    for (const [key, sel] of Object.entries(table)) {
      it(`${key} (${sel.css}) matches every page it names`, () => {
        expect(sel.checkedOn.length).toBeGreaterThan(0);
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
