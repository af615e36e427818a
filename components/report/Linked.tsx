/** One creator across platforms: the linked accounts side by side, and the consistency check worded with its numbers. */
import type { ConsistencyFinding } from '../../lib/creators';
import { t } from '../../lib/i18n';
import type { EntryView } from '../../lib/storage/store';
import { formatNumber, formatRateValue, platformName } from '../format';
import { formatStored } from '../format';
import { GradeChip } from '../vetting/ShortlistTable';
import { engagementOf } from '../vetting/shortlist-view';

const nameOf = (key: string, entries: readonly EntryView[]) => {
  const e = entries.find((x) => x.key === key);
  return e ? `${platformName(e.platform)} @${e.handle}` : key;
};

function findingText(f: ConsistencyFinding, entries: readonly EntryView[]): string {
  switch (f.kind) {
    case 'views-vs-followers':
      return t('rep_finding_views', [nameOf(f.big, entries), formatNumber(f.followers), nameOf(f.video, entries), formatNumber(f.medianViews), formatNumber(f.ratio * 100, 2)]);
    case 'followers-gap':
      return t('rep_finding_gap', [nameOf(f.big, entries), formatNumber(f.followersBig), nameOf(f.small, entries), formatNumber(f.followersSmall), formatNumber(f.ratio, 0)]);
    case 'grades-differ':
      return t('rep_finding_grades', [nameOf(f.good, entries), f.goodLetter, nameOf(f.poor, entries), f.poorLetter]);
  }
}

/** The combined card: each platform side by side. */
export function CreatorCard({ entries, findings }: { entries: EntryView[]; findings: ConsistencyFinding[] }) {
  return (
    <div class="rep-creator">
      <table class="rep-table">
        <thead>
          <tr>
            <th scope="col">{t('vet_colAccount')}</th>
            <th scope="col">{t('vet_colGrade')}</th>
            <th scope="col">{t('vet_colFollowers')}</th>
            <th scope="col">{t('vet_colEngagement')}</th>
            <th scope="col">{t('rep_medianViews')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const rate = engagementOf(e);
            const views = e.summary?.reach !== undefined && e.summary.followers ? Math.round(e.summary.reach * e.summary.followers.value) : undefined;
            return (
              <tr key={e.key} data-key={e.key}>
                <th scope="row">
                  {platformName(e.platform)} <span dir="ltr">@{e.handle}</span>
                </th>
                <td>
                  <GradeChip entry={e} />
                </td>
                <td>{formatStored(e.summary?.followers)}</td>
                <td>{rate ? `${formatRateValue(rate.value)} ${t(`vet_per_${rate.basis}`)}` : '—'}</td>
                <td>{views !== undefined ? formatNumber(views) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('rep_consistency')}</h3>
      {findings.length ? (
        <ul class="rep-findings">
          {findings.map((f, i) => (
            <li key={i} data-finding={f.kind}>
              {findingText(f, entries)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="rep-muted">{t('rep_consistent')}</p>
      )}
    </div>
  );
}
