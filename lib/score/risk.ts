/**
 * Inflation risk, 0..1: the strongest piece of evidence, measured in sd beyond its own warning threshold, squashed by
 * a logistic, so risk passes 0.5 exactly where a warning starts:
 *
 *   risk = 1 / (1 + e^(-1.5 * S)),  S = max(boughtFollowers - 2.5, zLikes - 2.5, zLikesPerComment - 3, rule signals)
 *
 * The z terms come from model.ts. Signals that are rules rather than residuals (mass following, erratic engagement,
 * views far below followers, growth spike, bought engagement) count as S = 0.5 at warning and 1.5 at alert.
 * zLikes (likes against what comments and followers predict, calibrated on small Instagram accounts) enters the risk
 * only: it weighs the follower count against the likes, and a bigger follower count must never raise the grade
 * (grade.ts), so it carries no points and raises no flag on its own.
 *
 * A ranking and a rough degree of concern, not a probability that the account is fake (Rauchfleisch & Kaiser 2020).
 * The slope 1.5 is fixed a priori (one sd of evidence beyond the threshold moves risk from 0.5 to 0.82), not fitted.
 */
import { isFlagging } from './flags';
import type { ModelTerms } from './model';
import { RATIO_WARN_Z, WARN_Z } from './signals';
import type { Signal } from './types';
import { logistic } from './stats';

export const RISK_SLOPE = 1.5;
/** Where each residual term starts to count as a warning (sd). zLikes never raises a flag; its bar is set alike. */
export const TERM_WARN = { boughtFollowers: WARN_Z, zLikes: WARN_Z, zLikesPerComment: RATIO_WARN_Z } as const;

export interface Risk {
  risk: number;
  driver: string | null;
  /** The strongest evidence, in sd beyond its warning threshold. */
  strength: number | null;
}

export function riskOf(terms: ModelTerms, signals: readonly Signal[]): Risk {
  const candidates: { id: string; s: number }[] = [];
  if (terms.boughtFollowers !== undefined) candidates.push({ id: 'low-engagement', s: terms.boughtFollowers - TERM_WARN.boughtFollowers });
  if (terms.zLikes !== undefined) candidates.push({ id: 'likes-model', s: terms.zLikes - TERM_WARN.zLikes });
  if (terms.zLikesPerComment !== undefined) candidates.push({ id: 'likes-comments-ratio', s: terms.zLikesPerComment - TERM_WARN.zLikesPerComment });
  for (const sig of signals) {
    if (!isFlagging(sig)) continue;
    candidates.push({ id: sig.id, s: sig.severity === 'alert' ? RULE_ALERT : RULE_WARNING });
  }
  if (candidates.length === 0) return { risk: 0, driver: null, strength: null };
  let best = candidates[0];
  for (const c of candidates) if (c.s > best.s) best = c;
  return { risk: logistic(RISK_SLOPE * best.s), driver: best.id, strength: best.s };
}

/** Rule signals (no residual) count this far beyond the warning threshold. */
export const RULE_WARNING = 0.5;
export const RULE_ALERT = 1.5;
