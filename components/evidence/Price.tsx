/** The fair price band per post type with its formula, sources and discounts; posting cadence and trend. */
import type { CadenceReport } from '../../lib/evidence/cadence';
import type { Discount, PriceBand, PriceReport } from '../../lib/evidence/price';
import { t } from '../../lib/i18n';
import { formatNumber, formatPrice, formatRateValue, formatSigned, word } from '../format';

const TYPE_TEXT: Record<PriceBand['type'], () => string> = {
  post: () => t('ev_priceType_post'),
  video: () => t('ev_priceType_video'),
  integration: () => t('ev_priceType_integration'),
  'stream-hour': () => t('ev_priceType_streamHour'),
};
const DISCOUNT_TEXT: Record<Discount['id'], () => string> = {
  'engagement-far-below': () => t('ev_discount_engagementFarBelow'),
  'engagement-below': () => t('ev_discount_engagementBelow'),
  'comments-alarm': () => t('ev_discount_commentsAlarm'),
  'comments-elevated': () => t('ev_discount_commentsElevated'),
  pod: () => t('ev_discount_pod'),
  'low-confidence': () => t('ev_discount_lowConfidence'),
};

export function PriceSection({ price }: { price: PriceReport }) {
  return (
    <section aria-labelledby="ev-price-heading" data-section="price">
      <h2 id="ev-price-heading" class="section-heading">
        {t('ev_priceHeading')}
      </h2>
      {price.missing ? (
        <p class="muted">{price.missing === 'no-figures' ? t('ev_priceNoFigures') : t('ev_priceNoAudience')}</p>
      ) : (
        <ul class="ev-list">
          {price.bands.map((b) => (
            <li key={b.type} data-band={b.type}>
              {TYPE_TEXT[b.type]()}:{' '}
              <strong>
                {b.high === null
                  ? t('ev_priceOpen', formatPrice(b.low, b.currency))
                  : t('ev_priceRange', [formatPrice(b.low, b.currency), formatPrice(b.high, b.currency)])}
              </strong>
              <p class="muted">
                {t('formulaLine', word(b.formula))}
                {b.discount !== undefined && ` ${t('ev_priceDiscount', formatNumber(b.discount, 2))}`}
              </p>
              <p class="muted">{t('ev_priceSources', b.sources.map(word).join('; '))}</p>
            </li>
          ))}
        </ul>
      )}
      {price.reference && (
        <p class="muted">{t('ev_priceReference', [formatPrice(price.reference.value, price.bands[0]?.currency ?? 'USD'), word(price.reference.formula), word(price.reference.source)])}</p>
      )}
      {price.discounts.length > 0 && (
        <p>
          {t('ev_priceDiscounted')} {price.discounts.map((d) => `${DISCOUNT_TEXT[d.id]()} (×${formatNumber(d.factor, 2)})`).join('; ')}
        </p>
      )}
      <p class="muted">{t('ev_priceCaveat')}</p>
    </section>
  );
}

export function CadenceSection({ cadence }: { cadence: CadenceReport }) {
  const trend = cadence.trend;
  return (
    <section aria-labelledby="ev-cadence-heading" data-section="cadence">
      <h2 id="ev-cadence-heading" class="section-heading">
        {t('ev_cadenceHeading')}
      </h2>
      {cadence.perWeek === undefined ? (
        <p class="muted">{t('ev_cadenceTooFew', formatNumber(cadence.dated))}</p>
      ) : (
        <p>{t('ev_cadenceLine', [formatNumber(cadence.perWeek, 1), formatNumber(cadence.dated), formatNumber(cadence.spanDays ?? 0)])}</p>
      )}
      {trend ? (
        <p data-trend={trend.direction}>
          {trend.direction === 'rising' ? t('ev_trendRising') : trend.direction === 'falling' ? t('ev_trendFalling') : t('ev_trendSteady')}{' '}
          {t('ev_trendLine', [
            formatRateValue(trend.newer.median),
            formatNumber(trend.newer.posts),
            formatRateValue(trend.older.median),
            formatNumber(trend.older.posts),
            `${formatSigned(Math.round(trend.change * 100))}%`,
          ])}
        </p>
      ) : (
        cadence.perWeek !== undefined && <p class="muted">{t('ev_trendTooFew')}</p>
      )}
    </section>
  );
}
