/** The popup's engagement section: each rate with its formula, what it rests on, the benchmark and the chart. */
import type { Analysis, EngagementRate } from '../lib/score/types';
import type { Platform } from '../lib/snapshot';
import { t } from '../lib/i18n';
import { benchmarkFor } from '../lib/view/verdict';
import { EngagementChart } from './EngagementChart';
import { formatNumber, formatRateValue, platformName, rateIsRange, word } from './format';

export function Engagement({ analysis, platform }: { analysis: Analysis; platform: Platform }) {
  const tier = analysis.tier;
  return (
    <section aria-labelledby="engagement-heading">
      <h2 id="engagement-heading" class="section-heading">
        {t('engagementHeading')}
      </h2>
      {tier && <p class="tier">{t('tierLine', t(`tier_${tier.id}`))}</p>}
      {analysis.engagement.length ? (
        analysis.engagement.map((r) => (
          <RateBlock key={r.basis} rate={r} analysis={analysis} platform={platform} bench={benchmarkFor(analysis, r.basis)} />
        ))
      ) : (
        <p>{t('noEngagement')}</p>
      )}
    </section>
  );
}

function RateBlock({
  rate,
  analysis,
  platform,
  bench,
}: {
  rate: EngagementRate;
  analysis: Analysis;
  platform: Platform;
  bench: Analysis['benchmark'];
}) {
  const ref = bench?.ref ?? null;
  return (
    <div class="rate-block">
      <h3 class="rate-label">{t(`rateLabel_${rate.basis}`)}</h3>
      <p class="rate-value">
        <strong>{formatRateValue(rate.value)}</strong>
        {bench && (
          <span class="position" data-position={bench.position}>
            {t(`position_${bench.position.replace('-', '_')}`)}
          </span>
        )}
      </p>
      {rateIsRange(rate) && <p class="muted">{t('rateRange', [formatRateValue(rate.min), formatRateValue(rate.max)])}</p>}
      <p class="muted">
        {t('formulaLine', word(rate.formula))} · {t(rate.period === 'lifetime' ? 'postsUsed_lifetime' : `postsUsed_${rate.basis}`, formatNumber(rate.postsUsed))}
      </p>
      {ref && (
        <p class="benchmark">
          {t('benchmarkLine', [
            t(`tierShort_${ref.tier}`),
            platformName(ref.platform ?? platform),
            formatRateValue(ref.typical),
            formatRateValue(ref.low),
            formatRateValue(ref.high),
          ])}
        </p>
      )}
      {ref && (
        <details class="about">
          <summary>{t('benchmarkAbout')}</summary>
          <p>{t('benchmarkSource', [word(ref.source), String(ref.year)])}</p>
          <p>{t('benchmarkFormula', word(ref.formula))}</p>
          {/* A state stored before notes were phrases holds one string. */}
          {ref.note && <p>{(Array.isArray(ref.note) ? ref.note : [ref.note]).map(word).join(' ')}</p>}
        </details>
      )}
      {!ref && analysis.engagement.length > 0 && <p class="muted">{t('noBenchmark')}</p>}
      <EngagementChart rate={rate} bench={ref} idBase={`chart-${rate.basis}`} />
    </div>
  );
}
