/**
 * Turns a page reading into the report the content script sends, and a key that says whether
 * anything worth re-sending changed (capturedAt changes on every read; the counts may not).
 *
 * A report carries at most POSTS_SENT posts, the first in page order (the most recent on every
 * supported site): scoring uses the 12 most recent (30 on TikTok, lib/score/engagement.ts), and a
 * timeline scrolled to 2,000 posts would otherwise be keyed, sent, validated and stored whole on
 * every change (npm run bench). The posts after those are not read again either (./relevance.ts).
 */
import type { PageReport } from '../messages';
import type { PageReading } from '../sites';

/** Twice the largest scoring window, for pinned posts and posts without counts. */
export const POSTS_SENT = 60;

export function reportFor(reading: PageReading, url: string): PageReport | null {
  switch (reading.status) {
    case 'ok': {
      const snapshot = reading.snapshot;
      if (snapshot.posts.length <= POSTS_SENT) return { status: 'ok', snapshot };
      const note = `The ${POSTS_SENT} most recent of the ${snapshot.posts.length} posts on the page were used (the score rests on the most recent ones).`;
      return { status: 'ok', snapshot: { ...snapshot, posts: snapshot.posts.slice(0, POSTS_SENT), notes: [...(snapshot.notes ?? []), note].slice(-50) } };
    }
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
  // The note with the page's post count changes as the page grows, the posts sent do not.
  const { capturedAt: _ignored, notes, ...rest } = report.snapshot;
  return JSON.stringify({ ...rest, notes: notes?.filter((n) => !n.endsWith('(the score rests on the most recent ones).')) });
}
