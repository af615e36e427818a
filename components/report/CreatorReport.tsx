/** One creator on one printed page: grade, reasons, engagement, growth, what was read, linked accounts, and the optional sections. */
import { t } from '../../lib/i18n';
import { CreatorCard } from './Linked';
import type { CreatorReportModel } from './model';
import { entryEvidence, type EntryExtras } from '../../lib/storage/entry-evidence';
import { Disclaimer, Engagement, ExtraSections, GradeBlock, Growth, Identity, Reasons, ReportHeader, Section, WhatWasRead } from './ReportParts';

export function CreatorReport({ model, extras }: { model: CreatorReportModel; extras?: EntryExtras }) {
  const { entry, linked, findings, history, brand, generatedAt } = model;
  return (
    <article class="rep-sheet" data-report="account">
      <ReportHeader brand={brand} title={t('rep_titleCreator')} generatedAt={generatedAt} />
      <Identity entry={entry} />
      <div class="rep-grid">
        <Section id="grade" title={t('rep_h_grade')}>
          <GradeBlock summary={entry.summary} />
        </Section>
        <Section id="read" title={t('rep_h_read')}>
          <WhatWasRead entry={entry} />
        </Section>
        <Section id="reasons" title={t('rep_h_reasons')} wide>
          <Reasons summary={entry.summary} />
        </Section>
        <Section id="engagement" title={t('rep_h_engagement')}>
          <Engagement summary={entry.summary} idBase="rep-eng" />
        </Section>
        {/* The evidence sections beside the engagement chart, the tallest block: the page stays one sheet. */}
        <ExtraSections summary={entry.summary} evidence={entryEvidence(entry, extras)} />
        <Section id="growth" title={t('rep_h_growth')}>
          <Growth records={history} handle={entry.handle} />
        </Section>
        <Section id="linked" title={t('rep_h_linked')} wide>
          {linked.length ? <CreatorCard entries={[entry, ...linked]} findings={findings} /> : <p class="rep-muted">{t('rep_noLinked')}</p>}
        </Section>
      </div>
      {entry.note && (
        <p class="rep-note" dir="auto">
          <strong>{t('vet_note')}:</strong> {entry.note}
        </p>
      )}
      <Disclaimer />
    </article>
  );
}
