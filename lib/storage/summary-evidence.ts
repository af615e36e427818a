/**
 * What a shortlist summary keeps of the evidence sections (lib/evidence), so that the comparison,
 * the printed report and the exports show them for accounts the user is not looking at: numbers and
 * ids only, worded by the UI. Captions and comments are not kept; of a possible undisclosed
 * sponsorship, the evidence quoted (discount codes, links, phrases: at most 6 of 100 characters).
 *
 * Each section is dated and rests on a number of posts: a later page replaces it only when it rests
 * on as many posts, or the kept one is more than a week old (a post page's one caption does not undo
 * a profile's twelve). Pods and the audience sample are not kept here: they live in their own
 * stores (lib/storage/evidence.ts, lib/storage/audience.ts) and are read from there.
 *
 * The price band is kept as what its formula takes (lib/evidence/price.ts priceReport's input), so
 * it is computed when shown, in the currency the settings name then, with the pod discount the
 * posts opened since give.
 */
import * as z from 'zod/mini';
import type { EvidenceReport } from '../evidence';
import type { PriceInput } from '../evidence/price';
import type { Snapshot } from '../snapshot';

const int = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));
const fraction = () => z.number().check(z.gte(0), z.lte(1));
const rate = () => z.number().check(z.gte(0), z.lte(1e6));
const At = z.string().check(z.maxLength(40), z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date and time'));
const BASES = ['followers', 'views'] as const;
export const QUOTES_KEPT = 6;
export const QUOTE_MAX = 100;
/** A kept section older than this gives way to a newer one resting on fewer posts. */
export const SECTION_FRESH_MS = 7 * 86_400_000;

const SideSchema = z.object({ posts: int(1000), rated: int(1000), median: z.optional(rate()) });

export const SponsoredSummarySchema = z.object({
  at: At,
  /** Posts whose caption or label could be read. */
  known: int(1000),
  sponsored: SideSchema,
  organic: SideSchema,
  share: z.optional(fraction()),
  basis: z.optional(z.enum(BASES)),
  /** Posts with commercial evidence and no disclosure. */
  undisclosed: int(1000),
  /** That evidence, quoted. */
  quotes: z.array(z.string().check(z.maxLength(QUOTE_MAX))).check(z.maxLength(QUOTES_KEPT)),
});

export const CommentsSummarySchema = z.object({
  at: At,
  total: int(10_000),
  generic: int(10_000),
  duplicates: int(10_000),
  unrelated: int(10_000),
  /** Comments whose language could be compared with the caption's. */
  checked: int(10_000),
  verdict: z.enum(['normal', 'elevated', 'alarm', 'too-few']),
});

export const PriceInputSummarySchema = z.object({
  at: At,
  followers: z.optional(z.number().check(z.gte(0), z.lte(1e13))),
  medianViews: z.optional(z.object({ value: z.number().check(z.gte(0), z.lte(1e13)), posts: int(1000) })),
  liveViewers: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
  engagementPosition: z.optional(z.enum(['far-below', 'below', 'typical', 'above', 'far-above'])),
  confidence: z.enum(['low', 'medium', 'high']),
  commentVerdict: z.optional(z.enum(['normal', 'elevated', 'alarm', 'too-few'])),
});

export const CadenceSummarySchema = z.object({
  at: At,
  dated: int(1000),
  perWeek: z.optional(z.number().check(z.gte(0), z.lte(10_000))),
  spanDays: z.optional(z.number().check(z.gte(0), z.lte(100_000))),
  trend: z.optional(
    z.object({
      direction: z.enum(['rising', 'falling', 'steady']),
      change: z.number().check(z.gte(-1), z.lte(1e6)),
      newer: int(1000),
      older: int(1000),
      basis: z.enum(BASES),
    }),
  ),
});

export const SummaryEvidenceSchema = z.object({
  sponsored: z.optional(SponsoredSummarySchema),
  comments: z.optional(CommentsSummarySchema),
  price: z.optional(PriceInputSummarySchema),
  cadence: z.optional(CadenceSummarySchema),
});
export type SummaryEvidence = z.infer<typeof SummaryEvidenceSchema>;
export type SponsoredSummary = z.infer<typeof SponsoredSummarySchema>;
export type CommentsSummary = z.infer<typeof CommentsSummarySchema>;
export type PriceInputSummary = z.infer<typeof PriceInputSummarySchema>;
export type CadenceSummary = z.infer<typeof CadenceSummarySchema>;

const finiteOr = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);
const clip = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** What the summary keeps of one page's evidence report; undefined when the page gave none. Pure. */
export function summaryEvidenceFrom(report: EvidenceReport, snapshot: Pick<Snapshot, 'profile'>, price: Omit<PriceInput, 'platform' | 'likelyPod'>, at: string): SummaryEvidence | undefined {
  const out: SummaryEvidence = {};
  const s = report.sponsored;
  if (s.known > 0) {
    const side = (x: typeof s.sponsored) => ({ posts: clip(x.posts, 0, 1000), rated: clip(x.rated, 0, 1000), ...(finiteOr(x.median) !== undefined ? { median: clip(x.median!, 0, 1e6) } : {}) });
    const quotes = [...new Set(s.undisclosed.flatMap((u) => u.evidence))].slice(0, QUOTES_KEPT).map((q) => q.slice(0, QUOTE_MAX));
    out.sponsored = {
      at, known: clip(s.known, 0, 1000), sponsored: side(s.sponsored), organic: side(s.organic),
      ...(finiteOr(s.share) !== undefined ? { share: clip(s.share!, 0, 1) } : {}),
      ...(s.basis ? { basis: s.basis } : {}),
      undisclosed: clip(s.undisclosed.length, 0, 1000), quotes,
    };
  }
  const c = report.comments;
  if (c && c.total > 0) {
    out.comments = {
      at, total: clip(c.total, 0, 10_000), generic: clip(c.generic.count, 0, 10_000), duplicates: clip(c.duplicates.count, 0, 10_000),
      unrelated: clip(c.unrelatedLanguage.count, 0, 10_000), checked: clip(c.unrelatedLanguage.checked, 0, 10_000), verdict: c.verdict,
    };
  }
  const followers = finiteOr(price.followers) ?? finiteOr(snapshot.profile.followers?.value);
  const views = price.medianViews && Number.isFinite(price.medianViews.value) ? price.medianViews : undefined;
  const live = finiteOr(price.liveViewers);
  if (followers || views || live) {
    out.price = {
      at, confidence: price.confidence ?? 'low',
      ...(followers ? { followers: clip(followers, 0, 1e13) } : {}),
      ...(views ? { medianViews: { value: clip(views.value, 0, 1e13), posts: clip(views.posts, 0, 1000) } } : {}),
      ...(live ? { liveViewers: clip(live, 0, 1e9) } : {}),
      ...(price.engagementPosition ? { engagementPosition: price.engagementPosition } : {}),
      ...(price.commentVerdict ? { commentVerdict: price.commentVerdict } : {}),
    };
  }
  const k = report.cadence;
  if (k.dated > 0) {
    const t = k.trend;
    out.cadence = {
      at, dated: clip(k.dated, 0, 1000),
      ...(finiteOr(k.perWeek) !== undefined ? { perWeek: clip(k.perWeek!, 0, 10_000) } : {}),
      ...(finiteOr(k.spanDays) !== undefined ? { spanDays: clip(k.spanDays!, 0, 100_000) } : {}),
      ...(t && Number.isFinite(t.change) ? { trend: { direction: t.direction, change: clip(t.change, -1, 1e6), newer: clip(t.newer.posts, 0, 1000), older: clip(t.older.posts, 0, 1000), basis: t.basis } } : {}),
    };
  }
  const checked = SummaryEvidenceSchema.safeParse(out);
  return checked.success && Object.keys(checked.data).length ? checked.data : undefined;
}

/** How many posts a kept section rests on (what decides whether a newer reading replaces it). */
function restsOn(id: keyof SummaryEvidence, section: NonNullable<SummaryEvidence[keyof SummaryEvidence]>): number {
  switch (id) {
    case 'sponsored':
      return (section as SponsoredSummary).known;
    case 'comments':
      return (section as CommentsSummary).total;
    case 'price':
      return (section as PriceInputSummary).medianViews?.posts ?? 0;
    case 'cadence':
      return (section as CadenceSummary).dated;
  }
}

/** The kept sections and a new page's, section by section (see the file comment). Pure. */
export function carryEvidence(kept: SummaryEvidence | undefined, fresh: SummaryEvidence | undefined, now: Date): SummaryEvidence | undefined {
  if (!kept) return fresh;
  const out: SummaryEvidence = { ...kept };
  for (const id of ['sponsored', 'comments', 'price', 'cadence'] as const) {
    const next = fresh?.[id];
    const had = kept[id];
    if (!next) continue;
    const stale = !had || now.getTime() - Date.parse(had.at) > SECTION_FRESH_MS;
    if (stale || restsOn(id, next) >= restsOn(id, had)) (out as Record<string, unknown>)[id] = next;
  }
  return Object.keys(out).length ? out : undefined;
}
