/** Formatting for the evidence sections (extension pages only: Intl never runs in a content script). */
import { uiLocale } from '../../lib/i18n';
import { formatNumber, formatRateValue } from '../format';

export function formatMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(uiLocale(), { style: 'currency', currency, maximumFractionDigits: value < 100 ? 2 : 0, minimumFractionDigits: 0 }).format(value);
  } catch {
    return `${formatNumber(value)} ${currency}`;
  }
}

export const formatShare = (fraction: number) => formatRateValue(fraction);
