/**
 * Turns a page reading into the report the content script sends, and a key that says whether
 * anything worth re-sending changed (capturedAt changes on every read; the counts may not).
 *
 * A report carries at most MAX_POSTS posts (lib/sites/common.ts), the first in page order (the most
 * recent on every supported site). The adapters stop reading there; a reader that merges two
 * sources (Instagram's embedded posts and grid tiles) can hold more, and a timeline scrolled to
 * 2,000 posts would otherwise be keyed, sent, validated and stored whole on every change (npm run
 * bench). The posts after those are not read again either (./relevance.ts).
 */
import type { PageReport } from '../messages';
import type { PageReading } from '../sites/read';
import { MAX_POSTS } from '../sites/common';

/** How a trimmed report's note ends; the note's count grows with the page, so reportKey skips it. */
const TRIMMED_NOTE_END = '(the score rests on the most recent ones).';

export function reportFor(reading: PageReading, url: string): PageReport | null {
  switch (reading.status) {
    case 'ok': {
      const snapshot = reading.snapshot;
      if (snapshot.posts.length <= MAX_POSTS) return { status: 'ok', snapshot };
      const note = `The ${MAX_POSTS} most recent of the ${snapshot.posts.length} posts on the page were used ${TRIMMED_NOTE_END}`;
      return { status: 'ok', snapshot: { ...snapshot, posts: snapshot.posts.slice(0, MAX_POSTS), notes: [...(snapshot.notes ?? []), note].slice(-50) } };
    }
    case 'no-account':
      return { status: 'no-account', platform: reading.platform, url };
    case 'unrecognised':
      return { status: 'unrecognised', platform: reading.platform, url, reason: reading.reason };
    case 'unsupported-site':
    case 'waiting': // read again when its parts are here (./start.ts)
      return null;
  }
}

export function reportKey(report: PageReport): string {
  if (report.status !== 'ok') return JSON.stringify(report);
  // The note with the page's post count changes as the page grows, the posts sent do not.
  const { capturedAt: _ignored, notes, ...rest } = report.snapshot;
  return JSON.stringify({ ...rest, notes: notes?.filter((n) => !n.endsWith(TRIMMED_NOTE_END)) });
}
