/** Number formatting for the UI, in the browser's language. */
import type { Count } from '../lib/snapshot';
import { uiLocale } from '../lib/i18n';
import { formatPercent } from '../lib/verdict';

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

export function formatCount(c: Count): string {
  return c.exact ? formatNumber(c.value) : `${formatNumber(c.min)}–${formatNumber(c.max)}`;
}

export function formatRate(r: { value: number; min: number; max: number }): string {
  const locale = uiLocale();
  if (r.max - r.min < r.value * 0.02) return formatPercent(r.value, locale);
  return `${formatPercent(r.value, locale)} (${formatPercent(r.min, locale)}–${formatPercent(r.max, locale)})`;
}
