/**
 * Each recent post's engagement as a bar, the median as a line and the band genuine accounts of
 * this size fall in (when the benchmark gives one) as a shaded strip. Pure SVG, printable.
 */
import { t } from '../../lib/i18n';
import { formatRateValue } from '../format';

const W = 300;
const H = 80;
const PAD = { top: 6, right: 4, bottom: 4, left: 40 };

export function PerPostChart({ id, rates, median, band }: { id: string; rates: number[]; median: number; band?: { typical: number; low?: number; high?: number } }) {
  const top = Math.max(...rates, median, band?.high ?? band?.typical ?? 0) * 1.1 || 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const step = Math.min(innerW / rates.length, 28);
  const label = t('rep_chartLabel', [String(rates.length), formatRateValue(median), band ? formatRateValue(band.typical) : '—']);
  return (
    <figure class="rep-figure">
    <svg viewBox={`0 0 ${W} ${H}`} class="rep-chart" role="img" aria-labelledby={`${id}-t`}>
      <title id={`${id}-t`}>{label}</title>
      {band?.low !== undefined && band.high !== undefined && (
        <rect x={PAD.left} width={innerW} y={y(band.high)} height={Math.max(1, y(band.low) - y(band.high))} class="rep-band" />
      )}
      {rates.map((r, i) => (
        <rect key={i} x={PAD.left + i * step + step * 0.15} width={step * 0.7} y={y(r)} height={Math.max(0.5, PAD.top + innerH - y(r))} class="rep-bar" />
      ))}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(median)} y2={y(median)} class="rep-median" />
      <text x={PAD.left - 4} y={y(median) + 3} class="rep-axis" text-anchor="end">
        {formatRateValue(median)}
      </text>
      <text x={PAD.left - 4} y={PAD.top + innerH} class="rep-axis" text-anchor="end">
        0
      </text>
    </svg>
      <figcaption class="rep-muted rep-small">{t('rep_chartAxis')}</figcaption>
    </figure>
  );
}
