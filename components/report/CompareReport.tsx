/**
 * A comparison on one printed page (landscape): the accounts side by side. A "best" is named in a
 * row only among accounts of one platform, all graded with more than low confidence (mayCrownBest).
 */
import type { Brand, HistoryRecord } from '../../lib/storage/schema';
import type { EntryView } from '../../lib/storage/store';
import { t } from '../../lib/i18n';
import { Compare } from '../vetting/Compare';
import { Disclaimer, ReportHeader, Section } from './ReportParts';
import { mayCrownBest } from './model';
import type { EntryExtras } from '../../lib/storage/entry-evidence';

export function CompareReport({ entries, histories, brand, generatedAt, extras }: { entries: EntryView[]; histories: ReadonlyMap<string, HistoryRecord[]>; brand: Brand; generatedAt: Date; extras?: ReadonlyMap<string, EntryExtras> }) {
  const crown = mayCrownBest(entries);
  return (
    <article class="rep-sheet rep-compare" data-report="compare">
      <ReportHeader brand={brand} title={t('rep_titleCompare', [String(entries.length)])} generatedAt={generatedAt} />
      <Section id="compare" title={t('rep_h_compare')} wide>
        <p class="rep-muted rep-small">{crown ? t('rep_bestRule') : t('rep_noBest')}</p>
        <Compare entries={entries} histories={histories} crownBest={crown} headingId="rep-h-compare" extras={extras} />
      </Section>
      <Disclaimer />
    </article>
  );
}
