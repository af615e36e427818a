/**
 * A fair price band per post type, from published ranges (GUIDE section 5), never one number. Pure.
 *
 * Base ranges (US dollars, what a marketer pays per post):
 * - Influencer Marketing Hub, tiers per post: Instagram nano $10-100, micro $100-500, mid $500-5k,
 *   macro $5k-10k, mega $10k+; YouTube per video $20-200, $200-1k, $1k-10k, $10k-20k, $20k+;
 *   TikTok $5-25, $25-125, $125-1,250, $1,250-2,500, $2,500+. Tiers by followers (Later x Fohr 2021).
 * - YouTube integrations: $20-50 CPM on expected views (median views of the videos read).
 * - Twitch: $0.80-1.20 per viewer-hour (live viewers now shown, per hour streamed).
 * - Instagram rule of thumb, shown beside the band: about $100 per 10k followers (inbeat 2024).
 *
 * Discount (RealReach's own, stated with the band, not a published figure): weak evidence lowers
 * the band by multiplying both ends: engagement below its benchmark x0.75 (far below x0.5), generic
 * comments above normal x0.8 (half or more x0.5), a likely pod x0.75, low confidence x0.8.
 */
import type { Platform } from '../snapshot';
import { flat, num, ph, type FlatPhrase, type Phrase } from '../phrase';

export type Tier = 'nano' | 'micro' | 'mid' | 'macro' | 'mega';
const TIER_LIMITS: [Tier, number][] = [['nano', 10_000], ['micro', 100_000], ['mid', 500_000], ['macro', 1_000_000], ['mega', Infinity]];

export function tierOf(followers: number): Tier {
  return TIER_LIMITS.find(([, limit]) => followers < limit)![0];
}

type Range = [number, number | null];
const IMH = flat('price_src_imh');
const TIER_PRICES: Partial<Record<Platform, { type: 'post' | 'video'; ranges: Record<Tier, Range> }>> = {
  instagram: { type: 'post', ranges: { nano: [10, 100], micro: [100, 500], mid: [500, 5_000], macro: [5_000, 10_000], mega: [10_000, null] } },
  youtube: { type: 'video', ranges: { nano: [20, 200], micro: [200, 1_000], mid: [1_000, 10_000], macro: [10_000, 20_000], mega: [20_000, null] } },
  tiktok: { type: 'video', ranges: { nano: [5, 25], micro: [25, 125], mid: [125, 1_250], macro: [1_250, 2_500], mega: [2_500, null] } },
};
const YOUTUBE_CPM: [number, number] = [20, 50];
const TWITCH_PER_VIEWER_HOUR: [number, number] = [0.8, 1.2];
const INSTAGRAM_PER_10K = 100;

export interface PriceInput {
  platform: Platform;
  followers?: number;
  /** Median views of the posts read, and how many posts it rests on. */
  medianViews?: { value: number; posts: number };
  liveViewers?: number;
  engagementPosition?: 'far-below' | 'below' | 'typical' | 'above' | 'far-above';
  confidence?: 'low' | 'medium' | 'high';
  commentVerdict?: 'normal' | 'elevated' | 'alarm' | 'too-few';
  likelyPod?: boolean;
}

export interface Currency {
  /** ISO 4217 code. */
  code: string;
  /** Units of this currency per US dollar, as the user set it. */
  perUsd: number;
}
export const USD: Currency = { code: 'USD', perUsd: 1 };

export interface Discount {
  id: 'engagement-far-below' | 'engagement-below' | 'comments-alarm' | 'comments-elevated' | 'pod' | 'low-confidence';
  factor: number;
}

export interface PriceBand {
  type: 'post' | 'video' | 'integration' | 'stream-hour';
  /** In the chosen currency; `high` null means open-ended ("and up"). */
  low: number;
  high: number | null;
  currency: string;
  /** The published range before the discount, in US dollars. */
  baseUsd: Range;
  /** How the band was worked out, before the discount (a message the UI words). */
  formula: Phrase;
  /** The discount applied to both ends (the report's factor), when there is one. */
  discount?: number;
  sources: FlatPhrase[];
  tier?: Tier;
}

export interface PriceReport {
  bands: PriceBand[];
  discounts: Discount[];
  /** Product of the discounts (1 = none). */
  factor: number;
  /** A reference value beside the bands (Instagram's per-follower rule of thumb), in the chosen currency. */
  reference?: { value: number; formula: Phrase; source: FlatPhrase };
  /** Why there is no band, when there is none. */
  missing?: 'no-figures' | 'no-audience';
}

function discountsFor(input: PriceInput): Discount[] {
  const d: Discount[] = [];
  if (input.engagementPosition === 'far-below') d.push({ id: 'engagement-far-below', factor: 0.5 });
  else if (input.engagementPosition === 'below') d.push({ id: 'engagement-below', factor: 0.75 });
  if (input.commentVerdict === 'alarm') d.push({ id: 'comments-alarm', factor: 0.5 });
  else if (input.commentVerdict === 'elevated') d.push({ id: 'comments-elevated', factor: 0.8 });
  if (input.likelyPod) d.push({ id: 'pod', factor: 0.75 });
  if (input.confidence === 'low') d.push({ id: 'low-confidence', factor: 0.8 });
  return d;
}

/** Rounds a price to two significant figures: the sources give ranges, not cents. */
function roundPrice(v: number): number {
  if (v <= 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

export function priceReport(input: PriceInput, currency: Currency = USD): PriceReport {
  const discounts = discountsFor(input);
  const factor = discounts.reduce((f, d) => f * d.factor, 1);
  const scale = factor * currency.perUsd;
  const band = (type: PriceBand['type'], base: Range, formula: Phrase, sources: FlatPhrase[], tier?: Tier): PriceBand => ({
    type,
    low: roundPrice(base[0] * scale),
    high: base[1] === null ? null : roundPrice(base[1] * scale),
    currency: currency.code,
    baseUsd: base,
    formula,
    ...(factor === 1 ? {} : { discount: factor }),
    sources,
    ...(tier ? { tier } : {}),
  });
  const bands: PriceBand[] = [];
  const table = TIER_PRICES[input.platform];
  const followers = input.followers;
  if (table && followers) {
    const tier = tierOf(followers);
    bands.push(band(table.type, table.ranges[tier], ph(table.type === 'post' ? 'price_formula_tierPost' : 'price_formula_tierVideo', flat(`tierShort_${tier}`), num(followers)), [IMH, flat('price_src_tiers')], tier));
  }
  if (input.platform === 'youtube' && input.medianViews && input.medianViews.value > 0) {
    const v = input.medianViews.value;
    const base: Range = [(v / 1000) * YOUTUBE_CPM[0], (v / 1000) * YOUTUBE_CPM[1]];
    bands.push(band('integration', base, ph('price_formula_integration', num(Math.round(v)), num(input.medianViews.posts)), [flat('price_src_youtubeCpm')]));
  }
  if (input.platform === 'twitch' && input.liveViewers && input.liveViewers > 0) {
    const v = input.liveViewers;
    bands.push(band('stream-hour', [v * TWITCH_PER_VIEWER_HOUR[0], v * TWITCH_PER_VIEWER_HOUR[1]], ph('price_formula_stream', num(v)), [flat('price_src_twitch')]));
  }
  const report: PriceReport = { bands, discounts, factor };
  if (input.platform === 'instagram' && followers) {
    report.reference = {
      value: roundPrice((followers / 10_000) * INSTAGRAM_PER_10K * scale),
      formula: factor === 1 ? ph('price_ref_formula', num(followers)) : ph('price_ref_formulaDiscounted', num(followers), num(factor, 2)),
      source: flat('price_src_inbeat'),
    };
  }
  if (!bands.length) report.missing = table || input.platform === 'twitch' ? 'no-audience' : 'no-figures';
  return report;
}
