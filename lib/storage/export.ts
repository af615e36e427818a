/**
 * Export: the shortlist or everything, as JSON (the import format: nothing is lost on the way back)
 * or CSV (for a spreadsheet). Pure: the pages turn the text into a download.
 *
 * CSV cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a return:
 * "CSV injection") are prefixed with an apostrophe; handles, names and notes come from web pages
 * and from the user, so any of them could.
 */
import type { HistoryRecord, QuarantineEntry, Settings, ShortlistEntry, StoredCount } from './schema';
import { entryKey } from './shortlist';
import type { PostObservation } from '../evidence/pods';

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
  /** Who commented on the posts opened (pods), as kept (lib/storage/evidence.ts). Not imported back. */
  evidence?: PostObservation[];
}

export interface ExportSource {
  shortlist: ShortlistEntry[];
  history: HistoryRecord[];
  settings: Settings;
  setAside: QuarantineEntry[];
  evidence?: PostObservation[];
}

export function buildExport(scope: ExportScope, data: ExportSource, now: Date): ExportFile {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), scope, shortlist: data.shortlist };
  if (scope === 'all') {
    file.history = data.history;
    file.settings = data.settings;
    file.setAside = data.setAside;
    if (data.evidence) file.evidence = data.evidence;
  }
  return file;
}

export function exportJson(file: ExportFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** `realreach-shortlist-2025-03-01.csv` */
export function exportFileName(scope: ExportScope, kind: 'json' | 'csv', now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `realreach-${scope === 'all' ? 'everything' : 'shortlist'}-${day}.${kind}`;
}

export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let s = value.replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRows(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  // CRLF line ends (RFC 4180) and a byte-order mark, so spreadsheets read the file as UTF-8.
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A fraction as a percentage number with 4 decimals (0.020554 -> 2.0554). */
const pct = (fraction: number | undefined) => (fraction === undefined ? undefined : Math.round(fraction * 1e6) / 1e4);
const countValue = (c: StoredCount | undefined) => c?.value;

export const SHORTLIST_CSV_HEADER = [
  'platform', 'handle', 'name', 'url', 'grade', 'score', 'confidence', 'engagement_per_follower_pct', 'engagement_per_view_pct',
  'followers', 'followers_min', 'followers_max', 'following', 'posts', 'tier', 'benchmark_position', 'flags', 'note', 'tags',
  'added_at', 'last_checked', 'synced',
] as const;

export function shortlistCsv(entries: readonly ShortlistEntry[], syncState?: ReadonlyMap<string, string>): string {
  return csvRows(
    SHORTLIST_CSV_HEADER,
    entries.map((e) => {
      const s = e.summary;
      const perFollower = s?.engagement.find((x) => x.basis === 'followers');
      const perView = s?.engagement.find((x) => x.basis === 'views');
      const flags = s?.signals.filter((x) => x.severity !== 'info').map((x) => `${x.severity}: ${x.title}`).join('; ');
      return [
        e.platform, e.handle, e.name ?? s?.name, e.url ?? s?.url, s?.grade?.letter, s?.grade?.score, s?.grade?.confidence,
        pct(perFollower?.value), pct(perView?.value), countValue(s?.followers), s?.followers?.min, s?.followers?.max,
        countValue(s?.following), countValue(s?.posts), s?.tier, s?.benchmark?.position, flags, e.note, e.tags.join('; '),
        e.addedAt, s?.checkedAt, syncState ? syncState.get(entryKey(e)) === 'synced' : undefined,
      ];
    }),
  );
}

export const HISTORY_CSV_HEADER = [
  'platform', 'handle', 'day', 'at', 'page', 'followers', 'followers_min', 'followers_max', 'following', 'posts', 'likes',
  'engagement_per_follower_pct', 'engagement_per_view_pct', 'grade', 'score', 'risk', 'shortlisted',
] as const;

/** "Everything" as CSV: one row per account per day, with whether the account is shortlisted. */
export function historyCsv(records: readonly HistoryRecord[], shortlist: readonly ShortlistEntry[]): string {
  const listed = new Set(shortlist.map(entryKey));
  return csvRows(
    HISTORY_CSV_HEADER,
    records.map((r) => [
      r.platform, r.handle, r.day, r.at, r.page, countValue(r.followers), r.followers?.min, r.followers?.max, countValue(r.following),
      countValue(r.posts), countValue(r.likes), pct(r.engagement), pct(r.engagementPerView), r.grade, r.score, r.risk,
      listed.has(entryKey(r)),
    ]),
  );
}
