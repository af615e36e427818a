/**
 * The followers themselves as evidence (issue "Who follows them"): when the user has scrolled an
 * account's followers list, the share of fake-looking followers it estimates (lib/audience, with its
 * interval) is a signal. Only the interval's low end counts, so a few followers never raise one:
 * at least 25% fake-looking is a warning (Modash: follower credibility under 75% is often fraud), at
 * least 40% an alert (IG Audit: under 60% real is likely fraud). Pure.
 */
import { audienceEvidence } from '../audience/summary';
import { INSTAFAKE_PROFILES_DEV } from '../audience/calibration';
import { estimateAudience } from '../audience/estimate';
import type { SignalContext } from './signals';
import type { Signal } from './types';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function audienceSample({ snapshot }: SignalContext): Signal | null {
  const sample = snapshot.audience;
  if (!sample?.entries.length) return null;
  const estimate = estimateAudience(sample.entries, INSTAFAKE_PROFILES_DEV, snapshot.platform);
  const level = audienceEvidence(estimate);
  if (!estimate || level === 'none') return null;
  return {
    id: 'audience-fake-share',
    severity: level,
    title: 'Many followers look fake',
    evidence: [
      { label: 'Followers seen in the list', value: estimate.n, unit: 'count' },
      { label: 'Estimated share that looks fake', value: estimate.share, unit: 'percent' },
      { label: 'Interval (low end used)', value: `${pct(estimate.low)}-${pct(estimate.high)}`, unit: 'text' },
      { label: 'Judged from', value: estimate.basis === 'picture-and-handle' ? 'default picture and handle' : 'handle only', unit: 'text' },
    ],
    explanation:
      `Of ${estimate.n} followers you scrolled past, about ${pct(estimate.share)} look like fake accounts ` +
      `(at least ${pct(estimate.low)}, corrected for how often the check errs). ` +
      (level === 'alert' ? 'Above 40% is the share at which an audience is likely bought (IG Audit).' : 'Above 25% is often a sign of bought followers (Modash).'),
    points: 0,
  };
}
