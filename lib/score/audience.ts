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
import { flat, num, pct, ph } from '../phrase';
import { ev, signal } from './signal-parts';


export function audienceSample({ snapshot }: SignalContext): Signal | null {
  const sample = snapshot.audience;
  if (!sample?.entries.length) return null;
  const estimate = estimateAudience(sample.entries, INSTAFAKE_PROFILES_DEV, snapshot.platform);
  const level = audienceEvidence(estimate);
  if (!estimate || level === 'none') return null;
  const basis = estimate.basis === 'picture-and-handle' ? 'sig_audience_basisPicture' : 'sig_audience_basisHandle';
  return signal('audience-fake-share', level, ph('sig_audience_title'), [
    ev('audienceSeen', estimate.n, 'count'),
    ev('audienceShare', estimate.share, 'percent'),
    ev('audienceInterval', ph('sig_audience_interval', pct(estimate.low), pct(estimate.high)), 'text'),
    ev('audienceBasis', ph(basis), 'text'),
  ], ph('sig_audience_text', num(estimate.n), pct(estimate.share), pct(estimate.low), flat(level === 'alert' ? 'sig_audience_alert' : 'sig_audience_warning')));
}
