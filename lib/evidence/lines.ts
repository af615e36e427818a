/**
 * One line per evidence section for the in-page panel, worded and formatted in the background (the
 * content script formats nothing: lib/view/badge.ts). Only what the page itself shows: pods need the
 * posts seen before, so they stay in the breakdown.
 */
import type { Analysis } from '../score/types';
import type { Snapshot } from '../snapshot';
import { t } from '../i18n';
import { evidenceReport } from './index';
import type { Currency } from './price';

export function evidenceLines(snapshot: Snapshot, analysis: Analysis, locale: string | undefined, currency?: Currency): string[] {
  const r = evidenceReport(snapshot, analysis, { currency });
  const num = (n: number, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  const pct = (f: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f);
  const money = (v: number, code: string) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code, maximumFractionDigits: 0 }).format(v);
    } catch {
      return `${num(v)} ${code}`;
    }
  };
  const lines: string[] = [];
  const s = r.sponsored;
  if (s.known > 0) {
    lines.push(
      s.undisclosed.length
        ? t('ev_panel_sponsoredFlag', [pct(s.share ?? 0), num(s.known), num(s.undisclosed.length)])
        : t('ev_panel_sponsored', [pct(s.share ?? 0), num(s.known)]),
    );
  }
  if (r.comments && r.comments.total > 0) lines.push(t('ev_panel_comments', [num(r.comments.generic.count), num(r.comments.total)]));
  const band = r.price.bands[0];
  if (band) {
    const range = band.high === null ? t('ev_priceOpen', money(band.low, band.currency)) : t('ev_priceRange', [money(band.low, band.currency), money(band.high, band.currency)]);
    lines.push(t('ev_panel_price', range));
  }
  if (r.cadence.perWeek !== undefined) lines.push(t('ev_panel_cadence', num(r.cadence.perWeek, 1)));
  return lines;
}
