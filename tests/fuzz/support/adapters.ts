/**
 * One site's adapter fuzzing (see ./mutate.ts for the mutations and the oracle): at least
 * MIN_RUNS mutations over the site's fixtures and shared real pages. Real pages are large (their
 * reads take milliseconds in linkedom), so they get a time-bounded share; fixtures get the rest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRealPages } from '../../support/shared';
import { knownFinding } from './known';
import { apply, intact, judge, MUTATION, pagesOf, prepare, type Prepared } from './mutate';

export const MIN_RUNS = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20250101);
/** Milliseconds of reading given to each real page. */
const REAL_PAGE_BUDGET_MS = 1_500;

export function fuzzSite(site: string) {
  describe(`${site} adapter on mutated pages`, () => {
    const saved = pagesOf(site);
    const prepared = saved.map(prepare).filter((p): p is Prepared => !!p);
    const fixtures = prepared.filter((p) => p.page.kind === 'fixture');
    const real = prepared.filter((p) => p.page.kind === 'real');
    const plan = new Map<Prepared, number>();
    let realRuns = 0;
    for (const p of real) {
      const runs = Math.max(50, Math.min(2_000, Math.floor(REAL_PAGE_BUDGET_MS / Math.max(p.readMs, 0.05))));
      plan.set(p, runs);
      realRuns += runs;
    }
    const perFixture = Math.ceil(Math.max(0, MIN_RUNS - realRuns) / Math.max(1, fixtures.length));
    for (const p of fixtures) plan.set(p, Math.max(perFixture, 1_000));

    it('has pages to mutate', () => {
      expect(fixtures.length, `fixtures of ${site}`).toBeGreaterThan(0);
      if (hasRealPages) expect(real.length + fixtures.length).toBeGreaterThan(fixtures.length - 1);
      const total = [...plan.values()].reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(MIN_RUNS);
    });

    for (const [p, runs] of plan) {
      it(`${p.page.name}: ${runs} mutations, every count read is right or left out`, () => {
        let applied = 0;
        const known = new Map<string, number>();
        fc.assert(
          fc.property(MUTATION, (m) => {
            const a = apply(p, m);
            if (!a) return true;
            applied++;
            let verdict: string | null;
            try {
              verdict = judge(p, a);
            } finally {
              a.undo();
            }
            if (!verdict) return true;
            const text = `${a.describe}\n-> ${verdict}`;
            const finding = knownFinding(p.page.name, text);
            if (finding) {
              known.set(finding.id, (known.get(finding.id) ?? 0) + 1);
              return true;
            }
            throw new Error(text);
          }),
          { seed: SEED, numRuns: runs },
        );
        expect(intact(p), 'the page reads as before after every undo').toBe(true);
        expect(applied).toBeGreaterThan(runs * 0.5);
        if (known.size) console.info(`${p.page.name}: known findings hit: ${[...known].map(([id, n]) => `${id} x${n}`).join(', ')}`);
      }, 120_000);
    }
  });
}
