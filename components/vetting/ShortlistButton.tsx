/**
 * The popup's shortlist control for the account on screen: add it (with a note and tags), see
 * that it is listed, edit or remove it, open the full shortlist. Says when the entry is kept in
 * this browser only (it does not fit in the browser's sync storage).
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountInfo } from '../../lib/messages';
import type { Snapshot } from '../../lib/snapshot';
import { NOTE_MAX, TAG_MAX_LENGTH, TAGS_MAX } from '../../lib/storage/limits';
import type { EntryView, ShortlistChange } from '../../lib/storage/store';
import { parseTagInput } from '../../lib/storage/tags';
import { t } from '../../lib/i18n';
import { ask, openPage } from './client';
import './vetting.css';

type Mode = { kind: 'loading' } | { kind: 'view'; entry: EntryView | null } | { kind: 'edit'; entry: EntryView | null } | { kind: 'error'; message: string };

export function changeError(change: Extract<ShortlistChange, { ok: false }>): string {
  return t(`vet_error_${change.error.replace(/-/g, '_')}`) + (change.detail ? ` (${change.detail})` : '');
}

export function ShortlistButton({ snapshot }: { snapshot: Snapshot }) {
  const account = { platform: snapshot.platform, handle: snapshot.profile.handle };
  const [mode, setMode] = useState<Mode>({ kind: 'loading' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    ask({ type: 'account-get', account })
      .then((info: AccountInfo) => live && setMode({ kind: 'view', entry: info.entry }))
      .catch(() => live && setMode({ kind: 'error', message: t('vet_error_failed') }));
    return () => {
      live = false;
    };
  }, [account.platform, account.handle]);

  async function save(note: string, tagText: string, existing: EntryView | null) {
    const tags = parseTagInput(tagText);
    const change = existing
      ? await ask({ type: 'shortlist-update', account, note, tags })
      : await ask({ type: 'shortlist-add', account, note, tags });
    if (change.ok) {
      setMode({ kind: 'view', entry: change.entry });
      setStatus(t(existing ? 'vet_saved' : 'vet_added'));
    } else setStatus(changeError(change));
  }

  async function remove(entry: EntryView) {
    const r = await ask({ type: 'shortlist-remove', keys: [entry.key] });
    if (r.removed) {
      setMode({ kind: 'view', entry: null });
      setStatus(t('vet_removed'));
    }
  }

  return (
    <section class="vet-popup-shortlist" aria-labelledby="vet-shortlist-heading">
      <h2 id="vet-shortlist-heading" class="vet-sr">
        {t('vet_shortlistHeading')}
      </h2>
      {mode.kind === 'loading' && <p class="vet-muted">{t('vet_loading')}</p>}
      {mode.kind === 'error' && <p role="alert">{mode.message}</p>}
      {mode.kind === 'view' && !mode.entry && (
        <div class="vet-row">
          <button type="button" class="vet-button vet-primary" onClick={() => setMode({ kind: 'edit', entry: null })}>
            {t('vet_addToShortlist')}
          </button>
          <button type="button" class="vet-link" onClick={() => void openPage('/shortlist.html')}>
            {t('vet_openShortlist')}
          </button>
        </div>
      )}
      {mode.kind === 'view' && mode.entry && <Listed entry={mode.entry} onEdit={() => setMode({ kind: 'edit', entry: mode.entry })} onRemove={() => void remove(mode.entry!)} />}
      {mode.kind === 'edit' && <EntryForm entry={mode.entry} onSave={(note, tags) => void save(note, tags, mode.entry)} onCancel={() => setMode({ kind: 'view', entry: mode.entry })} />}
      <p class="vet-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function Listed({ entry, onEdit, onRemove }: { entry: EntryView; onEdit: () => void; onRemove: () => void }) {
  return (
    <div class="vet-listed">
      <p class="vet-listed-line">
        <span class="vet-check" aria-hidden="true">
          ✓
        </span>{' '}
        <strong>{t('vet_onShortlist')}</strong>
        {entry.tags.length > 0 && (
          <span class="vet-tags">
            {entry.tags.map((tag) => (
              <span key={tag} class="vet-tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </p>
      {entry.note && (
        <p class="vet-note" dir="auto">
          {entry.note}
        </p>
      )}
      <SyncLine state={entry.sync} />
      <div class="vet-row">
        <button type="button" class="vet-button" onClick={onEdit}>
          {t('vet_editNoteTags')}
        </button>
        <button type="button" class="vet-button" onClick={onRemove}>
          {t('vet_removeFromShortlist')}
        </button>
        <button type="button" class="vet-link" onClick={() => void openPage('/shortlist.html')}>
          {t('vet_openShortlist')}
        </button>
      </div>
    </div>
  );
}

function SyncLine({ state }: { state: EntryView['sync'] }) {
  if (state === 'synced') return null;
  return <p class="vet-muted vet-sync-note">{t(`vet_sync_${state.replace(/-/g, '_')}`)}</p>;
}

export function EntryForm({ entry, onSave, onCancel, idBase = 'vet-form' }: { entry: EntryView | null; onSave: (note: string, tags: string) => void; onCancel: () => void; idBase?: string }) {
  const [note, setNote] = useState(entry?.note ?? '');
  const [tags, setTags] = useState(entry?.tags.join(', ') ?? '');
  return (
    <form
      class="vet-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note, tags);
      }}
    >
      <label for={`${idBase}-note`}>{t('vet_note')}</label>
      <textarea id={`${idBase}-note`} name="note" rows={3} maxLength={NOTE_MAX} value={note} onInput={(e) => setNote(e.currentTarget.value)} dir="auto" />
      <label for={`${idBase}-tags`}>{t('vet_tags')}</label>
      <input
        id={`${idBase}-tags`}
        name="tags"
        type="text"
        value={tags}
        maxLength={TAGS_MAX * (TAG_MAX_LENGTH + 2)}
        aria-describedby={`${idBase}-tags-hint`}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <p id={`${idBase}-tags-hint`} class="vet-muted">
        {t('vet_tagsHint', [String(TAGS_MAX)])}
      </p>
      <div class="vet-row">
        <button type="submit" class="vet-button vet-primary">
          {entry ? t('vet_save') : t('vet_saveToShortlist')}
        </button>
        <button type="button" class="vet-button" onClick={onCancel}>
          {t('vet_cancel')}
        </button>
      </div>
    </form>
  );
}
