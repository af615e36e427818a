/**
 * The evidence sections' data for the breakdown: computed in the popup from the tab's Snapshot
 * (lib/evidence, pure), with the account's posts seen before (for pods) and the user's currency
 * asked from the background. Until those answer, the sections show what the page alone gives.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { evidenceReport, observationFrom, type Currency, type PostObservation } from '../../lib/evidence';
import type { Analysis } from '../../lib/score/types';
import type { Snapshot } from '../../lib/snapshot';
import { ask } from '../vetting/client';

export function useEvidence(snapshot: Snapshot, analysis: Analysis) {
  const [stored, setStored] = useState<PostObservation[]>([]);
  const [currency, setCurrency] = useState<Currency | undefined>();
  const { platform, handle } = { platform: snapshot.platform, handle: snapshot.profile.handle };
  useEffect(() => {
    let live = true;
    ask({ type: 'evidence-get', account: { platform, handle } })
      .then((r) => live && setStored(r.observations))
      .catch(() => undefined);
    ask({ type: 'settings-get' })
      .then((s) => live && setCurrency(s.currency))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [platform, handle]);
  return useMemo(() => {
    // This page's comments count at once, even before the background has recorded them.
    const current = observationFrom(snapshot, snapshot.capturedAt);
    const observations = current ? [...stored, current] : stored;
    return { report: evidenceReport(snapshot, analysis, { observations, currency }), currency };
  }, [snapshot, analysis, stored, currency]);
}
