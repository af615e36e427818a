/**
 * The evidence sections in a few words each, for one cell of the comparison and one block of the
 * printed report: audience sample, sponsored vs organic, comment quality, pods, price band, cadence
 * and trend (lib/storage/entry-evidence.ts). Every value is text; quotes from the page are isolated
 * (dir="auto") and never markup.
 */
import type { Discount, PriceBand, PriceReport } from '../../lib/evidence/price';
import type { EntryEvidence } from '../../lib/storage/entry-evidence';
import type { CadenceSummary, CommentsSummary, SponsoredSummary } from '../../lib/storage/summary-evidence';
import { t, tp } from '../../lib/i18n';
import { POD_MIN_POSTS } from '../../lib/evidence/pods';
import { formatPrice, formatNumber, formatRateValue, formatSigned, word } from '../format';

const pct = (fraction: number) => formatNumber(Math.round(fraction * 100));
const none = (text: string) => <span class="vet-muted">{text}</span>;

export function AudienceCell({ ev }: { ev: EntryEvidence }) {
  const a = ev.audience;
  if (!a) return none(t('cmp_audienceNone'));
  return (
    <span data-cell="audience">
      {t('cmp_audienceCell', [formatNumber(a.seen), pct(a.share), pct(a.low), pct(a.high)])}
      {a.small && ' '}
      {a.small && <span class="vet-muted vet-block">{t('cmp_audienceSmall')}</span>}
    </span>
  );
}

const median = (m: number | undefined) => (m === undefined ? t('ev_noRate') : formatRateValue(m));

export function SponsoredCell({ s }: { s: SponsoredSummary | undefined }) {
  if (!s) return none(t('cmp_notRead'));
  return (
    <span data-cell="sponsored">
      {tp('cmp_sponsoredShare', s.known, [formatRateValue(s.share ?? 0), formatNumber(s.known)])}
      {s.sponsored.rated + s.organic.rated > 0 && ' '}
      {s.sponsored.rated + s.organic.rated > 0 && (
        <span class="vet-block">
          {t('cmp_sponsoredSides', [median(s.sponsored.median), formatNumber(s.sponsored.rated), median(s.organic.median), formatNumber(s.organic.rated)])}
        </span>
      )}
      {s.undisclosed > 0 && ' '}
      {s.undisclosed > 0 && (
        <span class="vet-block vet-ev-warning" data-undisclosed={s.undisclosed}>
          {t('cmp_undisclosed', [formatNumber(s.undisclosed)])}
          {s.quotes.length > 0 && (
            <>
              {': '}
              {s.quotes.map((q, i) => (
                <span key={i}>
                  {i > 0 && ', '}“<bdi>{q}</bdi>”
                </span>
              ))}
            </>
          )}
        </span>
      )}
    </span>
  );
}

export const VERDICT_KEYS: Record<CommentsSummary['verdict'], string> = {
  normal: 'cmp_verdict_normal',
  elevated: 'cmp_verdict_elevated',
  alarm: 'cmp_verdict_alarm',
  'too-few': 'cmp_verdict_tooFew',
};

export function CommentsCell({ c }: { c: CommentsSummary | undefined }) {
  if (!c) return none(t('cmp_notRead'));
  return (
    <span data-cell="comments" data-verdict={c.verdict}>
      {t('cmp_commentsCell', [formatNumber(c.generic), formatNumber(c.total), formatRateValue(c.total ? c.generic / c.total : 0), formatNumber(c.duplicates), formatRateValue(c.total ? c.duplicates / c.total : 0)])}
      {' '}
      <span class={`vet-block${c.verdict === 'alarm' ? ' vet-ev-alert' : c.verdict === 'elevated' ? ' vet-ev-warning' : ' vet-muted'}`}>{t(VERDICT_KEYS[c.verdict])}</span>
    </span>
  );
}

export function PodsCell({ ev }: { ev: EntryEvidence }) {
  const p = ev.pods;
  if (!p) return none(t('cmp_podsNotOpened'));
  // Pods are named across at least POD_MIN_POSTS posts (lib/evidence/pods.ts).
  if (p.postsSeen < POD_MIN_POSTS) return none(t('cmp_podsTooFew', [formatNumber(p.postsSeen), formatNumber(POD_MIN_POSTS)]));
  return (
    <span data-cell="pods" data-named={p.named}>
      {t('cmp_podsCell', [formatNumber(p.named), formatNumber(p.postsSeen)])}
      {p.likelyPod && ' '}
      {p.likelyPod && <span class="vet-block vet-ev-warning">{t('cmp_podsLikely', [formatNumber(p.pattern)])}</span>}
    </span>
  );
}

export const TYPE_KEYS: Record<PriceBand['type'], string> = {
  post: 'ev_priceType_post',
  video: 'ev_priceType_video',
  integration: 'ev_priceType_integration',
  'stream-hour': 'ev_priceType_streamHour',
};

export function bandText(b: PriceBand): string {
  return b.high === null ? t('ev_priceOpen', formatPrice(b.low, b.currency)) : t('ev_priceRange', [formatPrice(b.low, b.currency), formatPrice(b.high, b.currency)]);
}

export const DISCOUNT_KEYS: Record<Discount['id'], string> = {
  'engagement-far-below': 'ev_discount_engagementFarBelow',
  'engagement-below': 'ev_discount_engagementBelow',
  'comments-alarm': 'ev_discount_commentsAlarm',
  'comments-elevated': 'ev_discount_commentsElevated',
  pod: 'ev_discount_pod',
  'low-confidence': 'ev_discount_lowConfidence',
};

export function PriceCell({ price, detail = false }: { price: PriceReport | null; detail?: boolean }) {
  if (!price) return none(t('cmp_notRead'));
  if (!price.bands.length) return none(t('cmp_priceNone'));
  return (
    <span data-cell="price">
      {price.bands.map((b) => (
        <span key={b.type} class="vet-block" data-band={b.type}>
          {' '}
          {t(TYPE_KEYS[b.type])}: <strong>{bandText(b)}</strong>
          {detail && ' '}
          {detail && <span class="vet-muted vet-block">{t('formulaLine', word(b.formula))}{b.discount !== undefined && ` ${t('ev_priceDiscount', formatNumber(b.discount, 2))}`}</span>}
          {detail && ' '}
          {detail && <span class="vet-muted vet-block">{t('ev_priceSources', b.sources.map(word).join('; '))}</span>}
        </span>
      ))}
      {price.factor !== 1 && ' '}
      {price.factor !== 1 && (
        <span class="vet-muted vet-block">
          {t('cmp_priceLowered', [formatNumber(price.factor, 2)])} {price.discounts.map((d) => t(DISCOUNT_KEYS[d.id])).join('; ')}
        </span>
      )}
    </span>
  );
}

export const TREND_KEYS = { rising: 'cmp_trend_rising', falling: 'cmp_trend_falling', steady: 'cmp_trend_steady' } as const;

export function CadenceCell({ c }: { c: CadenceSummary | undefined }) {
  if (!c) return none(t('cmp_notRead'));
  if (c.perWeek === undefined) return none(t('ev_cadenceTooFew', formatNumber(c.dated)));
  return (
    <span data-cell="cadence">
      {t('cmp_cadenceCell', [formatNumber(c.perWeek, 1), formatNumber(c.dated)])}
      {c.trend && ' '}
      {c.trend && (
        <span class="vet-block" data-trend={c.trend.direction}>
          {t(TREND_KEYS[c.trend.direction], [`${formatSigned(Math.round(c.trend.change * 100))}%`, formatNumber(c.trend.newer + c.trend.older)])}
        </span>
      )}
    </span>
  );
}
