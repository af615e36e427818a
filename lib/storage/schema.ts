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
import { PAGE_KINDS, PlatformSchema, type Platform } from '../snapshot';
import { DaySchema, finite, HandleSchema, int, IsoTimeSchema, LETTERS, RateSchema, StoredCountSchema, text, WebUrlSchema } from './schema-parts';
import { SummarySchema } from './summary-schema';
import { BRAND_LOGO_MAX_CHARS, BRAND_NAME_MAX, DELIVERABLES_MAX, NOTE_MAX, RETENTION_BOUNDS, TAG_MAX_LENGTH, TAGS_MAX } from './limits';

// The parts and the summary live beside this file; everything stored is still named from here.
export { DaySchema, HandleSchema, IsoTimeSchema, isWebUrl, LETTERS, TIERS, type StoredCount } from './schema-parts';
export { EvidenceSchema, PhraseSchema, REPORT_SECTIONS, SummarySchema, type ReportSectionId, type Summary } from './summary-schema';

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
