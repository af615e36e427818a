/**
 * Inflation risk, 0..1: the strongest piece of evidence, measured in sd beyond its own warning threshold, squashed by
 * a logistic, so risk passes 0.5 exactly where a warning starts:
 *
 *   risk = 1 / (1 + e^(-1.5 * S)),
 *   S = max(boughtFollowers - 2.5, fakeAccount - 2.5, zLikes - 2.5, (ln likes per comment - creators' bar) / 0.61,
 *           (creator low-engagement bar - ln(rate / typical)) / 0.75, rule signals)
 *
 * The z terms come from model.ts. fakeAccount (low engagement for its population while following many more than
 * follow it) and zLikes rank the risk only: they raise no flag on their own. Signals that are rules rather than
 * residuals count as S = 0.5 at warning and 1.5 at alert.
 *
 * A ranking and a rough degree of concern, not a probability that the account is fake (Rauchfleisch & Kaiser 2020).
 * The slope 1.5 is fixed a priori (one sd of evidence beyond the threshold moves risk from 0.5 to 0.82), not fitted.
 */
import type { CreatorCalibration } from './creators';
import { isFlagging } from './flags';
import type { ModelTerms } from './model';
import { WARN_Z } from './signals';
import type { Signal } from './types';
import { logistic } from './stats';

const RISK_SLOPE = 1.5;
/** Where each residual term starts to count as a warning (sd). */
const TERM_WARN = { boughtFollowers: WARN_Z, fakeAccount: WARN_Z, zLikes: WARN_Z } as const;
/** The creator spread (benchmarks.ts) turns the low-engagement distance (ln units) into sd. */
const CREATOR_SD = 0.75;
/** Spread of ln(likes per comment) among genuine accounts (calibration.ts, InstaFake: 0.61). */
const LPC_SD = 0.61;

export interface Risk {
  risk: number;
  driver: string | null;
  /** The strongest evidence, in sd beyond its warning threshold. */
  strength: number | null;
}

export function riskOf(terms: ModelTerms, signals: readonly Signal[], creators: CreatorCalibration): Risk {
  const candidates: { id: string; s: number }[] = [];
  if (terms.boughtFollowers !== undefined) candidates.push({ id: 'bought-followers', s: terms.boughtFollowers - TERM_WARN.boughtFollowers });
  if (terms.fakeAccount !== undefined) candidates.push({ id: 'fake-account', s: terms.fakeAccount - TERM_WARN.fakeAccount });
  if (terms.creatorResidual !== undefined) candidates.push({ id: 'low-engagement', s: (creators.lowWarn - terms.creatorResidual) / CREATOR_SD });
  if (terms.zLikes !== undefined) candidates.push({ id: 'likes-model', s: terms.zLikes - TERM_WARN.zLikes });
  if (terms.likesPerComment !== undefined) candidates.push({ id: 'likes-comments-ratio', s: (Math.log(terms.likesPerComment) - creators.lpcWarn) / LPC_SD });
  for (const sig of signals) {
    if (isFlagging(sig)) candidates.push({ id: sig.id, s: sig.severity === 'alert' ? RULE_ALERT : RULE_WARNING });
  }
  if (candidates.length === 0) return { risk: 0, driver: null, strength: null };
  let best = candidates[0];
  for (const c of candidates) if (c.s > best.s) best = c;
  return { risk: logistic(RISK_SLOPE * best.s), driver: best.id, strength: best.s };
}

/** Rule signals (no residual) count this far beyond the warning threshold. */
const RULE_WARNING = 0.5;
const RULE_ALERT = 1.5;
