/**
 * Conformance: every page in ../shared/real-pages/MANIFEST.tsv whose platform RealReach reads
 * must give every expected value. Pages of platforms without an adapter yet are reported as skipped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../scripts/analyze-html';
import { SnapshotSchema } from '../../lib/snapshot';
import { siteForUrl } from '../../lib/sites/list';
import { checkExpectation, readManifest } from '../support/manifest';
import { hasRealPages, REAL_PAGES_DIR } from '../support/shared';

if (!hasRealPages) {
  describe('real pages', () => {
    it.skip(`skipped: ${REAL_PAGES_DIR}/MANIFEST.tsv not found (the shared real pages sit beside the repo)`, () => {});
  });
} else {
  for (const row of readManifest()) {
    // Supported: the site list has the platform at the row's host (lib/sites/list.ts).
    const supported = siteForUrl(row.url)?.platform === row.platform;
    describe.skipIf(!supported)(`${row.file} (${row.platform} ${row.page})`, () => {
      const html = supported ? readFileSync(resolve(REAL_PAGES_DIR, row.file), 'utf8') : '';
      const result = supported ? analyzeHtml(html, row.url) : undefined;

      it('is read as a supported page with a valid Snapshot', () => {
        expect(result?.status, result?.status === 'unsupported' ? result.message : '').toBe('ok');
        if (result?.status !== 'ok') return;
        expect(SnapshotSchema.safeParse(result.snapshot).success).toBe(true);
        expect(result.snapshot.platform).toBe(row.platform);
        expect(result.snapshot.page).toBe(row.page);
      });

      for (const e of row.expect) {
        it(e.text, () => {
          if (result?.status !== 'ok') throw new Error('page not read');
          expect(checkExpectation(result.snapshot, e)).toBeNull();
        });
      }
    });
  }
}
