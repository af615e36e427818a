/**
 * The latest analysis of a shortlisted account, as the shortlist keeps it (./schema.ts composes it
 * into the stored entries): the engine's words as phrases, the evidence rows, the report sections.
 */
import * as z from 'zod/mini';
import { SummaryEvidenceSchema } from './summary-evidence';
import { EVIDENCE_KEPT, PER_POST_KEPT, SIGNALS_KEPT } from './limits';
import { CONFIDENCES, finite, int, IsoTimeSchema, LETTERS, POSITIONS, RateSchema, SEVERITIES, StoredCountSchema, text, TIERS, WebUrlSchema } from './schema-parts';

/**
 * The engine's words as stored: a phrase (lib/phrase.ts: a message id and its parameters, worded when shown in the
 * user's language), or a plain string (names, page text, and summaries stored before phrases existed).
 */
const MessageIdSchema = z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9_]+$/));
const FlatArgSchema = z.union([
  z.object({ num: finite(-1e13, 1e13), digits: z.optional(int(0, 6)) }),
  z.object({ pct: finite(-1e6, 1e6) }),
  z.object({ text: text(300) }),
]);
const FlatPhraseSchema = z.object({ msg: MessageIdSchema, args: z.optional(z.array(FlatArgSchema).check(z.maxLength(9))) });
export const PhraseSchema = z.object({
  msg: MessageIdSchema,
  args: z.optional(z.array(z.union([FlatArgSchema, FlatPhraseSchema, z.object({ list: z.array(FlatPhraseSchema).check(z.maxLength(12)) })])).check(z.maxLength(9))),
});
const words = (max: number) => z.union([text(max), PhraseSchema]);

export const EvidenceSchema = z.object({
  label: words(200),
  value: z.union([finite(-1e13, 1e13), words(300)]),
  unit: z.optional(z.enum(['percent', 'count', 'ratio', 'text'])),
});

export const REPORT_SECTIONS = ['audience', 'sponsorship', 'comments', 'price'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];
const SectionRowsSchema = z.array(z.object({ label: text(200), value: text(300) })).check(z.maxLength(12));
const ReportSectionsSchema = z.object({
  audience: z.optional(SectionRowsSchema),
  sponsorship: z.optional(SectionRowsSchema),
  comments: z.optional(SectionRowsSchema),
  price: z.optional(SectionRowsSchema),
});

/** The latest analysis of a shortlisted account seen in this browser: what the table and comparison show. */
export const SummarySchema = z.object({
  checkedAt: IsoTimeSchema,
  url: z.optional(WebUrlSchema),
  name: z.optional(text(300)),
  verified: z.optional(z.boolean()),
  followers: z.optional(StoredCountSchema),
  following: z.optional(StoredCountSchema),
  posts: z.optional(StoredCountSchema),
  likes: z.optional(StoredCountSchema),
  tier: z.optional(z.enum(TIERS)),
  grade: z.optional(z.object({ letter: z.enum(LETTERS), score: finite(0, 100), confidence: z.enum(CONFIDENCES) })),
  engagement: z
    .array(
      z.object({
        basis: z.enum(['followers', 'views']),
        value: RateSchema,
        min: RateSchema,
        max: RateSchema,
        postsUsed: int(0, 100_000),
        /** Each post's rate, page order, for the report's chart. */
        perPost: z.optional(z.array(RateSchema).check(z.maxLength(PER_POST_KEPT))),
      }),
    )
    .check(z.maxLength(4)),
  benchmark: z.optional(
    z.object({
      position: z.enum(POSITIONS),
      basis: z.enum(['followers', 'views']),
      typical: RateSchema,
      /** The band genuine accounts of this size fall in (16th-84th percentile), when the table gives one. */
      low: z.optional(RateSchema),
      high: z.optional(RateSchema),
      source: words(200),
      year: int(1990, 2200),
    }),
  ),
  signals: z
    .array(
      z.object({
        id: text(100),
        severity: z.enum(SEVERITIES),
        title: words(300),
        points: finite(-1000, 1000),
        /** The numbers behind the signal, for the printed report (absent in summaries saved before it). */
        evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(EVIDENCE_KEPT))),
      }),
    )
    .check(z.maxLength(SIGNALS_KEPT)),
  risk: finite(0, 1),
  postsUsed: int(0, 100_000),
  /** Median views per follower on video platforms (the cross-platform consistency check uses it). */
  reach: z.optional(RateSchema),
  /** The website link the profile's bio shows (link suggestions between a creator's accounts use it). */
  bioLink: z.optional(WebUrlSchema),
  /** Counts that could not be read, as the analysis worded them ("what was read" in the report). */
  missing: z.optional(z.array(words(300)).check(z.maxLength(8))),
  /**
   * Extra report sections that later analyses carry (audience sample, sponsored vs organic,
   * comment quality, price band): label/value rows, worded by the analysis that adds them.
   */
  sections: z.optional(ReportSectionsSchema),
  /** Sponsored vs organic, comment quality, the price band's inputs, cadence (lib/storage/summary-evidence.ts). */
  evidence: z.optional(SummaryEvidenceSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
