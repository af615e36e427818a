/**
 * How a grade looks: one place for the letter, colour and short label that the toolbar badge,
 * the in-page badge and the popup all show. Colours pass WCAG AA with white text.
 */
import type { Analysis, Benchmark, Letter, Position } from '../score/types';

/**
 * The verdict word, from the grade AND the flags actually raised (never "Looks genuine" beside a warning, never
 * "Signs of inflation" without one): 'low' is a low grade with no inflation flag (engagement alone).
 */
export type Verdict = 'good' | 'fair' | 'poor' | 'low' | 'unknown';

// C without a flag is engagement below typical and nothing else: 'low' says so ("Mixed signals" would claim a flag).
const UNFLAGGED_VERDICT: Record<Letter, Verdict> = { A: 'good', B: 'good', C: 'low', D: 'low', F: 'low' };

export const VERDICT_COLORS: Record<Verdict, string> = {
  good: '#1b7a3a', // 5.4:1 on white text
  fair: '#8a5a00', // 5.9:1
  poor: '#b3261e', // 6.0:1
  low: '#b3261e', // 6.0:1: a low grade reads the same colour; the word says no flag was raised
  unknown: '#5f6368', // 6.2:1
};

/** Warnings and alerts raised: same definition as lib/score/flags.ts (kept import-free of scoring for the UI bundles). */
function raisedFlags(analysis: Analysis): Analysis['signals'] {
  return (analysis.signals ?? []).filter((s) => (s.severity === 'warning' || s.severity === 'alert') && s.id !== 'too-little-evidence');
}

export function verdictOf(analysis: Analysis | null | undefined): Verdict {
  const letter = analysis?.grade?.letter;
  if (!analysis || !letter) return 'unknown';
  const raised = raisedFlags(analysis);
  if (raised.some((s) => s.severity === 'alert')) return 'poor';
  if (raised.length) return letter === 'A' || letter === 'B' ? 'fair' : 'poor';
  return UNFLAGGED_VERDICT[letter];
}

/**
 * The message saying what a grade means, from its letter AND whether a flag was raised: a low letter with no flag is
 * low engagement, not inflation (gradeMeaning_<letter>); with a flag, gradeMeaningFlagged_<letter> (an A cannot carry
 * a flag: the cap holds it at 84, a B).
 */
export function gradeMeaningKey(analysis: Analysis): string {
  const letter = analysis.grade?.letter ?? 'F';
  return raisedFlags(analysis).length ? `gradeMeaningFlagged_${letter === 'A' ? 'B' : letter}` : `gradeMeaning_${letter}`;
}

/** Toolbar badge text: the letter, or "?" when there is too little to grade. */
export function toolbarText(analysis: Analysis | null | undefined): string {
  return analysis?.grade?.letter ?? '?';
}

/** Engagement rate shown beside the letter, e.g. "1.8%"; undefined when none was computed. */
export function headlineRate(analysis: Analysis | null | undefined, locale?: string): string | undefined {
  const rate = analysis?.engagement[0];
  if (!rate) return undefined;
  return formatPercent(rate.value, locale);
}

export function formatPercent(fraction: number, locale?: string): string {
  const digits = fraction < 0.001 ? 3 : fraction < 0.1 ? 2 : 1;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(fraction);
}

/** The benchmark a rate on `basis` is compared with: from `benchmarks` (every basis), else the grade's own. */
export function benchmarkFor(
  analysis: Analysis,
  basis: 'followers' | 'views',
): { ref: Benchmark; position: Position } | null {
  const all = analysis.benchmarks ?? [];
  const found = all.find((b) => b.ref.basis === basis);
  if (found) return found;
  return analysis.benchmark && analysis.benchmark.ref.basis === basis ? analysis.benchmark : null;
}
