/**
 * Shortlist format 1 -> 2.
 *
 * Format 1: `{ entries: [{ platform, handle, name?, url?, note, tags, addedAt, updatedAt, summary? }] }`.
 *
 * Format 2 (lib/storage/schema.ts ShortlistSchema) adds, per entry, the campaign (`status`, `rate`,
 * `deliverables`, `start`, `end`) and `creator`, the id shared by accounts the user linked as one
 * person. The version matters even though both are optional in the schema: a format-1 reader
 * (an older RealReach) refuses a format-2 value instead of rewriting it without them.
 *
 * Every valid format-1 entry is carried over with status "to contact" and no deliverables; an entry
 * that does not validate is returned in `rejected`, which the caller sets aside.
 */
import { ShortlistEntrySchema, type Shortlist, type ShortlistEntry } from '../schema';

interface RejectedEntry {
  index: number;
  value: unknown;
}

export function shortlistV1ToV2(value: unknown): { value: Shortlist; rejected: RejectedEntry[] } {
  const entries = value && typeof value === 'object' ? (value as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) throw new Error('shortlist format 1 is an object with a list of entries');
  const kept: ShortlistEntry[] = [];
  const rejected: RejectedEntry[] = [];
  entries.forEach((item, index) => {
    const parsed = ShortlistEntrySchema.safeParse(item);
    if (!parsed.success) {
      rejected.push({ index, value: item });
      return;
    }
    kept.push({ ...parsed.data, campaign: parsed.data.campaign ?? { status: 'to-contact', deliverables: '' } });
  });
  return { value: { entries: kept }, rejected };
}
