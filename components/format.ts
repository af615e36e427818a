/**
 * Number, date and label formatting for the UI, in the browser's language (`uiLocale()`).
 * Everything a person reads goes through here or through `t()`: no hard-coded English.
 */
import type { Evidence, RateRange } from '../lib/score/types';
import type { Count, Platform } from '../lib/snapshot';
import { t, uiLocale } from '../lib/i18n';
import { formatPercent } from '../lib/view/verdict';
import { SUPPORTED_PLATFORMS } from '../lib/sites/list';

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
export function formatEvidence(e: Evidence): string {
  if (typeof e.value === 'string') return e.value;
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

/** Message keys built from data, listed so that the locale test can check every one exists. */
export const DYNAMIC_KEYS = {
  platform: SUPPORTED_PLATFORMS.map((p) => `platform_${p}`),
  severity: ['info', 'warning', 'alert'].map((s) => `severity_${s}`),
  confidence: ['low', 'medium', 'high'].flatMap((c) => [`confidence_${c}`, `confidenceLevel_${c}`]),
  verdict: ['good', 'fair', 'poor', 'low', 'unknown', 'provisional'].map((v) => `verdict_${v}`),
  population: ['personal', 'creator', 'uncertain'].map((p) => `population_${p}`),
  meaning: ['A', 'B', 'C', 'D', 'F'].map((l) => `gradeMeaning_${l}`),
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
