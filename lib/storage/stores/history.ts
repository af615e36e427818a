/**
 * The history store: every page report scored with the account's earlier visits and recorded, the
 * comments seen on posts (for naming pods), and the histories the pages ask for. Every operation
 * runs inside the shared lock.
 */
import type { Platform, Snapshot } from '../../snapshot';
import type { Analysis } from '../../score/types';
import { summarizeAudience } from '../../audience/summary';
import { observationFrom, type PostObservation } from '../../evidence/pods';
import { accountKey } from '../account';
import { observationsFor, recordObservation } from '../evidence';
import { earlierSnapshots, prune, recordFrom, recordsFor, upsert } from '../history';
import { siteEnabled, type Settings } from '../schema';
import { defaultSettings } from '../settings';
import { findEntry, refreshSummary } from '../shortlist';
import type { StoreBase } from './base';

export type PageOutcome =
  | { disabled: true }
  | {
      disabled: false;
      analysis: Analysis;
      showBadge: boolean;
      shortlisted: boolean;
      currency?: Settings['currency'];
      /** The account's followers sample, as the panel words it (no entries). */
      audience?: { seen: number; share: number; low: number; high: number };
    };

/** Resolves in a new task, after every pending microtask (such as a message reply) has run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createHistoryStore(base: StoreBase, readSettings: () => Promise<Settings>) {
  const { history, shortlist, evidence } = base.items;
  const { exclusive, now, audience } = base;

  return {
    /**
     * A page was read: applies the settings, scores it with the account's history, records the
     * visit. Resolves as soon as the score is known: the badge on the page does not wait for
     * storage (npm run bench, posts-appear-to-badge). The visit is recorded right after, inside
     * the same queue, so any later request sees it.
     */
    pageReport(
      snapshot: Snapshot,
      analyze: (snapshot: Snapshot, earlier: Snapshot[]) => Analysis,
      /** Runs after the answer and before the visit is recorded (the background keeps the tab's state). */
      afterAnswer?: (outcome: PageOutcome) => Promise<void>,
    ): Promise<PageOutcome> {
      return new Promise<PageOutcome>((resolve, fail) => {
        // Answer, then (in a later task: the reply must leave first, and storage calls made now
        // would reach the browser process ahead of it and hold it back, 10-15 ms on X's page) let
        // the caller keep the tab's state, which must not wait behind a history rewrite either
        // (about 200 ms at 5,000 records).
        const answer = async (outcome: PageOutcome) => {
          resolve(outcome);
          await nextTask();
          await afterAnswer?.(outcome).catch((err) => console.warn('RealReach: after the answer:', err));
        };
        exclusive(async () => {
          // The reads at once: each is a round trip to the browser process.
          const [s, h, list] = await Promise.all([
            readSettings().catch(() => defaultSettings()),
            base.readHistory().catch((err) => {
              console.warn('RealReach: history unreadable:', err);
              return null;
            }),
            shortlist.read().catch((err) => {
              console.warn('RealReach: shortlist unreadable:', err);
              return null;
            }),
          ]);
          if (!siteEnabled(s, snapshot.platform)) return answer({ disabled: true });
          const at = now();
          // The followers seen in this account's list, if any, are evidence the scoring weighs; they go
          // to the scoring only, never into the tab's state or the history.
          const sample = await audience.readInQueue(snapshot.platform, snapshot.profile.handle).catch(() => null);
          const scored: Snapshot = sample?.entries.length
            ? { ...snapshot, audience: { source: 'followers-list', seen: sample.seen, entries: sample.entries } }
            : snapshot;
          const analysis = analyze(scored, h ? earlierSnapshots(h, snapshot, at) : []);
          const shortlisted = !!list && !!findEntry(list, snapshot.platform, snapshot.profile.handle);
          const estimate = sample ? summarizeAudience(sample)?.estimate : undefined;
          await answer({
            disabled: false,
            analysis,
            showBadge: s.showBadge,
            shortlisted,
            ...(s.currency ? { currency: s.currency } : {}),
            ...(sample && estimate ? { audience: { seen: sample.seen, share: estimate.share, low: estimate.low, high: estimate.high } } : {}),
          });
          try {
            const writes: Record<string, unknown> = {};
            const record = recordFrom(snapshot, analysis, at);
            if (record && h) {
              const next = prune(upsert(h, record), s.retention, at).history;
              if (next !== h) Object.assign(writes, history.entries(next));
            }
            const refreshed = list && refreshSummary(list, snapshot, analysis, at);
            if (refreshed) Object.assign(writes, shortlist.entries(refreshed));
            // A post page's comments: who commented, for the pods section (read only when there are some).
            const observed = observationFrom(snapshot, at.toISOString());
            if (observed) Object.assign(writes, evidence.entries(recordObservation(await evidence.read(), observed, at, s.retention)));
            if (Object.keys(writes).length) await base.writeLocal(writes);
          } catch (err) {
            console.warn('RealReach: could not record the visit:', err);
          }
        }).catch(fail); // rejects only when scoring failed: the answer was not given yet
      });
    },

    /** The posts of an account seen with comments (for the pods section of the popup). */
    evidenceFor: (platform: Platform, handle: string): Promise<PostObservation[]> =>
      exclusive(async () => observationsFor(await evidence.read(), platform, handle)),

    historyFor: (accounts: readonly { platform: Platform; handle: string }[]) =>
      exclusive(async () => {
        const h = await base.readHistory();
        return accounts.map((a) => ({ key: accountKey(a.platform, a.handle), records: recordsFor(h, a.platform, a.handle) }));
      }),
  };
}
