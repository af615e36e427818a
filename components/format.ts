/**
 * The one formatting module of the extension pages: numbers, dates, money and labels in the browser's language
 * (`uiLocale()`), and the engine's phrases worded (lib/words.ts). Everything a person reads goes through here or
 * through `t()`: no hard-coded English. (The in-page panel is worded in the background: lib/badge-view.ts.)
 */
import type { Evidence, Letter, RateRange } from '../lib/score/types';
import type { Count, Platform } from '../lib/snapshot';
import type { StoredCount } from '../lib/storage/schema';
import { t, uiLocale } from '../lib/i18n';
import { isPhrase } from '../lib/phrase';
import { formatPercent, VERDICT_COLORS, type Verdict } from '../lib/view/verdict';
import { SUPPORTED_PLATFORMS } from '../lib/sites/list';
import { word } from '../lib/words';

export { word, isPageNote } from '../lib/words';

export { formatPointsOff } from '../lib/view/badge';

export function formatNumber(n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits }).format(n);
}

/** "1.2M" / "1,2 M": for axis labels and tight spaces. */
export function formatCompact(n: number): string {
  return new Intl.NumberFormat(uiLocale(), { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** An exact count as a number; a rounded one as the interval its display leaves open. */
export function formatCount(c: Count): string {
  if (c.exact || c.min === c.max) return formatNumber(c.value);
  return `${formatNumber(c.min)}–${formatNumber(c.max)}`;
}

export function formatRateValue(fraction: number): string {
  return formatPercent(fraction, uiLocale());
}

/** A rate, with its interval when rounded counts leave it open by more than 2% of its value. */
export function formatRate(r: RateRange): string {
  if (!rateIsRange(r)) return formatRateValue(r.value);
  return `${formatRateValue(r.value)} (${formatRateValue(r.min)}–${formatRateValue(r.max)})`;
}

export function rateIsRange(r: RateRange): boolean {
  return r.max - r.min >= Math.max(r.value * 0.02, 1e-6);
}

/** Evidence numbers by their unit: percent values are fractions, ratios read "12.5×". */
export function formatEvidence(e: Pick<Evidence, 'value' | 'unit'> & { label?: unknown }): string {
  if (typeof e.value === 'string') return e.value;
  if (isPhrase(e.value)) return word(e.value);
  if (typeof e.value !== 'number') return '';
  switch (e.unit) {
    case 'percent':
      return formatRateValue(e.value);
    case 'ratio':
      return `${formatNumber(e.value, e.value < 10 ? 2 : 1)}×`;
    case 'count':
      return formatNumber(e.value);
    case 'text':
      return String(e.value);
    default:
      return formatNumber(e.value, 2);
  }
}

/** A score component's contribution, signed: "+40", "−12". */
export function formatSigned(points: number): string {
  if (!points) return '0';
  return `${points > 0 ? '+' : '−'}${formatNumber(Math.abs(points), 1)}`;
}

export function formatTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const sameDay = new Date().toDateString() === d.toDateString();
  return new Intl.DateTimeFormat(uiLocale(), sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A price in its currency: cents only under 100 ("49,50 €", "1.200 €"); the code itself when the browser does not know it. */
export function formatPrice(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(uiLocale(), { style: 'currency', currency, maximumFractionDigits: value < 100 ? 2 : 0, minimumFractionDigits: 0 }).format(value);
  } catch {
    return `${formatNumber(value)} ${currency}`;
  }
}

/** An amount in its currency, in the UI language ("1.200,00 €"); the code itself when the browser does not know it. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(uiLocale(), { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${formatNumber(amount, 2)} ${currency}`;
  }
}

/** A date and time in full, whatever the day (for printed reports, read later). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function platformName(p: Platform): string {
  return t(`platform_${p}`);
}

// ---- Stored counts and grades (the shortlist, comparison and report) ----

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

/** Message keys built from data, listed so that the locale test can check every one exists. */
export const DYNAMIC_KEYS = {
  platform: SUPPORTED_PLATFORMS.map((p) => `platform_${p}`),
  severity: ['info', 'warning', 'alert'].map((s) => `severity_${s}`),
  confidence: ['low', 'medium', 'high'].flatMap((c) => [`confidence_${c}`, `confidenceLevel_${c}`]),
  verdict: ['good', 'fair', 'poor', 'low', 'unknown', 'provisional'].map((v) => `verdict_${v}`),
  population: ['personal', 'creator', 'uncertain'].map((p) => `population_${p}`),
  meaning: [...['A', 'B', 'C', 'D', 'F'].map((l) => `gradeMeaning_${l}`), ...['B', 'C', 'D', 'F'].map((l) => `gradeMeaningFlagged_${l}`)],
  postsUsed: ['followers', 'views', 'lifetime'].map((b) => `postsUsed_${b}`),
  tier: ['nano', 'micro', 'mid', 'macro', 'mega'].flatMap((tier) => [`tier_${tier}`, `tierShort_${tier}`]),
  position: ['far_below', 'below', 'typical', 'above', 'far_above'].map((p) => `position_${p}`),
  basis: ['followers', 'views'].flatMap((b) => [`basis_${b}`, `rateLabel_${b}`]),
  source: ['json_ld', 'embedded_json', 'meta', 'aria', 'text'].map((s) => `source_${s}`),
  count: ['followers', 'subscribers', 'following', 'posts', 'videos', 'likes', 'liveViewers'].map((c) => `count_${c}`),
  metric: ['likes', 'comments', 'shares', 'views', 'saves'].map((m) => `metric_${m}`),
  page: ['profile', 'post', 'other'].map((p) => `readFrom_${p}`),
  state: ['loading', 'unsupported_site', 'reload_needed', 'reading', 'no_account', 'unrecognised', 'disabled'].flatMap((s) => [
    `state_${s}_title`,
    `state_${s}_body`,
  ]),
} as const;
