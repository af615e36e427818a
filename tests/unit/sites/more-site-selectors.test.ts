/**
 * The selector tables of the sites added from the site list (lib/sites/<site>/words.ts) name the
 * real pages ("real/...", in ../shared/real-pages) and fixtures each selector was checked on: each
 * must still match each of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SELECTORS as FACEBOOK } from '../../../lib/sites/facebook/words';
import { SELECTORS as LINKEDIN } from '../../../lib/sites/linkedin/words';
import { SELECTORS as THREADS } from '../../../lib/sites/threads/words';
import { SELECTORS as TWITCH } from '../../../lib/sites/twitch/words';
import { hasRealPages, REAL_PAGES_DIR, REPO_ROOT } from '../../support/shared';

const TABLES = { facebook: FACEBOOK, linkedin: LINKEDIN, threads: THREADS, twitch: TWITCH } as Record<string, Record<string, { css: string; checkedOn: readonly string[] }>>;

for (const [site, table] of Object.entries(TABLES)) {
  describe(`${site} selectors`, () => {
    for (const [key, { css, checkedOn }] of Object.entries(table)) {
      it(`${key} matches every page it was checked on`, () => {
        expect(checkedOn.length).toBeGreaterThan(0);
        for (const name of checkedOn) {
          const real = name.startsWith('real/');
          if (real && !hasRealPages) continue; // ../shared absent: said by the conformance test
          const path = real ? resolve(REAL_PAGES_DIR, name.slice(5)) : resolve(REPO_ROOT, 'tests/fixtures', site, name);
          expect(existsSync(path), name).toBe(true);
          const doc = parseHTML(readFileSync(path, 'utf8')).document;
          expect(doc.querySelector(css), `${key} on ${name}`).not.toBeNull();
        }
      });
    }
  });
}
