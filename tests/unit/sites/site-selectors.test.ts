/**
 * Each site's selector table (lib/sites/<site>/selectors.ts) names the pages every selector was
 * checked on: each must still match each of them, and each page named must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SELECTORS as INSTAGRAM } from '../../../lib/sites/instagram/selectors';
import { SELECTORS as TIKTOK } from '../../../lib/sites/tiktok/selectors';

const TABLES = { instagram: INSTAGRAM, tiktok: TIKTOK } as Record<string, Record<string, { css: string; checkedOn: readonly string[] }>>;

for (const [site, table] of Object.entries(TABLES)) {
  describe(`${site} selectors`, () => {
    for (const [key, { css, checkedOn }] of Object.entries(table)) {
      it(`${key} matches every page it was checked on`, () => {
        expect(checkedOn.length).toBeGreaterThan(0);
        for (const page of checkedOn) {
          const url = new URL(`../../fixtures/${site}/${page}`, import.meta.url);
          expect(existsSync(url), page).toBe(true);
          const doc = parseHTML(readFileSync(url, 'utf8')).document;
          expect(doc.querySelector(css), `${key} on ${page}`).not.toBeNull();
        }
      });
    }
  });
}
