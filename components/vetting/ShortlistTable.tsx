/**
 * The shortlist as a table: grade, engagement, followers, flags, tags and note, last checked.
 * Sortable by column (buttons in the headers, with aria-sort), rows selectable for comparison.
 * Every value is rendered as text: a note holding markup shows the markup, it never runs.
 */
import { isWebUrl } from '../../lib/storage/schema';
import type { EntryView } from '../../lib/storage/store';
import { t } from '../../lib/i18n';
import { word, countTitle, formatMoney, formatRateValue, formatStored, formatTime, gradeColor, platformName } from '../format';
import { campaignOf } from '../../lib/storage/campaign';
import type { CampaignStatus } from '../../lib/storage/schema';
import { StatusSelect } from './CampaignPanel';
import { extensionUrl } from './client';
import { engagementOf, flagsOf, type Sort, type SortKey } from './shortlist-view';
import { Tags } from './Tags';
import { reportHash } from '../report/model';

interface ShortlistTableProps {
  entries: EntryView[];
  sort: Sort;
  onSort(key: SortKey): void;
  selected: ReadonlySet<string>;
  onToggle(key: string): void;
  onEdit(entry: EntryView): void;
  onRemove(entry: EntryView): void;
  onStatus?(entry: EntryView, status: CampaignStatus): void;
  onCampaign?(entry: EntryView): void;
}

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'account', label: 'vet_colAccount' },
  { key: 'grade', label: 'vet_colGrade', numeric: true },
  { key: 'engagement', label: 'vet_colEngagement', numeric: true },
  { key: 'followers', label: 'vet_colFollowers', numeric: true },
  { key: 'flags', label: 'vet_colFlags', numeric: true },
];

export function AccountCell({ entry }: { entry: EntryView }) {
  const url = entry.url ?? entry.summary?.url;
  const name = entry.name ?? entry.summary?.name;
  return (
    <div class="vet-account">
      {url && isWebUrl(url) ? (
        <a href={url} target="_blank" rel="noreferrer noopener" class="vet-account-name" dir="auto">
          {name || `@${entry.handle}`}
        </a>
      ) : (
        <span class="vet-account-name" dir="auto">
          {name || `@${entry.handle}`}
        </span>
      )}
      <span class="vet-muted">
        <span dir="ltr">@{entry.handle}</span> · {platformName(entry.platform)}
      </span>
    </div>
  );
}

export function GradeChip({ entry }: { entry: EntryView }) {
  const g = entry.summary?.grade;
  if (!entry.summary) {
    return (
      <span class="vet-muted" title={t('vet_notChecked')}>
        <span aria-hidden="true">—</span>
        <span class="vet-sr">{t('vet_notChecked')}</span>
      </span>
    );
  }
  return (
    <span class="vet-grade" style={{ background: gradeColor(g?.letter) }} aria-label={g ? t('vet_gradeAria', [g.letter, String(Math.round(g.score))]) : t('vet_ungraded')}>
      {g?.letter ?? '?'}
      {g && <small>{Math.round(g.score)}</small>}
    </span>
  );
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: Sort; onSort(key: SortKey): void }) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} class={column.numeric ? 'vet-num' : undefined}>
      <button type="button" class="vet-sort" onClick={() => onSort(column.key)}>
        {t(column.label)}
        <span aria-hidden="true" class="vet-sort-mark">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function ShortlistTable({ entries, sort, onSort, selected, onToggle, onEdit, onRemove, onStatus, onCampaign }: ShortlistTableProps) {
  return (
    <table class="vet-table" aria-describedby="vet-table-caption">
      <caption id="vet-table-caption" class="vet-sr">
        {t('vet_tableCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="vet-select-col">
            <span class="vet-sr">{t('vet_colSelect')}</span>
          </th>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
          ))}
          <SortHeader column={{ key: 'status', label: 'rep_colStatus' }} sort={sort} onSort={onSort} />
          <SortHeader column={{ key: 'rate', label: 'rep_colRate', numeric: true }} sort={sort} onSort={onSort} />
          <th scope="col">{t('vet_colTagsNote')}</th>
          <SortHeader column={{ key: 'checked', label: 'vet_colChecked' }} sort={sort} onSort={onSort} />
          <th scope="col">
            <span class="vet-sr">{t('vet_colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const rate = engagementOf(e);
          const flags = flagsOf(e);
          const campaign = campaignOf(e);
          const id = `vet-sel-${e.key.replace(/[^a-z0-9]/gi, '_')}`;
          return (
            <tr key={e.key} data-key={e.key} class={selected.has(e.key) ? 'vet-selected' : undefined}>
              <td class="vet-select-col">
                <input type="checkbox" id={id} checked={selected.has(e.key)} onChange={() => onToggle(e.key)} aria-label={t('vet_selectAccount', [e.handle])} />
              </td>
              <th scope="row">
                <AccountCell entry={e} />
              </th>
              <td class="vet-num" data-label={t('vet_colGrade')}>
                <GradeChip entry={e} />
              </td>
              <td class="vet-num" data-label={t('vet_colEngagement')}>
                {rate ? (
                  <>
                    {formatRateValue(rate.value)}
                    <span class="vet-muted vet-basis"> {t(`vet_per_${rate.basis}`)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td class="vet-num" title={countTitle(e.summary?.followers)} data-label={t('vet_colFollowers')}>
                {formatStored(e.summary?.followers)}
              </td>
              <td class="vet-num" data-label={t('vet_colFlags')}>
                {e.summary ? (
                  flags.length ? (
                    <span class="vet-flags" title={flags.map((f) => word(f.title)).join('\n')}>
                      <span class={`vet-flag-count vet-sev-${flags.some((f) => f.severity === 'alert') ? 'alert' : 'warning'}`}>{flags.length}</span>
                      <span class="vet-flag-first" dir="auto">
                        {word(flags[0].title)}
                      </span>
                    </span>
                  ) : (
                    <span class="vet-muted">{t('vet_noFlags')}</span>
                  )
                ) : (
                  '—'
                )}
              </td>
              <td data-label={t('rep_colStatus')}>
                <StatusSelect entry={e} onChange={(status) => onStatus?.(e, status)} />
                {e.creator && <span class="vet-linked-mark">{t('rep_linkedMark')}</span>}
              </td>
              <td class="vet-num" data-label={t('rep_colRate')}>
                {campaign.rate ? formatMoney(campaign.rate.amount, campaign.rate.currency) : '—'}
                {(campaign.start || campaign.end) && <span class="vet-muted vet-block">{[campaign.start ?? '…', campaign.end ?? '…'].join(' – ')}</span>}
              </td>
              <td class="vet-tagnote" data-label={t('vet_colTagsNote')}>
                {campaign.deliverables && (
                  <span class="vet-block" dir="auto">
                    {campaign.deliverables}
                  </span>
                )}
                {e.tags.length > 0 && <Tags tags={e.tags} />}
                {e.note && (
                  <span class="vet-note-cell" title={e.note} dir="auto">
                    {e.note}
                  </span>
                )}
              </td>
              <td data-label={t('vet_colChecked')}>
                {e.summary ? formatTime(e.summary.checkedAt) : <span class="vet-muted">{t('vet_notChecked')}</span>}
                {e.sync !== 'synced' && e.sync !== 'off' && (
                  <span class="vet-local-only" title={t(`vet_sync_${e.sync.replace(/-/g, '_')}`)}>
                    {t('vet_localOnlyShort')}
                  </span>
                )}
              </td>
              <td class="vet-actions">
                <a class="vet-button vet-small" href={extensionUrl('/report.html', reportHash({ kind: 'account', key: e.key }))} target="_blank" rel="noopener" aria-label={t('rep_reportFor', [e.handle])}>
                  {t('rep_report')}
                </a>
                <button type="button" class="vet-button vet-small" onClick={() => onCampaign?.(e)} aria-label={t('rep_campaignFor', [e.handle])}>
                  {t('rep_h_campaign')}
                </button>
                <button type="button" class="vet-button vet-small" onClick={() => onEdit(e)} aria-label={t('vet_editAccount', [e.handle])}>
                  {t('vet_edit')}
                </button>
                <button type="button" class="vet-button vet-small" onClick={() => onRemove(e)} aria-label={t('vet_removeAccount', [e.handle])}>
                  {t('vet_remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
