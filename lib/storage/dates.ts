/**
 * Times that come from outside this browser (an imported file, another browser through sync) are
 * checked against a sane window before they take part in any "newer wins" or retention rule: a
 * date in 9999 would otherwise make an entry win every merge, outlive every removal and every
 * retention limit (issue 17, defect 3).
 */

/** No supported site showed counts before 2004 (Facebook's launch): an earlier time is not real. */
const EARLIEST_TIME = Date.UTC(2004, 0, 1);
/** How far ahead of this browser's clock another browser's clock may run (time zones set wrong, drift). */
const CLOCK_SKEW_MS = 24 * 3_600_000;

/** Whether an ISO time is a real moment from 2004 to a day past `now`. */
export function isSaneTime(iso: string | undefined, now: Date): boolean {
  if (typeof iso !== 'string') return false;
  const t = Date.parse(iso);
  return Number.isFinite(t) && t >= EARLIEST_TIME && t <= now.getTime() + CLOCK_SKEW_MS;
}

/** The time if sane, else `fallback` (an ISO time). */
export function saneTimeOr(iso: string | undefined, now: Date, fallback: string): string {
  return isSaneTime(iso, now) ? (iso as string) : fallback;
}

/** The oldest sane time: what an untrustworthy "last changed" becomes, so it loses every comparison. */
export const OLDEST_ISO = new Date(EARLIEST_TIME).toISOString();
