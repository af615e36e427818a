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
import { COUNT_SOURCES, PAGE_KINDS, PLATFORMS, PlatformSchema, type Platform } from '../snapshot';
import type { Confidence, Letter, Position, Severity, TierId } from '../score/types';
import { NOTE_MAX, RETENTION_BOUNDS, SIGNALS_KEPT, TAG_MAX_LENGTH, TAGS_MAX } from './limits';

export const LETTERS = ['A', 'B', 'C', 'D', 'F'] as const satisfies readonly Letter[];
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const satisfies readonly TierId[];
export const POSITIONS = ['far-below', 'below', 'typical', 'above', 'far-above'] as const satisfies readonly Position[];
export const SEVERITIES = ['info', 'warning', 'alert'] as const satisfies readonly Severity[];
export const CONFIDENCES = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

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
export const WebUrlSchema = text(2000).check(z.refine(isWebUrl, 'expected an http(s) address'));

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
export const StoredCountSchema = z
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

export const TagsSchema = z.array(text(TAG_MAX_LENGTH).check(z.minLength(1))).check(z.maxLength(TAGS_MAX));

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
      }),
    )
    .check(z.maxLength(4)),
  benchmark: z.optional(
    z.object({
      position: z.enum(POSITIONS),
      basis: z.enum(['followers', 'views']),
      typical: RateSchema,
      source: text(200),
      year: int(1990, 2200),
    }),
  ),
  signals: z
    .array(z.object({ id: text(100), severity: z.enum(SEVERITIES), title: text(300), points: finite(-1000, 1000) }))
    .check(z.maxLength(SIGNALS_KEPT)),
  risk: finite(0, 1),
  postsUsed: int(0, 100_000),
});
export type Summary = z.infer<typeof SummarySchema>;

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

/**
 * The currency price bands are shown in, with the user's own rate: RealReach makes no network
 * request, so it cannot fetch one. Absent means US dollars, the currency of the cited ranges.
 */
export const CurrencySchema = z.object({
  code: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code')),
  perUsd: finite(0.000001, 10_000_000),
});

export const SettingsSchema = z.object({
  sites: SitesSchema,
  /** The in-page badge next to accounts (the toolbar badge stays: it is the extension's own button). */
  showBadge: z.boolean(),
  retention: RetentionSchema,
  currency: z.optional(CurrencySchema),
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
});


export type SyncEntry = z.infer<typeof SyncEntrySchema>;

/** Removals, so that an account removed in one browser goes from the others too (sync item `sl-removed`). */
export const SyncRemovalsSchema = z.object({
  /** "Delete all data": every entry last changed before this time is gone. */
  clearedAt: z.optional(IsoTimeSchema),
  keys: z.array(z.object({ key: text(260), at: IsoTimeSchema })).check(z.maxLength(500)),
});
export type SyncRemovals = z.infer<typeof SyncRemovalsSchema>;

export const PLATFORM_LIST: readonly Platform[] = PLATFORMS;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  values?: readonly unknown[];
}

/**
 * One zod issue in plain words. zod/mini ships without its English messages (they would weigh on
 * every bundle), so its issues read "Invalid input"; the issue's code says more.
 */
export function describeIssue(issue: IssueLike): string {
  const n = (v: number | bigint | undefined) => String(v);
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `text longer than ${n(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `more than ${n(issue.maximum)} items`
          : `a number above ${n(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'empty text'
          : `text shorter than ${n(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `fewer than ${n(issue.minimum)} items`
          : `a number below ${n(issue.minimum)}`;
    case 'invalid_type':
      return `expected ${issue.expected === 'nonoptional' ? 'a value' : (issue.expected ?? 'another type')}`;
    case 'invalid_value':
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return 'not in the expected format';
    case 'invalid_union':
      return 'does not match any accepted form';
    case 'not_multiple_of':
      return 'expected a whole number';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
  }
}

/** The first problem zod found, as "path: what is wrong" (e.g. "shortlist.3.note: text longer than 2000 characters"). */
export function firstIssue(error: { issues: readonly IssueLike[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${describeIssue(issue)}` : describeIssue(issue);
}
