/**
 * History format 1 -> 2.
 *
 * Format 1 (the early flat format): a bare array, one record per account per day, counts as plain
 * numbers or null, no rounding interval, one engagement figure:
 *   [{ "platform": "instagram", "handle": "cafe.ritual", "date": "2024-03-01",
 *      "time": "2024-03-01T10:00:00.000Z", "followers": 48213, "following": 510, "posts": 961,
 *      "engagement": 0.0205, "grade": "B" }]
 *
 * Format 2: `{ records: HistoryRecord[] }` (lib/storage/schema.ts): counts keep the interval a
 * rounded display leaves open, engagement per follower and per view, the page kind, score and risk.
 *
 * Conversion is lossless for every valid record: format 1 had no interval, so a count becomes an
 * exact `{ value }` (format 1 stored only `value`). Records that do not validate, and the earlier
 * of two same-day records (format 1 kept one per day; a second is a damaged file), are returned in
 * `rejected`, which the caller sets aside.
 */
import * as z from 'zod/mini';
import { PlatformSchema } from '../../snapshot';
import { accountKey } from '../account';
import { DaySchema, HandleSchema, HistoryRecordSchema, IsoTimeSchema, LETTERS, type History, type HistoryRecord } from '../schema';

const plainCount = () => z.nullable(z.optional(z.number().check(z.gte(0), z.lte(1e13))));

export const HistoryV1RecordSchema = z.object({
  platform: PlatformSchema,
  handle: HandleSchema,
  date: DaySchema,
  time: IsoTimeSchema,
  followers: plainCount(),
  following: plainCount(),
  posts: plainCount(),
  engagement: z.nullable(z.optional(z.number().check(z.gte(0), z.lte(1e6)))),
  grade: z.nullable(z.optional(z.enum(LETTERS))),
});
export type HistoryV1Record = z.infer<typeof HistoryV1RecordSchema>;

interface Rejected {
  index: number;
  value: unknown;
  reason: string;
}

/** One format-1 record as a format-2 record, or null when it does not validate. */
export function convertV1Record(value: unknown): HistoryRecord | null {
  const parsed = HistoryV1RecordSchema.safeParse(value);
  if (!parsed.success) return null;
  const r = parsed.data;
  const record: HistoryRecord = { platform: r.platform, handle: r.handle, day: r.date, at: r.time, page: 'profile' };
  if (typeof r.followers === 'number') record.followers = { value: r.followers };
  if (typeof r.following === 'number') record.following = { value: r.following };
  if (typeof r.posts === 'number') record.posts = { value: r.posts };
  if (typeof r.engagement === 'number') record.engagement = r.engagement;
  if (r.grade) record.grade = r.grade;
  // The result must be a valid format-2 record; anything else is a bug here, not in the data.
  return HistoryRecordSchema.parse(record);
}

export function historyV1ToV2(value: unknown): { value: History; rejected: Rejected[] } {
  if (!Array.isArray(value)) throw new Error('history format 1 is a list of records; found ' + (value === null ? 'null' : typeof value));
  const rejected: Rejected[] = [];
  const byDay = new Map<string, { record: HistoryRecord; index: number }>();
  value.forEach((item, index) => {
    const record = convertV1Record(item);
    if (!record) {
      rejected.push({ index, value: item, reason: 'not a valid format-1 record' });
      return;
    }
    const slot = `${accountKey(record.platform, record.handle)}|${record.day}`;
    const held = byDay.get(slot);
    if (!held) byDay.set(slot, { record, index });
    else if (Date.parse(record.at) >= Date.parse(held.record.at)) {
      rejected.push({ index: held.index, value: value[held.index], reason: 'an earlier record of the same account and day' });
      byDay.set(slot, { record, index });
    } else rejected.push({ index, value: item, reason: 'an earlier record of the same account and day' });
  });
  const records = [...byDay.values()].map((h) => h.record).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { value: { records }, rejected: rejected.sort((a, b) => a.index - b.index) };
}
