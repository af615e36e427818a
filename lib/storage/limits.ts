/**
 * Every bound the vetting storage keeps, in one place (the report and the settings page quote them).
 *
 * History: one compact record (about 120-250 bytes of JSON; measured ~230 with every count and
 * score) per account per day. The defaults keep a year per account and 5,000 records in all: about
 * 1.1 MB, a ninth of Chrome's 10 MB storage.local quota (a quarter of the 5 MB before Chrome 114)
 * without asking for `unlimitedStorage`. The whole history is one key. It is validated when the
 * background first reads it (30-60 ms at 5,000 records) and then kept in memory, but every recorded
 * visit rewrites it whole: at 5,000 records that holds the background worker about 200 ms per visit
 * (`BENCH_HISTORY=5000 npm run bench`; bench/ANALYSIS.md), which is why the total is bounded. The
 * user may raise it to 10,000 (about 2.3 MB); beyond that each visit would rewrite megabytes.
 */

export const RETENTION_DEFAULTS = { days: 365, perAccount: 365, total: 5000 } as const;
export const RETENTION_BOUNDS = {
  days: { min: 7, max: 3650 },
  perAccount: { min: 2, max: 1000 },
  total: { min: 100, max: 10_000 },
} as const;

/** Shortlist: full entries live in storage.local; a full entry (summary included) is ~1-2 kB. */
export const SHORTLIST_MAX = 1000;
export const NOTE_MAX = 2000;
export const TAGS_MAX = 12;
export const TAG_MAX_LENGTH = 40;
export const SIGNALS_KEPT = 30;
/** Per summary: evidence items per signal and per-post rates per basis kept for the printed report. */
export const EVIDENCE_KEPT = 6;
export const PER_POST_KEPT = 30;
export const DELIVERABLES_MAX = 500;

/** Reports: the user's name or agency, and a logo (a data: URL; ~110 kB of image). */
export const BRAND_NAME_MAX = 120;
export const BRAND_LOGO_MAX_CHARS = 150_000;

/** Side-by-side comparison. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/**
 * storage.sync (Chrome's quotas; Firefox's are the same or larger): 102,400 bytes in all, 8,192 per
 * item, 512 items. We keep 2 kB and 4 items in reserve for the removals list and future keys.
 */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_MAX_ITEMS = 512;
export const SYNC_RESERVED_BYTES = 2048;
export const SYNC_RESERVED_ITEMS = 4;
/** Removals remembered in sync so other browsers drop the same accounts (one item, under 8 kB). */
export const SYNC_REMOVALS_KEPT = 100;

/** Import: a file larger than this, or with more records than this, is refused before parsing further. */
export const IMPORT_MAX_CHARS = 20_000_000;
export const IMPORT_MAX_HISTORY = 100_000;
export const IMPORT_MAX_SHORTLIST = 10_000;
/** Audience samples in one file (each at most 2,000 followers; the stored total stays 20,000). */
export const IMPORT_MAX_AUDIENCE_ACCOUNTS = 1000;

/** Chrome's storage.local quota without `unlimitedStorage` (Chrome 114+), used when the API does not say. */
export const LOCAL_QUOTA_FALLBACK = 10_485_760;
