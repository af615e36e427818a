/**
 * The popup's growth section: the account's history as a chart once there are two or more days
 * of visits, and otherwise a line saying how history builds up.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Snapshot } from '../../lib/snapshot';
import type { HistoryRecord } from '../../lib/storage/schema';
import { t } from '../../lib/i18n';
import { ask, watchStorage } from './client';
import { GrowthChart } from './GrowthChart';
import './vetting.css';

export function AccountGrowth({ snapshot }: { snapshot: Snapshot }) {
  const account = { platform: snapshot.platform, handle: snapshot.profile.handle };
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      ask({ type: 'account-get', account })
        .then((info) => live && setRecords(info.history))
        .catch(() => live && setRecords([]));
    void load();
    const stop = watchStorage(() => void load(), ['history']);
    return () => {
      live = false;
      stop();
    };
  }, [account.platform, account.handle]);

  if (!records) return null;
  return (
    <section class="vet-popup-growth" aria-labelledby="vet-growth-heading">
      <h2 id="vet-growth-heading" class="section-heading">{t('vet_growthHeading')}</h2>
      {records.length >= 2 ? (
        <GrowthChart records={records} idBase="vet-popup-growth" />
      ) : (
        <p class="vet-muted">{t('vet_growthOneVisit')}</p>
      )}
    </section>
  );
}
