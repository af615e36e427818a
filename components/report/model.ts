/**
 * What a client report shows, from what the shortlist keeps: pure, so tests can check it in Node.
 * A report is either one creator (one shortlisted account, and the accounts linked to it) or a
 * comparison of 2-6 accounts. Hash forms: `report.html#account=<key>` and `#compare=<key>,<key>`.
 */
import { consistencyCheck, linkedTo, type ConsistencyFinding } from '../../lib/creators';
import type { Brand, HistoryRecord } from '../../lib/storage/schema';
import type { EntryView } from '../../lib/storage/store';
import { COMPARE_MAX, COMPARE_MIN } from '../../lib/storage/limits';

type ReportTarget = { kind: 'account'; key: string } | { kind: 'compare'; keys: string[] } | { kind: 'none' };

export function reportTarget(hash: string): ReportTarget {
  const m = /^#(account|compare)=(.*)$/.exec(hash);
  if (!m) return { kind: 'none' };
  let value: string;
  try {
    value = decodeURIComponent(m[2]);
  } catch {
    return { kind: 'none' };
  }
  if (m[1] === 'account') return value ? { kind: 'account', key: value } : { kind: 'none' };
  const keys = [...new Set(value.split(',').filter(Boolean))].slice(0, COMPARE_MAX);
  return keys.length >= COMPARE_MIN ? { kind: 'compare', keys } : { kind: 'none' };
}

export const reportHash = (target: Exclude<ReportTarget, { kind: 'none' }>) =>
  target.kind === 'account' ? `#account=${encodeURIComponent(target.key)}` : `#compare=${encodeURIComponent(target.keys.join(','))}`;

export interface CreatorReportModel {
  entry: EntryView;
  linked: EntryView[];
  findings: ConsistencyFinding[];
  history: HistoryRecord[];
  brand: Brand;
  generatedAt: Date;
}

export function creatorReport(entries: readonly EntryView[], key: string, history: HistoryRecord[], brand: Brand, generatedAt: Date): CreatorReportModel | null {
  const entry = entries.find((e) => e.key === key);
  if (!entry) return null;
  const linked = linkedTo(entries, entry);
  return { entry, linked, findings: linked.length ? consistencyCheck([entry, ...linked]) : [], history, brand, generatedAt };
}

export { mayCrownBest } from '../vetting/shortlist-view';

/** `RealReach report - Mia Cocina (instagram) - 2025-03-01`: the printed PDF's default file name. */
export function reportTitle(what: string, at: Date): string {
  const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return `RealReach report - ${what.replace(/[\\/:*?"<>|]+/g, ' ').trim()} - ${day}`;
}
