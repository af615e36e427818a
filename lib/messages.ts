/**
 * The one message protocol between content script, background and extension pages.
 * Every message is validated with zod on receipt: a page (or another extension) could send
 * anything, and a malformed message must be refused, never acted on.
 */
import * as z from 'zod/mini';
import { PlatformSchema, SnapshotSchema, type Platform, type Snapshot } from './snapshot';
import type { Analysis } from './score/types';

/** What a content script found on its page. */
export const PageReportSchema = z.discriminatedUnion('status', [
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

export const RequestSchema = z.discriminatedUnion('type', [
  /** content -> background: the page was (re)read. Answer: { analysis } for an 'ok' report. */
  z.object({ type: z.literal('page-report'), report: PageReportSchema }),
  /** popup -> background: what is known about a tab. Answer: TabState | null. */
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().check(z.int(), z.gte(0)) }),
  /** in-page panel -> background: open the full breakdown for the sender's tab. */
  z.object({ type: z.literal('open-breakdown') }),
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
 */
export interface PageReportAnswer {
  analysis?: Analysis;
  showBadge?: boolean;
  disabled?: boolean;
}
