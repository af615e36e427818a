/**
 * report.html: a client report for one creator (#account=<key>) or a comparison
 * (#compare=<key>,<key>), laid out for one printed page. "Save as PDF" is the browser's own print
 * (print styles in report.css); "Copy as image" draws the sheet into a PNG (copy-image.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Brand, HistoryRecord } from '../../lib/storage/schema';
import type { EntryView } from '../../lib/storage/store';
import { ask, watchStorage } from '../vetting/client';
import { loadExtras } from '../vetting/entry-extras';
import type { EntryExtras } from '../../lib/storage/entry-evidence';
import { CompareReport } from './CompareReport';
import { copyAsImage } from './copy-image';
import { CreatorReport } from './CreatorReport';
import { creatorReport, reportTarget, reportTitle } from './model';

interface Loaded {
  entries: EntryView[];
  histories: Map<string, HistoryRecord[]>;
  brand: Brand;
  /** Audience sample, posts opened and currency of the accounts shown. */
  extras: ReadonlyMap<string, EntryExtras>;
}

export function ReportPage() {
  const [hash, setHash] = useState(location.hash);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const sheet = useRef<HTMLDivElement>(null);
  const target = reportTarget(hash);
  const generatedAt = useRef(new Date()).current;

  const load = async () => {
    try {
      const [view, settings] = await Promise.all([ask({ type: 'shortlist-get' }), ask({ type: 'settings-get' })]);
      const keys = target.kind === 'account' ? [target.key] : target.kind === 'compare' ? target.keys : [];
      const wanted = view.entries.filter((e) => keys.includes(e.key));
      const histories = wanted.length ? await ask({ type: 'history-get', accounts: wanted.map((e) => ({ platform: e.platform, handle: e.handle })) }) : [];
      const extras = await loadExtras(wanted).catch(() => new Map<string, EntryExtras>());
      setData({ entries: view.entries, histories: new Map(histories.map((h) => [h.key, h.records])), brand: settings.brand, extras });
      setError('');
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    }
  };

  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    const stop = watchStorage(() => void load(), ['shortlist', 'settings']);
    return () => {
      window.removeEventListener('hashchange', onHash);
      stop();
    };
  }, []);
  useEffect(() => {
    void load();
  }, [hash]);

  let body = null;
  let title = t('rep_titleCreator');
  if (data && target.kind === 'account') {
    const model = creatorReport(data.entries, target.key, data.histories.get(target.key) ?? [], data.brand, generatedAt);
    if (model) {
      body = <CreatorReport model={model} extras={data.extras.get(target.key)} />;
      title = reportTitle(`${model.entry.name ?? model.entry.handle} (${model.entry.platform})`, generatedAt);
    }
  } else if (data && target.kind === 'compare') {
    const entries = target.keys.map((k) => data.entries.find((e) => e.key === k)).filter((e): e is EntryView => Boolean(e));
    if (entries.length >= 2) {
      body = <CompareReport entries={entries} histories={data.histories} brand={data.brand} generatedAt={generatedAt} extras={data.extras} />;
      title = reportTitle(entries.map((e) => e.handle).join(', '), generatedAt);
    }
  }
  useEffect(() => {
    document.title = title;
  }, [title]);

  async function copyImage() {
    if (!sheet.current) return;
    setStatus(t('rep_imageWorking'));
    try {
      const outcome = await copyAsImage(sheet.current, `${title}.png`);
      setStatus(t(outcome === 'copied' ? 'rep_imageCopied' : 'rep_imageSaved'));
    } catch (err) {
      setStatus(t('rep_imageFailed', [String((err as Error)?.message ?? err)]));
    }
  }

  return (
    <main class={`rep-page${target.kind === 'compare' ? ' rep-landscape' : ''}`}>
      <div class="rep-toolbar" role="toolbar" aria-label={t('rep_toolbar')}>
        <button type="button" class="vet-button vet-primary" disabled={!body} onClick={() => window.print()}>
          {t('rep_savePdf')}
        </button>
        <button type="button" class="vet-button" disabled={!body} onClick={() => void copyImage()}>
          {t('rep_copyImage')}
        </button>
        <p class="rep-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      {error && (
        <p class="vet-banner vet-banner-warning" role="alert">
          {t('vet_error_failed')} ({error})
        </p>
      )}
      {!data && !error && <p class="rep-muted">{t('vet_loading')}</p>}
      {data && !body && (
        <p class="vet-banner vet-banner-info" role="alert">
          {t('rep_notFound')}
        </p>
      )}
      <div ref={sheet} class="rep-sheet-wrap">
        {body}
      </div>
    </main>
  );
}
