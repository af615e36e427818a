/**
 * Per-post engagement against the tier's typical band: one bar per post (page order), the band
 * (benchmark low..high) shaded, the typical rate dashed, the account's median solid. Pure SVG.
 *
 * Accessible three ways: the SVG is an image with a title and a description that state the
 * numbers; a sentence under it says how many posts fall below, inside and above the band; and a
 * table of every post's rate sits in a disclosure beside it.
 */
import type { Benchmark, EngagementRate } from '../lib/score/types';
import { t } from '../lib/i18n';
import { formatNumber, formatRateValue } from './format';

const W = 348;
const H = 150;
const PAD = { top: 18, right: 8, bottom: 20, left: 40 };

type BandPlace = 'below' | 'within' | 'above';

export function bandPlace(rate: number, band: { low: number; high: number }): BandPlace {
  return rate < band.low ? 'below' : rate > band.high ? 'above' : 'within';
}

/** A round step for about `count` ticks up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  const raw = max / count;
  if (!(raw > 0)) return 0.01;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * pow;
}

/**
 * The top of the scale: room for the band and the median, and for most posts; a post far above
 * the rest (a viral one) is drawn clipped with its value written, so it does not flatten the others.
 */
export function scaleMax(rates: number[], bench: Benchmark | null, median: number): number {
  const ref = Math.max(median, bench?.high ?? 0, bench?.typical ?? 0);
  const sorted = [...rates].sort((a, b) => a - b);
  const p80 = sorted.length ? sorted[Math.floor((sorted.length - 1) * 0.8)] : 0;
  const wanted = Math.max(ref * 1.25, p80 * 1.1, sorted.at(-1) ?? 0);
  const cap = Math.max(ref, p80) * 2.5 || wanted;
  const top = Math.min(wanted, cap) || 0.01;
  const step = niceStep(top);
  return Math.ceil(top / step) * step;
}

export function EngagementChart({ rate, bench, idBase }: { rate: EngagementRate; bench: Benchmark | null; idBase: string }) {
  const posts = rate.perPost;
  if (!posts.length) return null;
  const rates = posts.map((p) => p.rate);
  const max = scaleMax(rates, bench, rate.value);
  const step = niceStep(max);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (Math.min(v, max) / max) * plotH;
  const slot = plotW / posts.length;
  const barW = Math.max(2, Math.min(22, slot * 0.66));
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(v);

  const basis = t(`basis_${rate.basis}`);
  const titleId = `${idBase}-title`;
  const descId = `${idBase}-desc`;
  const low = Math.min(...rates);
  const high = Math.max(...rates);
  const desc = bench
    ? t('chartDesc', [
        formatNumber(posts.length),
        formatRateValue(low),
        formatRateValue(high),
        formatRateValue(rate.value),
        formatRateValue(bench.low),
        formatRateValue(bench.high),
        formatRateValue(bench.typical),
      ])
    : t('chartDescNoBand', [formatNumber(posts.length), formatRateValue(low), formatRateValue(high), formatRateValue(rate.value)]);
  const places = bench ? rates.map((r) => bandPlace(r, bench)) : [];
  const countOf = (p: BandPlace) => formatNumber(places.filter((x) => x === p).length);

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} class="chart-svg">
        <title id={titleId}>{t('chartTitle', basis)}</title>
        <desc id={descId}>{desc}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="chart-grid" />
            <text x={PAD.left - 5} y={y(v) + 3.5} text-anchor="end" class="chart-axis">
              {formatRateValue(v)}
            </text>
          </g>
        ))}
        {bench && (
          <>
            <rect x={PAD.left} width={plotW} y={y(bench.high)} height={Math.max(1, y(bench.low) - y(bench.high))} class="chart-band" />
            <line x1={PAD.left} x2={W - PAD.right} y1={y(bench.typical)} y2={y(bench.typical)} class="chart-typical" />
          </>
        )}
        {posts.map((p, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          const clipped = p.rate > max;
          const top = y(p.rate);
          return (
            <g key={p.id ?? p.url ?? i}>
              <rect x={x} y={top} width={barW} height={Math.max(1, PAD.top + plotH - top)} rx={Math.min(3, barW / 3)} class="chart-bar" />
              {clipped && (
                <>
                  {/* An axis break across the bar, and its real value above the plot. */}
                  <path d={`M${x - 2} ${top + 9}l${barW + 4} -4M${x - 2} ${top + 13}l${barW + 4} -4`} class="chart-clip" />
                  <text x={x + barW / 2} y={PAD.top - 5} text-anchor="middle" class="chart-clip-label">
                    {formatRateValue(p.rate)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(rate.value)} y2={y(rate.value)} class="chart-median" />
        <text x={W - PAD.right - 2} y={y(rate.value) - 4} text-anchor="end" class="chart-median-label">
          {t('chartMedianLabel')}
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} class="chart-baseline" />
        <text x={PAD.left} y={H - 5} class="chart-axis">
          {t('chartAxisFirst')}
        </text>
        <text x={W - PAD.right} y={H - 5} text-anchor="end" class="chart-axis">
          {t('chartAxisLast', formatNumber(posts.length))}
        </text>
      </svg>
      <figcaption>
        <ul class="legend">
          <li>
            <span class="swatch swatch-bar" aria-hidden="true" />
            {t('chartLegendPost')}
          </li>
          <li>
            <span class="swatch swatch-median" aria-hidden="true" />
            {t('chartLegendMedian', formatRateValue(rate.value))}
          </li>
          {bench && (
            <>
              <li>
                <span class="swatch swatch-band" aria-hidden="true" />
                {t('chartLegendBand', [formatRateValue(bench.low), formatRateValue(bench.high)])}
              </li>
              <li>
                <span class="swatch swatch-typical" aria-hidden="true" />
                {t('chartLegendTypical', formatRateValue(bench.typical))}
              </li>
            </>
          )}
        </ul>
        {bench && <p class="chart-summary">{t('chartSummary', [countOf('below'), countOf('within'), countOf('above')])}</p>}
      </figcaption>
      <details class="chart-table">
        <summary>{t('chartTableSummary')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chartColPost')}</th>
              <th scope="col">{t('chartColRate')}</th>
              {bench && <th scope="col">{t('chartColBand')}</th>}
            </tr>
          </thead>
          <tbody>
            {posts.map((p, i) => (
              <tr key={p.id ?? p.url ?? i}>
                <th scope="row">
                  {p.url ? (
                    <a href={p.url} target="_blank" rel="noopener noreferrer">
                      {t('chartPostN', formatNumber(i + 1))}
                    </a>
                  ) : (
                    t('chartPostN', formatNumber(i + 1))
                  )}
                </th>
                <td>{formatRateValue(p.rate)}</td>
                {bench && <td>{t(`band_${bandPlace(p.rate, bench)}`)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export const CHART_DYNAMIC_KEYS = ['band_below', 'band_within', 'band_above'];
