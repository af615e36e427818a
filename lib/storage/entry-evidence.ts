/**
 * Everything the comparison, the printed report and the exports show of a shortlisted account
 * beyond its counts, in one pure function so the three agree: the audience sample's estimate (from
 * the sample kept in lib/storage/audience.ts), sponsored vs organic, comment quality and cadence (as
 * the summary keeps them, lib/storage/summary-evidence.ts), pods named (from the posts opened, kept
 * in lib/storage/evidence.ts), and the price band computed now in the user's currency. No Intl, no
 * wording: the pages word it, the CSV writes the numbers.
 */
import { summarizeAudience, type AudienceSummary } from '../audience/summary';
import { podReport, type PostObservation } from '../evidence/pods';
import { priceReport, USD, type Currency, type PriceReport } from '../evidence/price';
import { accountKey } from './account';
import type { StoredAudience } from './audience';
import type { ShortlistEntry } from './schema';
import type { CadenceSummary, CommentsSummary, SponsoredSummary } from './summary-evidence';

export interface AudienceFigures {
  /** Distinct followers seen in the list. */
  seen: number;
  /** Followers the estimate rests on (those kept, at most 2,000). */
  n: number;
  share: number;
  low: number;
  high: number;
  /** Under 100 followers: the popup asks for more scrolling. */
  small: boolean;
}

export interface PodFigures {
  postsSeen: number;
  /** Accounts that commented on most of the posts opened (listed, with counts, in the popup). */
  named: number;
  /** Of those, the ones that did so early and with generic words. */
  pattern: number;
  likelyPod: boolean;
}

export interface EntryEvidence {
  audience: AudienceFigures | null;
  sponsored?: SponsoredSummary;
  comments?: CommentsSummary;
  cadence?: CadenceSummary;
  pods: PodFigures | null;
  price: PriceReport | null;
}

export interface EntryExtras {
  /** The account's audience summary (the `audience-get` answer), or null when none was seen. */
  audience?: AudienceSummary | null;
  observations?: readonly PostObservation[];
  currency?: Currency;
}

export function audienceFigures(summary: AudienceSummary | null | undefined): AudienceFigures | null {
  const e = summary?.estimate;
  if (!summary || !e) return null;
  return { seen: summary.seen, n: e.n, share: e.share, low: e.low, high: e.high, small: summary.small };
}

export function entryEvidence(entry: ShortlistEntry, extras: EntryExtras = {}): EntryEvidence {
  const kept = entry.summary?.evidence;
  const pods = extras.observations?.length ? podReport(extras.observations) : null;
  let price: PriceReport | null = null;
  if (kept?.price) {
    const { at: _at, ...input } = kept.price;
    // The follower count the summary last read, which may be newer than the price's own page.
    const followers = entry.summary?.followers?.value ?? input.followers;
    price = priceReport({ ...input, followers, platform: entry.platform, likelyPod: pods?.likelyPod }, extras.currency ?? USD);
  }
  return {
    audience: audienceFigures(extras.audience),
    ...(kept?.sponsored ? { sponsored: kept.sponsored } : {}),
    ...(kept?.comments ? { comments: kept.comments } : {}),
    ...(kept?.cadence ? { cadence: kept.cadence } : {}),
    pods: pods && pods.postsSeen ? { postsSeen: pods.postsSeen, named: pods.members.length, pattern: pods.members.filter((m) => m.podPattern).length, likelyPod: pods.likelyPod } : null,
    price,
  };
}

/**
 * The extras of each account from what an export file holds (its samples and observations): what
 * the CSV and the comparison need, keyed by `accountKey`.
 */
export function extrasFromStored(samples: readonly StoredAudience[] = [], observations: readonly PostObservation[] = [], currency?: Currency): Map<string, EntryExtras> {
  const out = new Map<string, EntryExtras>();
  const get = (key: string) => {
    let x = out.get(key);
    if (!x) out.set(key, (x = { currency }));
    return x;
  };
  for (const s of samples) get(accountKey(s.platform, s.handle)).audience = summarizeAudience(s);
  for (const o of observations) {
    const x = get(accountKey(o.platform, o.handle));
    x.observations = [...(x.observations ?? []), o];
  }
  return out;
}
