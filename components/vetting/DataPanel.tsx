/**
 * Export (JSON, CSV; the shortlist or everything), import of a JSON export, and "delete all data"
 * behind a confirmation step. Used by the options page; the export buttons also by the shortlist page.
 */
import { useRef, useState } from 'preact/hooks';
import { csvFormat, exportFileName, exportJson, historyCsv, shortlistCsv, type ExportScope } from '../../lib/storage/export';
import type { ImportResult } from '../../lib/storage/import';
import { extrasFromStored } from '../../lib/storage/entry-evidence';
import { IMPORT_MAX_CHARS } from '../../lib/storage/limits';
import { t, uiLocale } from '../../lib/i18n';
import { formatNumber } from '../format';
import { ask } from './client';
import { downloadText } from './download';
import { Confirm } from './Confirm';

async function exportAs(scope: ExportScope, kind: 'json' | 'csv'): Promise<string> {
  const file = await ask({ type: 'data-export', scope });
  const now = new Date();
  const count = scope === 'all' ? (kind === 'csv' ? (file.history ?? []).length : undefined) : file.shortlist.length;
  const name = exportFileName(scope, kind, now, count);
  // CSV in the user's locale: a semicolon-separated file with decimal commas where that is the custom.
  const format = csvFormat(uiLocale());
  if (kind === 'json') {
    downloadText(exportJson(file), name, 'application/json');
    return name;
  }
  // The audience estimate, pods and the price band in the user's currency, from what the file holds.
  const currency = (file.settings ?? (await ask({ type: 'settings-get' }).catch(() => undefined)))?.currency;
  const extras = extrasFromStored(file.audience, file.evidence, currency);
  downloadText(scope === 'all' ? historyCsv(file.history ?? [], file.shortlist, format, extras) : shortlistCsv(file.shortlist, undefined, format, extras), name, 'text/csv');
  return name;
}

export function ExportButtons({ scope, onStatus }: { scope: ExportScope; onStatus(text: string): void }) {
  const run = (kind: 'json' | 'csv') =>
    exportAs(scope, kind)
      .then((name) => onStatus(t('vet_exported', [name])))
      .catch((err) => onStatus(t('vet_exportFailed', [String(err?.message ?? err)])));
  const which = scope === 'all' ? 'Everything' : 'Shortlist';
  return (
    <div class="vet-row" role="group" aria-label={t(`vet_export${which}`)}>
      <button type="button" class="vet-button" onClick={() => void run('json')} data-export={`${scope}-json`}>
        {t(`vet_export${which}Json`)}
      </button>
      <button type="button" class="vet-button" onClick={() => void run('csv')} data-export={`${scope}-csv`}>
        {t(`vet_export${which}Csv`)}
      </button>
    </div>
  );
}

function importSummary(r: Extract<ImportResult, { ok: true }>): string[] {
  const lines = [
    t('vet_importShortlist', [formatNumber(r.shortlist.added), formatNumber(r.shortlist.merged), formatNumber(r.shortlist.unchanged)]),
    t('vet_importHistory', [formatNumber(r.history.added), formatNumber(r.history.alreadyStored)]),
  ];
  if (r.shortlist.overLimit) lines.push(t('vet_importOverShortlist', [formatNumber(r.shortlist.overLimit)]));
  if (r.shortlist.truncated) lines.push(t('vet_importTruncated', [formatNumber(r.shortlist.truncated)]));
  if (r.history.overLimits) lines.push(t('vet_importOverHistory', [formatNumber(r.history.overLimits)]));
  if (r.audience.accounts) lines.push(t('vet_importAudience', [formatNumber(r.audience.added), formatNumber(r.audience.accounts)]));
  if (r.evidence.added) lines.push(t('vet_importEvidence', [formatNumber(r.evidence.added)]));
  if (r.settingsKept) lines.push(t('vet_importSettingsKept'));
  return lines;
}

export function DataPanel({ onChanged }: { onChanged(): void }) {
  const [status, setStatus] = useState('');
  const [importResult, setImportResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setImportResult(null);
    if (file.size > IMPORT_MAX_CHARS) {
      setImportResult({ ok: false, lines: [t('vet_importTooLarge', [formatNumber(Math.round(file.size / 1e6)), formatNumber(IMPORT_MAX_CHARS / 1e6)])] });
      return;
    }
    try {
      const result = await ask({ type: 'data-import', text: await file.text() });
      setImportResult(result.ok ? { ok: true, lines: importSummary(result) } : { ok: false, lines: [t('vet_importFailed'), result.error] });
      if (result.ok) onChanged();
    } catch (err) {
      setImportResult({ ok: false, lines: [t('vet_importFailed'), String((err as Error)?.message ?? err)] });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function deleteAll() {
    await ask({ type: 'data-delete-all', confirm: 'delete-all' });
    setConfirming(false);
    setStatus(t('vet_deleted'));
    onChanged();
  }

  return (
    <section class="vet-card" aria-labelledby="vet-data-heading">
      <h2 id="vet-data-heading">{t('vet_dataHeading')}</h2>
      <h3>{t('vet_exportHeading')}</h3>
      <p class="vet-muted">{t('vet_exportHint')}</p>
      <ExportButtons scope="shortlist" onStatus={setStatus} />
      <ExportButtons scope="all" onStatus={setStatus} />

      <h3>{t('vet_importHeading')}</h3>
      <p class="vet-muted" id="vet-import-hint">
        {t('vet_importHint')}
      </p>
      <label class="vet-file">
        <span>{t('vet_importChoose')}</span>
        <input ref={fileInput} type="file" accept="application/json,.json" aria-describedby="vet-import-hint" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </label>
      {importResult && (
        <div class={importResult.ok ? 'vet-result' : 'vet-result vet-error'} role={importResult.ok ? 'status' : 'alert'}>
          {importResult.lines.map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      )}

      <h3>{t('vet_deleteHeading')}</h3>
      {!confirming ? (
        <button type="button" class="vet-button vet-danger" onClick={() => setConfirming(true)}>
          {t('vet_deleteAll')}
        </button>
      ) : (
        <Confirm
          id="vet-delete"
          question={<strong>{t('vet_deleteConfirmQuestion')}</strong>}
          detail={t('vet_deleteConfirmWhat')}
          confirmLabel={t('vet_deleteConfirm')}
          onConfirm={() => void deleteAll()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p class="vet-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
