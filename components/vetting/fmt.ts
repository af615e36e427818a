/** Formatting the vetting views share (numbers and dates come from components/format.ts). */
import type { Letter } from '../../lib/score/types';
import type { StoredCount } from '../../lib/storage/schema';
import { VERDICT_COLORS, type Verdict } from '../../lib/view/verdict';
import { formatNumber } from '../format';

const LETTER_VERDICT: Record<Letter, Verdict> = { A: 'good', B: 'good', C: 'fair', D: 'poor', F: 'poor' };

export function gradeColor(letter: Letter | undefined): string {
  return VERDICT_COLORS[letter ? LETTER_VERDICT[letter] : 'unknown'];
}

/** "48,213", or "≈48,200" for a rounded display (its interval goes in `countTitle`). */
export function formatStored(c: StoredCount | undefined): string {
  if (!c) return '—';
  const inexact = c.min !== undefined && c.max !== undefined && c.max > c.min;
  return `${inexact ? '≈' : ''}${formatNumber(c.value)}`;
}

export function countTitle(c: StoredCount | undefined): string | undefined {
  if (!c || c.min === undefined || c.max === undefined || c.max <= c.min) return undefined;
  return `${formatNumber(c.min)}–${formatNumber(c.max)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}
