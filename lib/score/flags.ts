/**
 * What "flagged" means, defined once: the analysis raised a warning- or alert-level inflation signal.
 * The extension's badge, the popup and the accuracy benchmark (scripts/bench-accuracy.ts) all use this.
 */
import type { Severity, Signal } from './types';

const FLAG_SEVERITIES: readonly Severity[] = ['warning', 'alert'];

/** Signals about the data rather than the account: never a flag, whatever their severity. */
const NOT_INFLATION: ReadonlySet<string> = new Set(['too-little-evidence']);

export function isFlagging(s: Signal): boolean {
  return FLAG_SEVERITIES.includes(s.severity) && !NOT_INFLATION.has(s.id);
}

export function isFlagged(signals: readonly Signal[]): boolean {
  return signals.some(isFlagging);
}
