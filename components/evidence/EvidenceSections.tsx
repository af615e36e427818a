/**
 * What brand managers ask beyond the grade, each as a section of the breakdown with its evidence:
 * sponsored posts and disclosure, comment quality, pods, a fair price band, cadence and trend.
 */
import type { Analysis } from '../../lib/score/types';
import type { Snapshot } from '../../lib/snapshot';
import { CommentsSection, PodsSection } from './Comments';
import { CadenceSection, PriceSection } from './Price';
import { SponsoredSection } from './Sponsored';
import { useEvidence } from './useEvidence';
import './evidence.css';

export function EvidenceSections({ snapshot, analysis }: { snapshot: Snapshot; analysis: Analysis }) {
  const { report } = useEvidence(snapshot, analysis);
  return (
    <>
      <SponsoredSection report={report.sponsored} />
      <CommentsSection quality={report.comments} />
      <PodsSection pods={report.pods} />
      <PriceSection price={report.price} />
      <CadenceSection cadence={report.cadence} />
    </>
  );
}
