/**
 * Export: the shortlist or everything, as JSON (the import format: nothing is lost on the way back)
 * or CSV (for a spreadsheet). Pure: the pages turn the text into a download.
 *
 * CSV is written for the person who opens it: plain column names, dates in the user's time zone,
 * percentages marked in the header, the delimiter of the user's locale (a semicolon where the
 * decimal mark is a comma, as spreadsheet apps there expect), a byte-order mark, and text cells a
 * spreadsheet would run as a formula neutralised (neutraliseFormula: handles, names and notes come
 * from web pages and from the user, so any of them could).
 */
import { campaignOf } from './campaign';
import { word, type Words } from '../words';
import type { HistoryRecord, QuarantineEntry, Settings, ShortlistEntry, StoredCount } from './schema';
import { entryKey } from './shortlist';
import { accountKey } from './account';
import type { StoredAudience } from './audience';
import type { PostObservation } from '../evidence/pods';
import { audienceFigures, entryEvidence, type EntryExtras } from './entry-evidence';

export const EXPORT_FORMAT = 'realreach-export';
export const EXPORT_VERSION = 1;

export type ExportScope = 'shortlist' | 'all';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  scope: ExportScope;
  shortlist: ShortlistEntry[];
  history?: HistoryRecord[];
  settings?: Settings;
  /** Data set aside because it could not be read, exactly as found. */
  setAside?: QuarantineEntry[];
  /**
   * Followers-list samples per account (lib/storage/audience.ts): every one with everything, the
   * shortlisted accounts' with the shortlist. Imported back (lib/storage/import.ts), validated.
   */
  audience?: StoredAudience[];
  /** Who commented on the posts opened (pods), as kept (lib/storage/evidence.ts); scoped like `audience`. */
  evidence?: PostObservation[];
}

export interface ExportSource {
  shortlist: ShortlistEntry[];
  history: HistoryRecord[];
  settings: Settings;
  setAside: QuarantineEntry[];
  audience?: StoredAudience[];
  evidence?: PostObservation[];
}

export function buildExport(scope: ExportScope, data: ExportSource, now: Date): ExportFile {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), scope, shortlist: data.shortlist };
  if (scope === 'all') {
    file.history = data.history;
    file.settings = data.settings;
    file.setAside = data.setAside;
    file.audience = data.audience ?? [];
    if (data.evidence) file.evidence = data.evidence;
  } else {
    // The shortlist's own evidence travels with it: the CSV's audience and pod columns come from it.
    const listed = new Set(data.shortlist.map(entryKey));
    const audience = (data.audience ?? []).filter((a) => listed.has(accountKey(a.platform, a.handle)));
    const evidence = (data.evidence ?? []).filter((o) => listed.has(accountKey(o.platform, o.handle)));
    if (audience.length) file.audience = audience;
    if (evidence.length) file.evidence = evidence;
  }
  return file;
}

export function exportJson(file: ExportFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** A day in the user's time zone, YYYY-MM-DD. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * File names that say what they hold: `realreach-shortlist-3-accounts-2025-03-01.csv`,
 * `realreach-history-120-visits-2025-03-01.csv`, `realreach-backup-everything-2025-03-01.json`.
 */
export function exportFileName(scope: ExportScope, kind: 'json' | 'csv', now: Date, count?: number): string {
  const what = scope === 'all' ? (kind === 'csv' ? `history${count !== undefined ? `-${count}-visits` : ''}` : 'backup-everything') : `shortlist${count !== undefined ? `-${count}-${count === 1 ? 'account' : 'accounts'}` : ''}`;
  return `realreach-${what}-${localDay(now)}.${kind}`;
}

/** How a CSV file is laid out for a locale: its delimiter and decimal mark. */
export interface CsvFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  /** IANA time zone dates are written in (default: the browser's). */
  timeZone?: string;
}
export const CSV_PLAIN: CsvFormat = { delimiter: ',', decimal: '.' };

/** The locale's decimal mark decides: where it is a comma, values are separated by semicolons (as Excel and LibreOffice there expect). */
export function csvFormat(locale?: string, timeZone?: string): CsvFormat {
  let decimal = '.';
  try {
    decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // an unknown locale: the plain format
  }
  return decimal === ',' ? { delimiter: ';', decimal: ',', timeZone } : { delimiter: ',', decimal: '.', timeZone };
}

/**
 * A text a spreadsheet would run as a formula, made inert: one that starts (after any spaces, tabs
 * or line breaks, which spreadsheets skip) with = + - @, or with a tab or return, gets a leading
 * apostrophe, which spreadsheets show as text and do not run.
 */
export function neutraliseFormula(s: string): string {
  // Also behind leading spaces, line breaks or invisible characters, which spreadsheets skip.
  return /^[\s\u00a0\u3000\u200b-\u200f\u2028\u2029\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u.test(s) || /^[\t\r]/.test(s) ? `'${s}` : s;
}

export function csvCell(value: string | number | boolean | undefined | null, format: CsvFormat = CSV_PLAIN): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(value).replace('.', format.decimal) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const s = neutraliseFormula(value.replace(/\r\n?/g, '\n'));
  return s.includes(format.delimiter) || /["\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number without exponent or grouping (1e-7 -> "0.0000001"). */
function plainNumber(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, '') : s;
}

export function csvRows(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined | null)[])[], format: CsvFormat = CSV_PLAIN): string {
  // CRLF line ends (RFC 4180) and a byte-order mark, so spreadsheets read the file as UTF-8.
  return '\uFEFF' + [header, ...rows].map((r) => r.map((c) => csvCell(c, format)).join(format.delimiter)).join('\r\n') + '\r\n';
}

/** A moment as the user's clock showed it: "2025-03-01 11:05" (sortable, and read as a date by spreadsheets). */
export function localDateTime(iso: string | undefined, timeZone?: string): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A fraction as a percentage number with 4 decimals (0.020554 -> 2.0554); the header says "(%)". */
const pct = (fraction: number | undefined) => (fraction === undefined ? undefined : Math.round(fraction * 1e6) / 1e4);
const countValue = (c: StoredCount | undefined) => c?.value;

/** The audience sample's columns: followers seen, and the estimate with its interval. */
export const AUDIENCE_CSV_HEADER = ['Followers seen in the list', 'Followers that look fake (%)', 'Look fake: interval from (%)', 'Look fake: interval to (%)'] as const;
const audienceCells = (a: ReturnType<typeof audienceFigures>) => [a?.seen, pct(a?.share), pct(a?.low), pct(a?.high)];

export const SHORTLIST_CSV_HEADER = [
  'Platform', 'Handle', 'Name', 'Profile address', 'Grade', 'Score (0-100)', 'Confidence', 'Engagement per follower (%)', 'Engagement per view (%)',
  'Followers', 'Followers at least', 'Followers at most', 'Following', 'Posts', 'Size tier', 'Against the benchmark', 'Flags',
  'Status', 'Rate', 'Currency', 'Deliverables', 'Campaign starts', 'Campaign ends', 'Linked creator', 'Note', 'Tags',
  'Added (local time)', 'Last checked (local time)', 'Synced to other browsers',
  ...AUDIENCE_CSV_HEADER,
  'Posts read for sponsorship', 'Sponsored posts (%)', 'Engagement basis of the medians', 'Sponsored median engagement (%)', 'Sponsored posts with a rate',
  'Organic median engagement (%)', 'Organic posts with a rate', 'Possibly undisclosed sponsored posts', 'Undisclosed: evidence quoted',
  'Comments read', 'Generic comments (%)', 'Duplicate comments (%)', 'Comments in another language than the caption', 'Comment quality',
  'Posts opened with comments', 'Accounts commenting on most of them', 'Likely engagement pod',
  'Price band type', 'Price band from', 'Price band to', 'Price band currency', 'Price band discount factor',
  'Posts per week', 'Dated posts', 'Engagement trend', 'Engagement trend change (%)',
] as const;

/** `say` words the flags' titles (the engine's phrases): in the UI's language by default. */
export function shortlistCsv(entries: readonly ShortlistEntry[], syncState?: ReadonlyMap<string, string>, format: CsvFormat = CSV_PLAIN, extras?: ReadonlyMap<string, EntryExtras>, say: Words = word): string {
  const tz = format.timeZone;
  return csvRows(
    SHORTLIST_CSV_HEADER,
    entries.map((e) => {
      const s = e.summary;
      const c = campaignOf(e);
      const perFollower = s?.engagement.find((x) => x.basis === 'followers');
      const perView = s?.engagement.find((x) => x.basis === 'views');
      const flags = s?.signals.filter((x) => x.severity !== 'info').map((x) => `${x.severity}: ${say(x.title)}`).join('; ');
      const ev = entryEvidence(e, extras?.get(entryKey(e)));
      const sp = ev.sponsored;
      const cm = ev.comments;
      const band = ev.price?.bands[0];
      const cad = ev.cadence;
      return [
        e.platform, e.handle, e.name ?? s?.name, e.url ?? s?.url, s?.grade?.letter, s?.grade?.score, s?.grade?.confidence,
        pct(perFollower?.value), pct(perView?.value), countValue(s?.followers), s?.followers?.min, s?.followers?.max,
        countValue(s?.following), countValue(s?.posts), s?.tier, s?.benchmark?.position, flags,
        c.status, c.rate?.amount, c.rate?.currency, c.deliverables, c.start, c.end, e.creator, e.note, e.tags.join('; '),
        localDateTime(e.addedAt, tz), localDateTime(s?.checkedAt, tz), syncState ? syncState.get(entryKey(e)) === 'synced' : undefined,
        ...audienceCells(ev.audience),
        sp?.known, pct(sp?.share), sp?.basis, pct(sp?.sponsored.median), sp?.sponsored.rated, pct(sp?.organic.median), sp?.organic.rated, sp?.undisclosed, sp?.quotes.join('; '),
        cm?.total, pct(cm && cm.total ? cm.generic / cm.total : undefined), pct(cm && cm.total ? cm.duplicates / cm.total : undefined), cm?.unrelated, cm?.verdict,
        ev.pods?.postsSeen, ev.pods?.named, ev.pods ? ev.pods.likelyPod : undefined,
        band?.type, band?.low, band ? (band.high ?? 'open') : undefined, band?.currency, ev.price && band ? Math.round(ev.price.factor * 1000) / 1000 : undefined,
        cad?.perWeek === undefined ? undefined : Math.round(cad.perWeek * 100) / 100, cad?.dated, cad?.trend?.direction, pct(cad?.trend?.change),
      ];
    }),
    format,
  );
}

export const HISTORY_CSV_HEADER = [
  'Platform', 'Handle', 'Day', 'Visited (local time)', 'Page', 'Followers', 'Followers at least', 'Followers at most', 'Following', 'Posts', 'Likes',
  'Engagement per follower (%)', 'Engagement per view (%)', 'Grade', 'Score (0-100)', 'Risk (0-1)', 'On the shortlist',
  ...AUDIENCE_CSV_HEADER,
] as const;

/**
 * "Everything" as CSV: one row per account per day, with whether the account is shortlisted. The
 * audience sample is the account's now, not a day's: it is written on the account's latest row.
 */
export function historyCsv(records: readonly HistoryRecord[], shortlist: readonly ShortlistEntry[], format: CsvFormat = CSV_PLAIN, extras?: ReadonlyMap<string, EntryExtras>): string {
  const listed = new Set(shortlist.map(entryKey));
  const latest = new Map<string, HistoryRecord>();
  for (const r of records) {
    const had = latest.get(entryKey(r));
    if (!had || had.at <= r.at) latest.set(entryKey(r), r);
  }
  return csvRows(
    HISTORY_CSV_HEADER,
    records.map((r) => [
      r.platform, r.handle, r.day, localDateTime(r.at, format.timeZone), r.page, countValue(r.followers), r.followers?.min, r.followers?.max, countValue(r.following),
      countValue(r.posts), countValue(r.likes), pct(r.engagement), pct(r.engagementPerView), r.grade, r.score, r.risk,
      listed.has(entryKey(r)),
      ...audienceCells(latest.get(entryKey(r)) === r ? audienceFigures(extras?.get(entryKey(r))?.audience) : null),
    ]),
    format,
  );
}
