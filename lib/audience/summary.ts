/**
 * What the popup, the comparison and exports show of an account's audience sample: how many
 * followers were seen and the estimate with its interval (lib/audience/estimate.ts), and how strong
 * that is as evidence for scoring. Pure; runs in the background (no Intl, no page code).
 */
import type { StoredAudience } from '../storage/audience';
import { INSTAFAKE_PROFILES_DEV } from './calibration';
import { estimateAudience, type AudienceEstimate } from './estimate';

/** Below this many followers seen the popup asks the user to scroll for more. */
const AUDIENCE_SMALL_SAMPLE = 100;

export interface AudienceSummary {
  platform: StoredAudience['platform'];
  handle: string;
  /** Followers kept in the sample (deduplicated, at most 2,000). */
  stored: number;
  /** Distinct followers seen, including any beyond the bound. */
  seen: number;
  firstAt: string;
  updatedAt: string;
  estimate: AudienceEstimate | null;
  small: boolean;
  evidence: AudienceEvidence;
}

/**
 * How much a sample says, for the scoring's signal (lib/score is another helper's; it reads this):
 * 'alert' when even the interval's low end is at least 40% fake-looking (IG Audit: under 60% real is
 * likely fraud), 'warning' when it is at least 25% (Modash: follower credibility under 75% is often
 * fraud), 'none' otherwise or on a small sample. The low end, not the estimate: a wide interval on a
 * few followers is not evidence.
 */
type AudienceEvidence = 'none' | 'warning' | 'alert';

export function audienceEvidence(estimate: AudienceEstimate | null): AudienceEvidence {
  if (!estimate || estimate.n < AUDIENCE_SMALL_SAMPLE) return 'none';
  if (estimate.low >= 0.4) return 'alert';
  if (estimate.low >= 0.25) return 'warning';
  return 'none';
}

export function summarizeAudience(sample: StoredAudience | null): AudienceSummary | null {
  if (!sample || !sample.entries.length) return null;
  const estimate = estimateAudience(sample.entries, INSTAFAKE_PROFILES_DEV, sample.platform);
  return {
    platform: sample.platform,
    handle: sample.handle,
    stored: sample.entries.length,
    seen: sample.seen,
    firstAt: sample.firstAt,
    updatedAt: sample.updatedAt,
    estimate,
    small: sample.entries.length < AUDIENCE_SMALL_SAMPLE,
    evidence: audienceEvidence(estimate),
  };
}
