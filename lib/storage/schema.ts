/**
 * What the vetting features keep in storage, as zod schemas: every value is validated when it is
 * read (storage can hold anything: an older version's data, another tool's, a hand-edited import).
 * Formats are versioned (lib/storage/migrations); this file describes the CURRENT version of each.
 *
 * Written with zod/mini like lib/snapshot.ts, so that schemas compose with the Snapshot's.
 * Never z.record on untrusted input: objects here have fixed keys, so a "__proto__" key in a file
 * or in storage is dropped by parsing instead of reaching an object's prototype.
 */
import * as z from 'zod/mini';
import { COUNT_SOURCES, PAGE_KINDS, PlatformSchema, type Platform } from '../snapshot';
import type { Confidence, Letter, Position, Severity, TierId } from '../score/types';
import { SummaryEvidenceSchema } from './summary-evidence';
import { BRAND_LOGO_MAX_CHARS, BRAND_NAME_MAX, DELIVERABLES_MAX, EVIDENCE_KEPT, NOTE_MAX, PER_POST_KEPT, RETENTION_BOUNDS, SIGNALS_KEPT, TAG_MAX_LENGTH, TAGS_MAX } from './limits';

export const LETTERS = ['A', 'B', 'C', 'D', 'F'] as const satisfies readonly Letter[];
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const satisfies readonly TierId[];
const POSITIONS = ['far-below', 'below', 'typical', 'above', 'far-above'] as const satisfies readonly Position[];
const SEVERITIES = ['info', 'warning', 'alert'] as const satisfies readonly Severity[];
const CONFIDENCES = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

const text = (max: number) => z.string().check(z.maxLength(max));
const finite = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

/** An ISO date-time (what `new Date().toISOString()` gives; other parseable forms are accepted). */
export const IsoTimeSchema = text(40).check(
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date and time'),
);
/** A calendar day in the user's time zone, YYYY-MM-DD. */
export const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD'));
export const HandleSchema = text(200).check(z.minLength(1));
/** Only web links: a javascript: or data: URL from an imported file must never become a link. */
const WebUrlSchema = text(2000).check(z.refine(isWebUrl, 'expected an http(s) address'));

export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A count as history keeps it: the value, and the interval only when the page rounded it
 * ("48.2K" -> 48150..48299). `source` is where the page showed it.
 */
const StoredCountSchema = z
  .object({
    value: finite(0, 1e13),
    min: z.optional(finite(0, 1e13)),
    max: z.optional(finite(0, 1e13)),
    source: z.optional(z.enum(COUNT_SOURCES)),
  })
  .check(z.refine((c) => (c.min ?? c.value) <= c.value && c.value <= (c.max ?? c.value), 'min <= value <= max'));
export type StoredCount = z.infer<typeof StoredCountSchema>;

/** Engagement as a fraction; small accounts can pass 100%, so the bound is loose. */
const RateSchema = finite(0, 1e6);

/** One account on one day: the counts growth needs, and the scores of that day's latest visit. */
export const HistoryRecordSchema = z.object({
  platform: PlatformSchema,
  handle: HandleSchema,
  day: DaySchema,
  at: IsoTimeSchema,
  /** Which kind of page it was read from: a profile page's record outranks a post page's on the same day. */
  page: z.optional(z.enum(PAGE_KINDS)),
  followers: z.optional(StoredCountSchema),
  following: z.optional(StoredCountSchema),
  posts: z.optional(StoredCountSchema),
  likes: z.optional(StoredCountSchema),
  /** Median engagement per follower, and per view where views were shown. */
  engagement: z.optional(RateSchema),
  engagementPerView: z.optional(RateSchema),
  grade: z.optional(z.enum(LETTERS)),
  score: z.optional(finite(0, 100)),
  risk: z.optional(finite(0, 1)),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

export const HistorySchema = z.object({ records: z.array(HistoryRecordSchema) });
export type History = z.infer<typeof HistorySchema>;

const TagsSchema = z.array(text(TAG_MAX_LENGTH).check(z.minLength(1))).check(z.maxLength(TAGS_MAX));

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

/** Where a shortlisted account stands in the user's campaign. */
export const CAMPAIGN_STATUSES = ['to-contact', 'contacted', 'negotiating', 'booked', 'declined'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
/** An ISO 4217 currency code ("EUR"). */
const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'expected a currency code such as EUR'));
export const CampaignSchema = z.object({
  status: z.enum(CAMPAIGN_STATUSES),
  /** The creator's rate as agreed or quoted, in the currency given. */
  rate: z.optional(z.object({ amount: finite(0, 1e12), currency: CurrencySchema })),
  deliverables: text(DELIVERABLES_MAX),
  /** Campaign dates, days in the user's time zone. */
  start: z.optional(DaySchema),
  end: z.optional(DaySchema),
});
export type Campaign = z.infer<typeof CampaignSchema>;
/** Accounts the user linked as one creator share this id. */
const CreatorIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'expected a creator id'));

/** One shortlisted account as synced (storage.sync item `sl:<platform>:<handle>`): the user's own words only. */
export const SyncEntrySchema = z.object({
  platform: PlatformSchema,
  handle: HandleSchema,
  name: z.optional(text(300)),
  url: z.optional(WebUrlSchema),
  note: text(NOTE_MAX),
  tags: TagsSchema,
  addedAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  /** Shortlist format 2: the campaign fields and the link to the same creator's other accounts. */
  campaign: z.optional(CampaignSchema),
  creator: z.optional(CreatorIdSchema),
});

/** A shortlist entry as kept locally: the synced fields plus the latest analysis summary. */
export const ShortlistEntrySchema = z.extend(SyncEntrySchema, { summary: z.optional(SummarySchema) });
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

export const ShortlistSchema = z.object({ entries: z.array(ShortlistEntrySchema) });
export type Shortlist = z.infer<typeof ShortlistSchema>;

const siteSwitch = () => z.optional(z.boolean());
/** Sites on or off; a platform left out (added after the settings were saved) is on. */
export const SitesSchema = z.object({
  instagram: siteSwitch(),
  tiktok: siteSwitch(),
  youtube: siteSwitch(),
  x: siteSwitch(),
  bluesky: siteSwitch(),
  threads: siteSwitch(),
  facebook: siteSwitch(),
  linkedin: siteSwitch(),
  twitch: siteSwitch(),
}) satisfies z.ZodMiniType<Partial<Record<Platform, boolean | undefined>>>;

export const RetentionSchema = z.object({
  days: int(RETENTION_BOUNDS.days.min, RETENTION_BOUNDS.days.max),
  perAccount: int(RETENTION_BOUNDS.perAccount.min, RETENTION_BOUNDS.perAccount.max),
  total: int(RETENTION_BOUNDS.total.min, RETENTION_BOUNDS.total.max),
});
export type Retention = z.infer<typeof RetentionSchema>;

/** A logo as the user chose it: a PNG, JPEG or WebP image as a data: URL (never a remote address). */
export const LogoSchema = z.string().check(
  z.maxLength(BRAND_LOGO_MAX_CHARS),
  z.regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, 'expected a PNG, JPEG or WebP image'),
);
/** The user's own name or agency and logo, printed on reports (settings format 3). */
export const BrandSchema = z.object({ name: text(BRAND_NAME_MAX), logo: z.optional(LogoSchema) });
export type Brand = z.infer<typeof BrandSchema>;
/**
 * The currency price bands are shown in, with the user's own rate: RealReach makes no network
 * request, so it cannot fetch one. Absent means US dollars, the currency of the cited ranges.
 */
export const PriceCurrencySchema = z.object({
  code: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code')),
  perUsd: finite(0.000001, 10_000_000),
});

export const SettingsSchema = z.object({
  sites: SitesSchema,
  /** The in-page badge next to accounts (the toolbar badge stays: it is the extension's own button). */
  showBadge: z.boolean(),
  retention: RetentionSchema,
  brand: BrandSchema,
  currency: z.optional(PriceCurrencySchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function siteEnabled(settings: Settings, platform: Platform): boolean {
  return settings.sites[platform] !== false;
}

/** What was set aside: the value exactly as found, where it was, when and why. */
export interface QuarantineEntry {
  id: string;
  /** The storage key it was found under, e.g. "history" or "sl:x:nadia_codes". */
  key: string;
  area: 'local' | 'sync' | 'import';
  at: string;
  reason: string;
  /** The format version the value was stored as, when known. */
  version?: number;
  value: unknown;
}
export const QuarantineEntrySchema = z.object({
  id: text(200),
  key: text(400),
  area: z.enum(['local', 'sync', 'import']),
  at: IsoTimeSchema,
  reason: text(2000),
  version: z.optional(z.number()),
  value: z.unknown(),
  /** 'json': `value` is the JSON text of a value too deeply nested to store as it is. */
  encoding: z.optional(z.literal('json')),
});

export type SyncEntry = z.infer<typeof SyncEntrySchema>;

/** Removals, so that an account removed in one browser goes from the others too (sync item `sl-removed`). */
export const SyncRemovalsSchema = z.object({
  /** "Delete all data": every entry last changed before this time is gone. */
  clearedAt: z.optional(IsoTimeSchema),
  keys: z.array(z.object({ key: text(260), at: IsoTimeSchema })).check(z.maxLength(500)),
});
export type SyncRemovals = z.infer<typeof SyncRemovalsSchema>;
