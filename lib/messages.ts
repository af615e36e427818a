/**
 * The one message protocol between content script, background and extension pages.
 * Every message is validated with zod on receipt: a page (or another extension) could send
 * anything, and a malformed message must be refused, never acted on.
 */
import * as z from 'zod/mini';
import { AudienceSchema, PlatformSchema, SnapshotSchema, type Platform, type Snapshot } from './snapshot';
import type { AudienceSummary } from './audience/summary';
import type { Analysis } from './score/types';
import type { BadgeView } from './view/badge';
import { COMPARE_MAX, IMPORT_MAX_CHARS, NOTE_MAX, SHORTLIST_MAX, TAG_MAX_LENGTH, TAGS_MAX } from './storage/limits';
import { CampaignSchema, SettingsSchema, type HistoryRecord, type Settings } from './storage/schema';
import type { ExportFile } from './storage/export';
import type { ImportResult } from './storage/import';
import type { PostObservation } from './evidence/pods';
import { PARTS } from './parts';
import type { EntryView, ShortlistChange, ShortlistView, StorageReport } from './storage/store';

/** What a content script found on its page. */
const PageReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), snapshot: SnapshotSchema }),
  z.object({ status: z.literal('no-account'), platform: PlatformSchema, url: z.string().check(z.maxLength(2000)) }),
  z.object({
    status: z.literal('unrecognised'),
    platform: PlatformSchema,
    url: z.string().check(z.maxLength(2000)),
    reason: z.string().check(z.maxLength(500)),
  }),
  z.object({ status: z.literal('disabled'), platform: PlatformSchema, url: z.string().check(z.maxLength(2000)) }),
]);
export type PageReport = z.infer<typeof PageReportSchema>;

const AccountSchema = z.object({ platform: PlatformSchema, handle: z.string().check(z.minLength(1), z.maxLength(200)) });
const NoteSchema = z.string().check(z.maxLength(NOTE_MAX));
const TagListSchema = z.array(z.string().check(z.maxLength(TAG_MAX_LENGTH))).check(z.maxLength(TAGS_MAX));

export const RequestSchema = z.discriminatedUnion('type', [
  /** content -> background: the page was (re)read. Answer: { analysis } for an 'ok' report. */
  z.object({ type: z.literal('page-report'), report: PageReportSchema }),
  /** popup -> background: what is known about a tab. Answer: TabState | null. */
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().check(z.int(), z.gte(0)) }),
  /** in-page panel -> background: open the full breakdown for the sender's tab. */
  z.object({ type: z.literal('open-breakdown') }),
  /**
   * content -> background: inject a part of the content script (lib/parts.ts: the followers-list
   * reader, the badge's panel) into the sender's frame. The message names the part only, from a
   * fixed list; the file comes from the sender's own site (lib/background/inject.ts).
   */
  z.object({ type: z.literal('part-load'), part: z.enum(PARTS) }),

  // Vetting (lib/background/vetting.ts). Only `shortlist-add` is accepted from a content script
  // (for the sender's own tab); the others only from the extension's own pages.
  /**
   * popup or in-page panel -> background: shortlist the account shown in a tab (`tabId`, else the
   * sender's tab), or `account` (the latest analysis of it any tab holds). Answer: ShortlistChange.
   */
  z.object({
    type: z.literal('shortlist-add'),
    account: z.optional(AccountSchema),
    tabId: z.optional(z.number().check(z.int(), z.gte(0))),
    note: z.optional(NoteSchema),
    tags: z.optional(TagListSchema),
  }),
  /** Change a shortlisted account's note and/or tags. Answer: ShortlistChange. */
  z.object({
    type: z.literal('shortlist-update'),
    account: AccountSchema,
    note: z.optional(NoteSchema),
    tags: z.optional(TagListSchema),
  }),
  /** Set a shortlisted account's campaign (status, rate, deliverables, dates). Answer: ShortlistChange. */
  z.object({ type: z.literal('shortlist-campaign'), account: AccountSchema, campaign: CampaignSchema }),
  /**
   * Link accounts (keys) as one creator, or (`link: false`, one key) take one out of its creator.
   * Answer: { ok, changed } or an error.
   */
  z.object({
    type: z.literal('shortlist-link'),
    keys: z.array(z.string().check(z.maxLength(260))).check(z.minLength(1), z.maxLength(COMPARE_MAX)),
    link: z.boolean(),
  }),
  /** Remove accounts (by key `<platform>:<handle>`). Answer: { removed }. */
  z.object({ type: z.literal('shortlist-remove'), keys: z.array(z.string().check(z.maxLength(260))).check(z.maxLength(SHORTLIST_MAX)) }),
  /** Answer: ShortlistView (entries with sync state, and the sync status). */
  z.object({ type: z.literal('shortlist-get') }),
  /** Answer: AccountInfo (history oldest first, and the shortlist entry or null). */
  z.object({ type: z.literal('account-get'), account: AccountSchema }),
  /** Answer: { observations } (who commented on the account's posts opened, for the pods section). */
  z.object({ type: z.literal('evidence-get'), account: AccountSchema }),
  /** Answer: { key, records }[] for up to COMPARE_MAX accounts (the comparison's growth). */
  z.object({ type: z.literal('history-get'), accounts: z.array(AccountSchema).check(z.maxLength(COMPARE_MAX)) }),
  /** Answer: Settings. */
  z.object({ type: z.literal('settings-get') }),
  /** Answer: { removed } (history records beyond a lowered retention). */
  z.object({ type: z.literal('settings-set'), settings: SettingsSchema }),
  /** Answer: StorageReport. */
  z.object({ type: z.literal('storage-report') }),
  /** Answer: ExportFile (the page turns it into JSON or CSV). */
  z.object({ type: z.literal('data-export'), scope: z.enum(['shortlist', 'all']) }),
  /** A JSON export's text. Answer: ImportResult (a malformed file changes nothing and says why). */
  z.object({ type: z.literal('data-import'), text: z.string().check(z.maxLength(IMPORT_MAX_CHARS * 2)) }),
  /** Answer: { removedKeys }. The literal is the page's confirmation step. */
  z.object({ type: z.literal('data-delete-all'), confirm: z.literal('delete-all') }),
  /**
   * content -> background: followers newly seen on `account`'s followers list (lib/content/audience.ts).
   * Answer: { added, stored }. Accepted from a content script (its own tab's page) and from pages.
   */
  z.object({ type: z.literal('audience-report'), account: AccountSchema, audience: AudienceSchema }),
  /** popup -> background: an account's audience sample and estimate. Answer: AudienceSummary | { none: true }. */
  z.object({ type: z.literal('audience-get'), account: AccountSchema }),
  /** Discard data set aside (all, or the ids given). Answer: { removed }. */
  z.object({
    type: z.literal('set-aside-discard'),
    confirm: z.literal('discard'),
    ids: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(1000))),
  }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** What the background keeps per tab (in storage.session, so a restarted worker still knows it). */
export type TabState =
  | { status: 'ok'; snapshot: Snapshot; analysis: Analysis; updatedAt: string }
  | { status: 'no-account'; platform: Platform; url: string; updatedAt: string }
  | { status: 'unrecognised'; platform: Platform; url: string; reason: string; updatedAt: string }
  | { status: 'disabled'; platform: Platform; url: string; updatedAt: string };

/**
 * The background's answer to a page report. The user's settings are applied there, so the
 * content script never reads storage: `showBadge` false = badge turned off, `disabled` = site off.
 * The badge comes worded and formatted (lib/view/badge.ts): the content script carries no scoring,
 * i18n or number formatting code, and never starts Intl in the page.
 */
export interface PageReportAnswer {
  badge?: BadgeView;
  showBadge?: boolean;
  disabled?: boolean;
}

/** The shortlist entry and history the popup shows for one account. */
export interface AccountInfo {
  history: HistoryRecord[];
  entry: EntryView | null;
}

/** What the background answers to each vetting request (components/vetting/client.ts types its calls with it). */
export interface VettingAnswers {
  'shortlist-add': ShortlistChange;
  'shortlist-update': ShortlistChange;
  'shortlist-campaign': ShortlistChange;
  'shortlist-link': { ok: true; changed: number } | { ok: false; error: 'not-found' | 'invalid'; detail?: string };
  'shortlist-remove': { removed: number };
  'shortlist-get': ShortlistView;
  'account-get': AccountInfo;
  'history-get': { key: string; records: HistoryRecord[] }[];
  'evidence-get': { observations: PostObservation[] };
  'settings-get': Settings;
  'settings-set': { removed: number };
  'storage-report': StorageReport;
  'data-export': ExportFile;
  'data-import': ImportResult;
  'data-delete-all': { removedKeys: number };
  'set-aside-discard': { removed: number };
  'audience-report': { added: number; stored: number };
  'audience-get': AudienceSummary | { none: true };
}
export type VettingRequest = Extract<Request, { type: keyof VettingAnswers }>;

/**
 * The protocol map: what the background answers to every request of RequestSchema. `send()`
 * (lib/send.ts) and `ask()` (components/vetting/client.ts) take their answer type from it.
 */
export interface Answers extends VettingAnswers {
  'page-report': PageReportAnswer;
  'get-tab-state': TabState | null;
  'open-breakdown': Record<string, never>;
  'part-load': { loaded: boolean };
}
type RequestType = Request['type'];
/** Does not compile while a request has no answer in the map, or the map answers a request that does not exist. */
type Unanswered = Exclude<RequestType, keyof Answers> | Exclude<keyof Answers, RequestType>;
type NoneLeft<T extends never> = T;
type _EveryRequestAnswered = NoneLeft<Unanswered>;

/**
 * The other direction: what the extension's pages ask a tab's content script, and its answer. The
 * content script checks these by hand (it carries no zod): lib/ping.ts.
 */
export interface ContentAnswers {
  'realreach-ping': { alive: true; url: string };
}
