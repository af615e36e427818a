/**
 * The evidence sections brand managers ask for, from one Snapshot (and, for pods, the posts of the
 * account seen before): sponsored posts and disclosure, comment quality, pods, a fair price band,
 * cadence and trend. Pure: the popup computes it from the tab's state, tests from fixtures.
 */
import type { Analysis } from '../score/types';
import type { Snapshot } from '../snapshot';
import { cadenceReport, type CadenceReport } from './cadence';
import { commentQuality, type CommentQuality } from './comments';
import { podReport, type PodReport, type PostObservation } from './pods';
import { priceReport, USD, type Currency, type PriceInput, type PriceReport } from './price';
import { sponsoredReport, type SponsoredReport } from './sponsored';
import { median } from './stats';

export interface EvidenceReport {
  sponsored: SponsoredReport;
  /** Null when the page showed no comments. */
  comments: CommentQuality | null;
  /** Null when no post of this account with comments was seen. */
  pods: PodReport | null;
  price: PriceReport;
  cadence: CadenceReport;
}

interface EvidenceOptions {
  observations?: readonly PostObservation[];
  currency?: Currency;
}

/** What the price band's formula takes from a page (and, for the pod discount, the posts seen before). */
export function priceInputFor(snap: Snapshot, analysis: Pick<Analysis, 'benchmark' | 'grade'> | null, comments: CommentQuality | null, pods: PodReport | null): PriceInput {
  const views = snap.posts.filter((p) => !p.pinned && p.views?.value).map((p) => p.views!.value);
  return {
    platform: snap.platform,
    followers: snap.profile.followers?.value,
    medianViews: views.length ? { value: median(views)!, posts: views.length } : undefined,
    liveViewers: snap.profile.liveViewers?.value,
    engagementPosition: analysis?.benchmark?.position,
    confidence: analysis?.grade?.confidence ?? 'low',
    commentVerdict: comments?.verdict,
    likelyPod: pods?.likelyPod,
  };
}

export function evidenceReport(snap: Snapshot, analysis: Pick<Analysis, 'benchmark' | 'grade'> | null, options: EvidenceOptions = {}): EvidenceReport {
  const comments = snap.comments?.length ? commentQuality(snap.comments, snap.posts.map((p) => p.caption)) : null;
  const pods = options.observations?.length ? podReport(options.observations) : null;
  const price = priceReport(priceInputFor(snap, analysis, comments, pods), options.currency ?? USD);
  return { sponsored: sponsoredReport(snap), comments, pods, price, cadence: cadenceReport(snap) };
}

export { commentQuality, isGeneric } from './comments';
export { detectSponsorship, toPostSponsorship, isPlatformLabel } from './sponsorship';
export { observationFrom, podReport, type PostObservation } from './pods';
export { priceReport, USD, type Currency } from './price';
