/**
 * Growth over time for one account: followers, and engagement per follower, one point per day
 * visited (history keeps one record per account per day). Pure SVG, no chart library.
 *
 * Accessible: each chart is an `img` with a title and a description that states the numbers
 * (first and last value, change, visits); every point has a tooltip; the same data is in a table
 * under "Show as table". Days are placed on a time axis, so a gap between visits looks like one.
 * A rounded follower count ("48.2K") is drawn with the interval it leaves open.
 */
import type { HistoryRecord } from '../../lib/storage/schema';
import { t, uiLocale } from '../../lib/i18n';
import { formatCompact, formatNumber, formatRateValue } from '../format';

const W = 348;
const H = 112;
const PAD = { top: 10, right: 10, bottom: 20, left: 44 };

export interface SeriesPoint {
  at: number;
  value: number;
  min?: number;
  max?: number;
  label: string;
}

export function formatDay(at: number | string, withYear = false): string {
  const d = new Date(at);
  return new Intl.DateTimeFormat(uiLocale(), withYear ? { dateStyle: 'medium' } : { day: 'numeric', month: 'short' }).format(d);
}

export function followerSeries(records: readonly HistoryRecord[]): SeriesPoint[] {
  return records
    .filter((r) => r.followers)
    .map((r) => ({ at: Date.parse(r.at), value: r.followers!.value, min: r.followers!.min, max: r.followers!.max, label: r.day }));
}

export function engagementSeries(records: readonly HistoryRecord[]): SeriesPoint[] {
  return records.filter((r) => r.engagement !== undefined).map((r) => ({ at: Date.parse(r.at), value: r.engagement!, label: r.day }));
}

/** Axis bounds with a little room, and three round ticks. */
export function axis(points: readonly SeriesPoint[]): { lo: number; hi: number; ticks: number[] } {
  const values = points.flatMap((p) => [p.min ?? p.value, p.max ?? p.value]);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) {
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.05;
    lo -= pad;
    hi += pad;
  } else {
    const pad = (hi - lo) * 0.12;
    lo = Math.max(0, lo - pad);
    hi += pad;
  }
  return { lo, hi, ticks: [lo + (hi - lo) * 0.1, (lo + hi) / 2, hi - (hi - lo) * 0.1] };
}

function LineChart({
  id, points, title, describe, format,
}: { id: string; points: SeriesPoint[]; title: string; describe: string; format: (n: number) => string }) {
  const { lo, hi, ticks } = axis(points);
  const t0 = points[0].at;
  const t1 = points[points.length - 1].at;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (at: number) => PAD.left + (t1 === t0 ? plotW / 2 : ((at - t0) / (t1 - t0)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  return (
    <figure class="vet-growth-figure">
      <figcaption class="vet-growth-caption" id={`${id}-cap`}>
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} class="vet-growth-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="vet-grid" />
            <text x={PAD.left - 5} y={y(v) + 3.5} text-anchor="end" class="vet-axis">
              {format(v)}
            </text>
          </g>
        ))}
        {points.map((p) =>
          p.min !== undefined && p.max !== undefined && p.max > p.min ? (
            <line key={`r${p.at}`} x1={x(p.at)} x2={x(p.at)} y1={y(p.max)} y2={y(p.min)} class="vet-interval" />
          ) : null,
        )}
        <path d={path} class="vet-line" />
        {points.map((p) => (
          <circle key={p.at} cx={x(p.at)} cy={y(p.value)} r={3.2} class="vet-dot">
            <title>{`${formatDay(p.at, true)}: ${p.min !== undefined && p.max !== undefined && p.max > p.min ? `${format(p.value)} (${formatNumber(p.min)}–${formatNumber(p.max)})` : format(p.value)}`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 5} class="vet-axis">
          {formatDay(t0)}
        </text>
        <text x={W - PAD.right} y={H - 5} text-anchor="end" class="vet-axis">
          {formatDay(t1)}
        </text>
      </svg>
    </figure>
  );
}

function change(first: number, last: number): string {
  if (first === 0) return '';
  const pct = (last - first) / first;
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(pct) * 100, 1)}%`;
}

export function GrowthChart({ records, idBase = 'growth' }: { records: readonly HistoryRecord[]; idBase?: string }) {
  const followers = followerSeries(records);
  const engagement = engagementSeries(records);
  if (records.length < 2) return null;
  const describe = (s: SeriesPoint[], format: (n: number) => string) => {
    const first = s[0];
    const last = s[s.length - 1];
    return t('vet_growthDesc', [formatNumber(s.length), formatDay(first.at, true), format(first.value), formatDay(last.at, true), format(last.value), change(first.value, last.value) || '—']);
  };
  return (
    <div class="vet-growth">
      {followers.length >= 2 ? (
        <LineChart id={`${idBase}-followers`} points={followers} title={t('vet_growthFollowers')} describe={describe(followers, formatNumber)} format={formatCompact} />
      ) : (
        <p class="vet-muted">{t('vet_growthNoFollowers')}</p>
      )}
      {engagement.length >= 2 && (
        <LineChart id={`${idBase}-engagement`} points={engagement} title={t('vet_growthEngagement')} describe={describe(engagement, formatRateValue)} format={formatRateValue} />
      )}
      <details class="vet-growth-table">
        <summary>{t('vet_showTable')}</summary>
        <table>
          <caption class="vet-sr">{t('vet_growthHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('vet_colDay')}</th>
              <th scope="col">{t('vet_colFollowers')}</th>
              <th scope="col">{t('vet_colEngagement')}</th>
              <th scope="col">{t('vet_colGrade')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.day}>
                <th scope="row">{formatDay(r.at, true)}</th>
                <td>{r.followers ? formatNumber(r.followers.value) : '—'}</td>
                <td>{r.engagement !== undefined ? formatRateValue(r.engagement) : '—'}</td>
                <td>{r.grade ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

/** A small line for the comparison table: followers over time, with an accessible label. */
export function Sparkline({ points, label, width = 120, height = 30 }: { points: SeriesPoint[]; label: string; width?: number; height?: number }) {
  if (points.length < 2) return null;
  const { lo, hi } = axis(points);
  const t0 = points[0].at;
  const t1 = points[points.length - 1].at;
  const x = (at: number) => 2 + (t1 === t0 ? (width - 4) / 2 : ((at - t0) / (t1 - t0)) * (width - 4));
  const y = (v: number) => 2 + (height - 4) - ((v - lo) / (hi - lo)) * (height - 4);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} class="vet-spark">
      <path d={d} class="vet-line" />
      <circle cx={x(points[points.length - 1].at)} cy={y(points[points.length - 1].value)} r={2.5} class="vet-dot" />
    </svg>
  );
}
