/**
 * The full-page shortlist (shortlist.html): every shortlisted account with grade, engagement,
 * followers, flags and last check; search and filters; sorting; selection of 2 to 6 accounts for
 * a side-by-side comparison (linkable: shortlist.html#compare=<key>,<key>); export; and whether
 * the shortlist syncs to the user's other browsers.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { COMPARE_MAX, COMPARE_MIN } from '../../lib/storage/limits';
import type { HistoryRecord } from '../../lib/storage/schema';
import type { EntryView, ShortlistView, SyncStatus } from '../../lib/storage/store';
import { parseTagInput } from '../../lib/storage/tags';
import { t } from '../../lib/i18n';
import { formatNumber, platformName } from '../format';
import { ask, extensionUrl, openPage, watchStorage } from './client';
import { Compare } from './Compare';
import { useExtras } from './entry-extras';
import { ExportButtons } from './DataPanel';
import { formatBytes } from '../format';
import { changeError, EntryForm } from './ShortlistButton';
import { ShortlistTable } from './ShortlistTable';
import { ShortlistFilters } from './ShortlistFilters';
import { CampaignForm, Creators, LinkSuggestions } from './CampaignPanel';
import type { Campaign, CampaignStatus } from '../../lib/storage/schema';
import { campaignOf } from '../../lib/storage/campaign';
import { Confirm } from './Confirm';
import { reportHash } from '../report/model';
import {
  compareHash, compareKeysFromHash, filterEntries, NO_FILTERS, platformsIn, sortEntries, tagsIn,
  type Filters, type Sort, type SortKey,
} from './shortlist-view';

function SyncBanner({ sync, count }: { sync: SyncStatus; count: number }) {
  const localOnly = sync.tooLarge + sync.noRoom;
  let text: string;
  let kind = 'info';
  if (!sync.available) text = t('vet_syncUnavailable');
  else if (sync.error) {
    text = t('vet_syncError', [sync.error]);
    kind = 'warning';
  } else if (localOnly > 0) {
    kind = 'warning';
    text = [
      t('vet_syncSome', [formatNumber(localOnly), formatNumber(count)]),
      sync.noRoom ? t('vet_syncNoRoom', [formatNumber(sync.noRoom), formatBytes(sync.quota), formatNumber(sync.maxItems)]) : '',
      sync.tooLarge ? t('vet_syncTooLarge', [formatNumber(sync.tooLarge)]) : '',
    ].filter(Boolean).join(' ');
  } else if (count === 0) return null;
  else text = t('vet_syncAll', [formatBytes(sync.bytes), formatBytes(sync.quota)]);
  return (
    <p class={`vet-banner vet-banner-${kind}`} role="status" data-sync={localOnly ? 'partial' : sync.available ? 'all' : 'off'}>
      {text}
    </p>
  );
}

export function ShortlistPage() {
  const [view, setView] = useState<ShortlistView | null>(null);
  const [loadError, setLoadError] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'added', dir: 'desc' });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [hash, setHash] = useState(location.hash);
  const [histories, setHistories] = useState<Map<string, HistoryRecord[]>>(new Map());
  const [editing, setEditing] = useState<EntryView | null>(null);
  const [campaignFor, setCampaignFor] = useState<EntryView | null>(null);
  const [removing, setRemoving] = useState<EntryView[] | null>(null);
  const [status, setStatus] = useState('');
  const compareHeading = useRef<HTMLHeadingElement>(null);

  const load = () =>
    ask({ type: 'shortlist-get' })
      .then((v) => {
        setView(v);
        setLoadError('');
      })
      .catch((err) => setLoadError(String(err?.message ?? err)));

  useEffect(() => {
    void load();
    const stop = watchStorage(() => void load(), ['shortlist', 'history']);
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => {
      stop();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const entries = view?.entries ?? [];
  const known = useMemo(() => new Set(entries.map((e) => e.key)), [entries]);
  const compareKeys = useMemo(() => compareKeysFromHash(hash, known, COMPARE_MAX), [hash, known]);
  const comparing = compareKeys.length >= COMPARE_MIN ? compareKeys.map((k) => entries.find((e) => e.key === k)!) : [];
  const extras = useExtras(comparing, view ? 1 : 0);

  useEffect(() => {
    if (comparing.length < COMPARE_MIN) return;
    let live = true;
    ask({ type: 'history-get', accounts: comparing.map((e) => ({ platform: e.platform, handle: e.handle })) })
      .then((list) => {
        if (!live) return;
        setHistories(new Map(list.map((h) => [h.key, h.records])));
        compareHeading.current?.focus();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [compareKeys.join(','), view]);

  const shown = useMemo(() => sortEntries(filterEntries(entries, filters), sort), [entries, filters, sort]);
  const selectedKeys = entries.filter((e) => selected.has(e.key)).map((e) => e.key);
  const canCompare = selectedKeys.length >= COMPARE_MIN && selectedKeys.length <= COMPARE_MAX;

  function onSort(key: SortKey) {
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'account' || key === 'platform' ? 'asc' : 'desc' }));
  }
  function toggle(key: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }
  function startCompare() {
    location.hash = compareHash(selectedKeys);
  }
  function closeCompare() {
    history.pushState(null, '', location.pathname + location.search);
    setHash('');
  }
  async function saveEdit(entry: EntryView, note: string, tagText: string) {
    const r = await ask({ type: 'shortlist-update', account: { platform: entry.platform, handle: entry.handle }, note, tags: parseTagInput(tagText) });
    if (r.ok) {
      setEditing(null);
      setStatus(t('vet_saved'));
      await load();
    } else setStatus(changeError(r));
  }
  async function saveCampaign(entry: EntryView, campaign: Campaign) {
    const r = await ask({ type: 'shortlist-campaign', account: { platform: entry.platform, handle: entry.handle }, campaign });
    if (r.ok) {
      setCampaignFor(null);
      setStatus(t('vet_saved'));
      await load();
    } else setStatus(changeError(r));
  }
  async function setEntryStatus(entry: EntryView, status: CampaignStatus) {
    await saveCampaign(entry, { ...campaignOf(entry), status });
  }
  async function link(keys: string[], on = true) {
    const r = await ask({ type: 'shortlist-link', keys, link: on });
    setStatus(r.ok ? t(on ? 'rep_linked' : 'rep_unlinked') : changeError(r));
    await load();
  }
  async function confirmRemove(list: EntryView[]) {
    const r = await ask({ type: 'shortlist-remove', keys: list.map((e) => e.key) });
    setRemoving(null);
    setSelected((s) => new Set([...s].filter((k) => !list.some((e) => e.key === k))));
    setStatus(t('vet_removedN', [formatNumber(r.removed)]));
    await load();
  }

  const platforms = platformsIn(entries);
  const tags = tagsIn(entries);

  return (
    <main class="vet-page">
      <header class="vet-page-header">
        <div>
          <h1>{t('vet_shortlistTitle')}</h1>
          <p class="vet-muted">{view ? t('vet_shortlistCount', [formatNumber(entries.length), formatNumber(view.max)]) : t('vet_loading')}</p>
        </div>
        <nav class="vet-row">
          <button type="button" class="vet-link" onClick={() => void openPage('/options.html')}>
            {t('vet_openSettings')}
          </button>
        </nav>
      </header>
      {loadError && (
        <p class="vet-banner vet-banner-warning" role="alert">
          {t('vet_error_failed')} ({loadError})
        </p>
      )}
      {view && <SyncBanner sync={view.sync} count={entries.length} />}

      {comparing.length >= COMPARE_MIN && (
        <section class="vet-card vet-compare-card" aria-labelledby="vet-compare-heading">
          <div class="vet-card-head">
            <h2 id="vet-compare-heading" tabIndex={-1} ref={compareHeading}>
              {t('vet_compareHeading', [formatNumber(comparing.length)])}
            </h2>
            <span class="vet-row">
              <a class="vet-button" href={extensionUrl('/report.html', reportHash({ kind: 'compare', keys: compareKeys }))} target="_blank" rel="noopener">
                {t('rep_openReport')}
              </a>
              <button type="button" class="vet-button" onClick={closeCompare}>
                {t('vet_closeCompare')}
              </button>
            </span>
          </div>
          <Compare entries={comparing} histories={histories} extras={extras} />
        </section>
      )}

      {view && <LinkSuggestions entries={entries} onLink={(keys) => void link(keys)} />}
      {view && <Creators entries={entries} onUnlink={(key) => void link([key], false)} />}

      {view && entries.length === 0 ? (
        <section class="vet-card vet-empty">
          <h2>{t('vet_emptyTitle')}</h2>
          <p>{t('vet_emptyBody')}</p>
        </section>
      ) : (
        <section class="vet-card" aria-labelledby="vet-list-heading">
          <h2 id="vet-list-heading" class="vet-sr">
            {t('vet_shortlistHeading')}
          </h2>
          <ShortlistFilters filters={filters} setFilters={setFilters} platforms={platforms} tags={tags} />

          <div class="vet-toolbar">
            <p class="vet-muted" aria-live="polite">
              {t('vet_showing', [formatNumber(shown.length), formatNumber(entries.length)])}
              {selectedKeys.length > 0 && ` · ${t('vet_selectedN', [formatNumber(selectedKeys.length)])}`}
            </p>
            <div class="vet-row">
              <button type="button" class="vet-button vet-primary" disabled={!canCompare} onClick={startCompare} aria-describedby="vet-compare-hint">
                {t('vet_compareSelected')}
              </button>
              <span id="vet-compare-hint" class="vet-muted">
                {t('vet_compareHint', [String(COMPARE_MIN), String(COMPARE_MAX)])}
              </span>
              <button type="button" class="vet-button" disabled={selectedKeys.length < 2 || selectedKeys.length > COMPARE_MAX} onClick={() => void link(selectedKeys)}>
                {t('rep_linkSelected')}
              </button>
              <button type="button" class="vet-button" disabled={!selectedKeys.length} onClick={() => setRemoving(entries.filter((e) => selected.has(e.key)))}>
                {t('vet_removeSelected')}
              </button>
              <ExportButtons scope="shortlist" onStatus={setStatus} />
            </div>
          </div>

          {removing && (
            <Confirm
              id="vet-remove"
              question={t('vet_removeConfirm', [removing.map((e) => `@${e.handle}`).join(', ')])}
              confirmLabel={t('vet_remove')}
              onConfirm={() => void confirmRemove(removing)}
              onCancel={() => setRemoving(null)}
            />
          )}
          {editing && (
            <div class="vet-edit">
              <h3>{t('vet_editing', [`@${editing.handle}`])}</h3>
              <EntryForm key={editing.key} entry={editing} idBase="vet-page-form" onSave={(note, tagText) => void saveEdit(editing, note, tagText)} onCancel={() => setEditing(null)} />
            </div>
          )}
          {campaignFor && (
            <div class="vet-edit vet-edit-wide">
              <h3>{t('rep_campaignFor', [campaignFor.handle])}</h3>
              <CampaignForm key={campaignFor.key} entry={campaignFor} onSave={(c) => void saveCampaign(campaignFor, c)} onCancel={() => setCampaignFor(null)} />
            </div>
          )}
          {view && (
            <div class="vet-table-scroll">
              <ShortlistTable
                entries={shown} sort={sort} onSort={onSort} selected={selected} onToggle={toggle} onEdit={setEditing} onRemove={(e) => setRemoving([e])}
                onStatus={(e, st) => void setEntryStatus(e, st)} onCampaign={setCampaignFor}
              />
            </div>
          )}
        </section>
      )}
      <p class="vet-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
