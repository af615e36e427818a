/**
 * How an account is named across history, shortlist and sync: `<platform>:<handle>`, the handle
 * lower-cased (X, Instagram, TikTok and Bluesky handles are case-insensitive; the case the page
 * showed is kept for display).
 */
import type { Platform } from '../snapshot';

export type AccountKey = `${Platform}:${string}`;

export function accountKey(platform: Platform, handle: string): AccountKey {
  return `${platform}:${handle.trim().replace(/^@/, '').toLowerCase()}`;
}

/** The calendar day of a moment in the user's time zone, YYYY-MM-DD: history keeps one record per day. */
export function dayOf(moment: Date | string): string {
  const d = typeof moment === 'string' ? new Date(moment) : moment;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
