/**
 * The campaign side of the shortlist page: the campaign form (status, rate, deliverables, dates),
 * the status control in each row, link suggestions the user confirms, and the creators linked
 * across platforms (combined card, consistency check, report).
 */
import { useState } from 'preact/hooks';
import { consistencyCheck, creatorGroups, suggestLinks, type LinkSuggestion } from '../../lib/creators';
import { t } from '../../lib/i18n';
import { campaignOf } from '../../lib/storage/campaign';
import { DELIVERABLES_MAX } from '../../lib/storage/limits';
import { CAMPAIGN_STATUSES, CampaignSchema, type Campaign, type CampaignStatus } from '../../lib/storage/schema';
import { firstIssue } from '../../lib/storage/issues';
import type { EntryView } from '../../lib/storage/store';
import { platformName } from '../format';
import { CreatorCard } from '../report/Linked';
import { extensionUrl } from './client';
import { STATUS_KEYS } from '../report/keys';
import { reportHash } from '../report/model';

export const statusLabel = (s: CampaignStatus) => t(STATUS_KEYS[s]);

export function StatusSelect({ entry, onChange, id }: { entry: EntryView; onChange(status: CampaignStatus): void; id?: string }) {
  return (
    <select id={id} class="vet-status-select" data-status={campaignOf(entry).status} value={campaignOf(entry).status} aria-label={t('rep_statusOf', [entry.handle])} onChange={(e) => onChange(e.currentTarget.value as CampaignStatus)}>
      {CAMPAIGN_STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </select>
  );
}

/** The campaign fields of one entry; `onSave` gets a validated campaign. */
export function CampaignForm({ entry, onSave, onCancel }: { entry: EntryView; onSave(c: Campaign): void; onCancel(): void }) {
  const c = campaignOf(entry);
  const [draft, setDraft] = useState({ status: c.status, amount: c.rate ? String(c.rate.amount) : '', currency: c.rate?.currency ?? 'EUR', deliverables: c.deliverables, start: c.start ?? '', end: c.end ?? '' });
  const [error, setError] = useState('');
  function submit(e: Event) {
    e.preventDefault();
    const amount = draft.amount.trim() === '' ? undefined : Number(draft.amount.replace(',', '.'));
    const next: Campaign = { status: draft.status, deliverables: draft.deliverables.trim() };
    if (amount !== undefined) next.rate = { amount, currency: draft.currency.trim().toUpperCase() };
    if (draft.start) next.start = draft.start;
    if (draft.end) next.end = draft.end;
    const parsed = CampaignSchema.safeParse(next);
    if (!parsed.success || (amount !== undefined && !Number.isFinite(amount))) return setError(parsed.success ? t('rep_rateInvalid') : firstIssue(parsed.error));
    if (next.start && next.end && next.end < next.start) return setError(t('rep_datesReversed'));
    onSave(parsed.data);
  }
  const id = (k: string) => `vet-campaign-${k}`;
  return (
    <form class="vet-form vet-campaign-form" onSubmit={submit}>
      <div class="vet-field">
        <label for={id('status')}>{t('rep_colStatus')}</label>
        <select id={id('status')} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as CampaignStatus })}>
          {CAMPAIGN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div class="vet-field">
        <label for={id('amount')}>{t('rep_colRate')}</label>
        <span class="vet-row">
          <input id={id('amount')} inputMode="decimal" size={8} value={draft.amount} onInput={(e) => setDraft({ ...draft, amount: e.currentTarget.value })} />
          <input aria-label={t('rep_currency')} size={4} maxLength={3} value={draft.currency} onInput={(e) => setDraft({ ...draft, currency: e.currentTarget.value })} />
        </span>
      </div>
      <div class="vet-field vet-grow">
        <label for={id('deliverables')}>{t('rep_colDeliverables')}</label>
        <input id={id('deliverables')} maxLength={DELIVERABLES_MAX} value={draft.deliverables} placeholder={t('rep_deliverablesPlaceholder')} onInput={(e) => setDraft({ ...draft, deliverables: e.currentTarget.value })} />
      </div>
      <div class="vet-field">
        <label for={id('start')}>{t('rep_start')}</label>
        <input id={id('start')} type="date" value={draft.start} onInput={(e) => setDraft({ ...draft, start: e.currentTarget.value })} />
      </div>
      <div class="vet-field">
        <label for={id('end')}>{t('rep_end')}</label>
        <input id={id('end')} type="date" value={draft.end} onInput={(e) => setDraft({ ...draft, end: e.currentTarget.value })} />
      </div>
      <div class="vet-row">
        <button type="submit" class="vet-button vet-primary">
          {t('rep_saveCampaign')}
        </button>
        <button type="button" class="vet-button" onClick={onCancel}>
          {t('vet_cancel')}
        </button>
      </div>
      {error && (
        <p class="vet-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

const SUGGESTION_MESSAGE = { handle: 'rep_suggestHandle', name: 'rep_suggestName', link: 'rep_suggestLink' } as const;
const label = (e: EntryView | undefined) => (e ? `${platformName(e.platform)} @${e.handle}` : '');

/** Suggested links, each confirmed (or dismissed) by the user: nothing is linked on its own. */
export function LinkSuggestions({ entries, onLink }: { entries: EntryView[]; onLink(keys: string[]): void }) {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const shown = suggestLinks(entries).filter((s) => !dismissed.has(s.keys.join('|')));
  if (!shown.length) return null;
  const byKey = (k: string) => entries.find((e) => e.key === k);
  return (
    <section class="vet-card vet-suggestions" aria-labelledby="vet-suggest-heading">
      <h2 id="vet-suggest-heading">{t('rep_suggestHeading')}</h2>
      <ul>
        {shown.map((s: LinkSuggestion) => (
          <li key={s.keys.join('|')} data-suggestion={s.keys.join('|')}>
            <span>{t(SUGGESTION_MESSAGE[s.reason], [label(byKey(s.keys[0])), label(byKey(s.keys[1]))])}</span>{' '}
            <button type="button" class="vet-button vet-small" onClick={() => onLink(s.keys)}>
              {t('rep_linkThese')}
            </button>{' '}
            <button type="button" class="vet-button vet-small" onClick={() => setDismissed(new Set([...dismissed, s.keys.join('|')]))}>
              {t('rep_notSame')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Creators linked across platforms: the combined card, with the numbers checked against each other. */
export function Creators({ entries, onUnlink }: { entries: EntryView[]; onUnlink(key: string): void }) {
  const groups = creatorGroups(entries);
  if (!groups.length) return null;
  return (
    <section class="vet-card" aria-labelledby="vet-creators-heading">
      <h2 id="vet-creators-heading">{t('rep_creatorsHeading')}</h2>
      {groups.map((g) => (
        <div key={g.id} class="vet-creator-group" data-creator={g.id}>
          <h3 dir="auto">{g.entries.find((e) => e.name)?.name ?? `@${g.entries[0].handle}`}</h3>
          <CreatorCard entries={g.entries} findings={consistencyCheck(g.entries)} />
          <div class="vet-row">
            <a class="vet-button vet-small" href={extensionUrl('/report.html', reportHash({ kind: 'account', key: g.entries[0].key }))} target="_blank" rel="noopener">
              {t('rep_openReport')}
            </a>
            {g.entries.map((e) => (
              <button key={e.key} type="button" class="vet-button vet-small" onClick={() => onUnlink(e.key)}>
                {t('rep_unlink', [label(e)])}
              </button>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
