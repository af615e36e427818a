/**
 * The creators benchmark behind `npm run bench:accuracy -- --creators FILE` (Purba 2020 format, lib/score/purba.ts):
 * how often genuine accounts of each size are flagged, and how well risk ranks active fakes above genuine accounts.
 *
 *   fp_<band>       share of authentic (class r) eligible accounts in that follower band flagged (flags.ts)
 *   fp_creatorlike  the same for authentic accounts with >= 2k followers that follow fewer than half their followers
 *   auc_active_fake ROC AUC of Analysis.risk, active fakes (class a) against authentic accounts, every size
 *
 * Pure (tests run it too); the engine is passed in so cross-validation can refit what is fitted.
 */
import type { Analysis } from '../../../lib/score/types';
import { isPurbaEligible, purbaSnapshot, type PurbaRow, type PurbaVariant } from '../../../lib/score/purba';
import { rocAuc } from '../../../lib/score/stats';
import type { Snapshot } from '../../../lib/snapshot';

type Engine = (s: Snapshot) => Analysis;

const BANDS = [
  { id: 'fp_500_2k', min: 500, max: 2_000 },
  { id: 'fp_2k_5k', min: 2_000, max: 5_000 },
  { id: 'fp_5k_20k', min: 5_000, max: 20_000 },
  { id: 'fp_20k_up', min: 20_000, max: Number.POSITIVE_INFINITY },
] as const;

export interface CreatorOutcome {
  row: PurbaRow;
  flagged: boolean;
  risk: number;
  score: number | null;
  letter: string | null;
}

export interface CreatorSummary {
  fp: Record<(typeof BANDS)[number]['id'] | 'fp_creatorlike', { n: number; flagged: number; share: number }>;
  aucActiveFake: number;
  /** Authentic 2k+ accounts whose score rose when likes were tripled / followers doubled (the monotonicity check). */
  rose: { likes3: number; followers2: number; checked: number };
  /** Flagged accounts graded A (any class). */
  flaggedA: number;
}

const isCreatorLike = (r: PurbaRow) => r.followers >= 2_000 && r.following < r.followers / 2;

export function measureCreators(engine: Engine, rows: readonly PurbaRow[], checkVariants = true): { outcomes: CreatorOutcome[]; summary: CreatorSummary } {
  const outcomes: CreatorOutcome[] = [];
  let rose1 = 0;
  let rose2 = 0;
  let checked = 0;
  const scoreOf = (r: PurbaRow, v: PurbaVariant) => engine(purbaSnapshot(r, v)).grade?.score ?? null;
  for (const row of rows) {
    if (!isPurbaEligible(row) || (row.cls !== 'r' && row.cls !== 'a')) continue;
    const a = engine(purbaSnapshot(row));
    outcomes.push({ row, flagged: a.flagged, risk: a.risk, score: a.grade?.score ?? null, letter: a.grade?.letter ?? null });
    if (checkVariants && row.cls === 'r' && row.followers >= 2_000 && a.grade) {
      checked++;
      const s3 = scoreOf(row, { likesFactor: 3 });
      const s2 = scoreOf(row, { followers: row.followers * 2 });
      if (s3 !== null && s3 > a.grade.score) rose1++;
      if (s2 !== null && s2 > a.grade.score) rose2++;
    }
  }
  return { outcomes, summary: summarizeCreators(outcomes, { likes3: rose1, followers2: rose2, checked }) };
}

export function summarizeCreators(outcomes: readonly CreatorOutcome[], rose: CreatorSummary['rose']): CreatorSummary {
  const genuine = outcomes.filter((o) => o.row.cls === 'r');
  const share = (xs: CreatorOutcome[]) => {
    const flagged = xs.filter((o) => o.flagged).length;
    return { n: xs.length, flagged, share: xs.length ? flagged / xs.length : Number.NaN };
  };
  const fp = {} as CreatorSummary['fp'];
  for (const b of BANDS) fp[b.id] = share(genuine.filter((o) => o.row.followers >= b.min && o.row.followers < b.max));
  fp.fp_creatorlike = share(genuine.filter((o) => isCreatorLike(o.row)));
  const fakes = outcomes.filter((o) => o.row.cls === 'a');
  return {
    fp,
    aucActiveFake: rocAuc(genuine.map((o) => o.risk), fakes.map((o) => o.risk)),
    rose,
    flaggedA: outcomes.filter((o) => o.flagged && o.letter === 'A').length,
  };
}

export function creatorsLine(s: CreatorSummary): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'nan');
  return `creators: ${BANDS.map((b) => `${b.id}=${f(s.fp[b.id].share)}`).join(' ')} fp_creatorlike=${f(s.fp.fp_creatorlike.share)} ` +
    `auc_active_fake=${f(s.aucActiveFake)}`;
}
