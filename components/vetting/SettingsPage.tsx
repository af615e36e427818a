/**
 * The options page: sites on or off, the in-page badge, history retention; storage in use; data
 * that was set aside because it could not be read; export, import, delete all.
 * Switches save at once; retention has its own Save button (lowering it removes old records).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Platform } from '../../lib/snapshot';
import { RETENTION_BOUNDS } from '../../lib/storage/limits';
import { siteEnabled, type Retention, type Settings } from '../../lib/storage/schema';
import type { StorageReport } from '../../lib/storage/store';
import { t } from '../../lib/i18n';
import { formatNumber, formatTime, platformName } from '../format';
import { ask, openPage, watchStorage } from './client';
import { DataPanel } from './DataPanel';
import { formatBytes } from '../format';
import { Confirm } from './Confirm';
import { BrandForm } from './BrandForm';
import { CurrencyForm } from '../evidence/CurrencyForm';

export function SettingsPage({ platforms }: { platforms: readonly Platform[] }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [report, setReport] = useState<StorageReport | null>(null);
  const [status, setStatus] = useState('');

  const loadReport = () => ask({ type: 'storage-report' }).then(setReport).catch(() => undefined);
  const load = () =>
    Promise.all([ask({ type: 'settings-get' }).then(setSettings), loadReport()]).catch((err) => setStatus(`${t('vet_error_failed')} (${String(err?.message ?? err)})`));

  useEffect(() => {
    void load();
    return watchStorage(() => void loadReport());
  }, []);

  async function save(next: Settings, message = t('vet_saved')) {
    setSettings(next);
    try {
      const r = await ask({ type: 'settings-set', settings: next });
      setStatus(r.removed ? `${message} ${t('vet_prunedN', [formatNumber(r.removed)])}` : message);
      await loadReport();
    } catch (err) {
      setStatus(`${t('vet_error_failed')} (${String((err as Error)?.message ?? err)})`);
    }
  }

  return (
    <main class="vet-page vet-settings">
      <header class="vet-page-header">
        <h1>{t('vet_settingsTitle')}</h1>
        <nav class="vet-row">
          <button type="button" class="vet-link" onClick={() => void openPage('/shortlist.html')}>
            {t('vet_openShortlist')}
          </button>
        </nav>
      </header>
      {settings && (
        <>
          <section class="vet-card" aria-labelledby="vet-sites-heading">
            <h2 id="vet-sites-heading">{t('vet_sitesHeading')}</h2>
            <p class="vet-muted">{t('vet_sitesHint')}</p>
            <fieldset class="vet-sites">
              <legend class="vet-sr">{t('vet_sitesHeading')}</legend>
              {platforms.map((p) => (
                <label key={p} class="vet-check-label">
                  <input
                    type="checkbox"
                    name={`site-${p}`}
                    checked={siteEnabled(settings, p)}
                    onChange={(e) => void save({ ...settings, sites: { ...settings.sites, [p]: e.currentTarget.checked } })}
                  />
                  <span>{platformName(p)}</span>
                </label>
              ))}
            </fieldset>
          </section>

          <section class="vet-card" aria-labelledby="vet-badge-heading">
            <h2 id="vet-badge-heading">{t('vet_badgeHeading')}</h2>
            <label class="vet-check-label">
              <input type="checkbox" name="show-badge" checked={settings.showBadge} onChange={(e) => void save({ ...settings, showBadge: e.currentTarget.checked })} />
              <span>{t('vet_showBadge')}</span>
            </label>
            <p class="vet-muted">{t('vet_showBadgeHint')}</p>
          </section>

          <RetentionForm retention={settings.retention} onSave={(retention) => void save({ ...settings, retention })} />
          <BrandForm brand={settings.brand} onSave={(brand) => save({ ...settings, brand })} />
          <CurrencyForm currency={settings.currency} onSave={(currency) => void save({ ...settings, currency })} />
        </>
      )}

      {report && <StorageSection report={report} onChanged={() => void load()} />}
      <DataPanel onChanged={() => void load()} />
      <p class="vet-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function RetentionForm({ retention, onSave }: { retention: Retention; onSave(r: Retention): void }) {
  const [draft, setDraft] = useState(retention);
  useEffect(() => setDraft(retention), [retention.days, retention.perAccount, retention.total]);
  const field = (key: keyof Retention, label: string) => (
    <label class="vet-number">
      <span>{label}</span>
      <input
        type="number"
        name={`retention-${key}`}
        min={RETENTION_BOUNDS[key].min}
        max={RETENTION_BOUNDS[key].max}
        step={1}
        required
        value={draft[key]}
        onInput={(e) => setDraft({ ...draft, [key]: Number(e.currentTarget.value) })}
      />
      <small class="vet-muted">{t('vet_range', [formatNumber(RETENTION_BOUNDS[key].min), formatNumber(RETENTION_BOUNDS[key].max)])}</small>
    </label>
  );
  return (
    <section class="vet-card" aria-labelledby="vet-retention-heading">
      <h2 id="vet-retention-heading">{t('vet_retentionHeading')}</h2>
      <p class="vet-muted">{t('vet_retentionHint')}</p>
      <form
        class="vet-retention"
        onSubmit={(e) => {
          e.preventDefault();
          const clamp = (k: keyof Retention) => Math.min(RETENTION_BOUNDS[k].max, Math.max(RETENTION_BOUNDS[k].min, Math.round(draft[k] || 0)));
          onSave({ days: clamp('days'), perAccount: clamp('perAccount'), total: clamp('total') });
        }}
      >
        {field('days', t('vet_retentionDays'))}
        {field('perAccount', t('vet_retentionPerAccount'))}
        {field('total', t('vet_retentionTotal'))}
        <button type="submit" class="vet-button vet-primary">
          {t('vet_save')}
        </button>
      </form>
    </section>
  );
}

function Meter({ used, quota, label }: { used: number; quota: number; label: string }) {
  const pct = quota > 0 ? Math.min(100, (used / quota) * 100) : 0;
  return (
    <div class="vet-meter-row">
      <span>{label}</span>
      <meter min={0} max={quota} value={used} low={quota * 0.7} high={quota * 0.9} optimum={0} aria-label={label} />
      <span class="vet-muted">{t('vet_usage', [formatBytes(used), formatBytes(quota), formatNumber(pct, 1)])}</span>
    </div>
  );
}

function StorageSection({ report, onChanged }: { report: StorageReport; onChanged(): void }) {
  const [confirming, setConfirming] = useState(false);
  async function discard() {
    await ask({ type: 'set-aside-discard', confirm: 'discard' });
    setConfirming(false);
    onChanged();
  }
  return (
    <section class="vet-card" aria-labelledby="vet-storage-heading">
      <h2 id="vet-storage-heading">{t('vet_storageHeading')}</h2>
      <Meter used={report.local.bytes} quota={report.local.quota} label={t('vet_storageLocal')} />
      {report.local.estimated && <p class="vet-muted">{t('vet_estimated')}</p>}
      {report.sync.available && <Meter used={report.sync.bytes} quota={report.sync.quota} label={t('vet_storageSync')} />}
      <ul class="vet-facts">
        <li>{t('vet_historyFacts', [formatNumber(report.history.records), formatNumber(report.history.accounts)])}</li>
        {report.history.oldest && <li>{t('vet_historySince', [formatTime(report.history.oldest) ?? ''])}</li>}
        <li>{t('vet_shortlistFacts', [formatNumber(report.shortlist.entries), formatNumber(report.shortlist.synced)])}</li>
      </ul>
      {report.warnings.map((w) => (
        <p key={w} class="vet-banner vet-banner-warning">
          {w}
        </p>
      ))}

      <h3>{t('vet_setAsideHeading')}</h3>
      {report.setAside.length === 0 ? (
        <p class="vet-muted" data-set-aside="0">
          {t('vet_setAsideNone')}
        </p>
      ) : (
        <div class="vet-set-aside" data-set-aside={report.setAside.length}>
          <p class="vet-banner vet-banner-warning" role="status">
            {t('vet_setAsideSome', [formatNumber(report.setAside.length)])}
          </p>
          <ul>
            {report.setAside.map((q) => (
              <li key={q.id}>
                <strong>{q.area}:{q.key}</strong> · {formatTime(q.at)} · {formatBytes(q.bytes)}
                <br />
                <span class="vet-muted">{q.reason}</span>
              </li>
            ))}
          </ul>
          {!confirming ? (
            <button type="button" class="vet-button" onClick={() => setConfirming(true)}>
              {t('vet_setAsideDiscard')}
            </button>
          ) : (
            <Confirm
              id="vet-discard"
              question={t('vet_setAsideDiscardConfirm')}
              confirmLabel={t('vet_setAsideDiscard')}
              onConfirm={() => void discard()}
              onCancel={() => setConfirming(false)}
            />
          )}
        </div>
      )}
    </section>
  );
}
