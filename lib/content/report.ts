/**
 * Turns a page reading into the report the content script sends, and a key that says whether
 * anything worth re-sending changed (capturedAt changes on every read; the counts may not).
 */
import type { PageReport } from '../messages';
import type { PageReading } from '../sites';

export function reportFor(reading: PageReading, url: string): PageReport | null {
  switch (reading.status) {
    case 'ok':
      return { status: 'ok', snapshot: reading.snapshot };
    case 'no-account':
      return { status: 'no-account', platform: reading.platform, url };
    case 'unrecognised':
      return { status: 'unrecognised', platform: reading.platform, url, reason: reading.reason };
    case 'unsupported-site':
      return null;
  }
}

export function reportKey(report: PageReport): string {
  if (report.status !== 'ok') return JSON.stringify(report);
  const { capturedAt: _ignored, ...rest } = report.snapshot;
  return JSON.stringify(rest);
}
