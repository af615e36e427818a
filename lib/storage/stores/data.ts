/**
 * What spans every store: export, import, "Delete all", data set aside, and the storage report of the
 * settings page. Each runs inside the shared lock, so it sees every store settled.
 */
import { browser } from 'wxt/browser';
import { accountKey } from '../account';
import { isAudienceKey, readAllSamples, type Local } from '../audience';
import { saneTimeOr } from '../dates';
import { buildExport, type ExportFile, type ExportScope } from '../export';
import { mergeEvidence } from '../evidence';
import { mergeHistory, normalise } from '../history';
import { parseImport, type ImportResult } from '../import';
import { SHORTLIST_MAX } from '../limits';
import { discardSetAside, listSetAside, QUARANTINE_PREFIX, readSetAside, type SetAsideInfo } from '../quarantine';
import { measureLocal, measureSync, type MeasurableArea, type Usage } from '../quota';
import type { HistoryRecord, Retention, Settings } from '../schema';
import { entryKey, mergeShortlist } from '../shortlist';
import type { StoreBase } from './base';
import type { ShortlistStore } from './shortlist';

export interface StorageReport {
  local: Usage;
  sync: (Usage & { available: true }) | { available: false };
  history: { records: number; accounts: number; oldest?: string; newest?: string };
  shortlist: { entries: number; synced: number; localOnly: number; max: number };
  retention: Retention;
  setAside: SetAsideInfo[];
  warnings: string[];
}

export function createDataStore(base: StoreBase, readSettings: () => Promise<Settings>, lists: Pick<ShortlistStore, 'view' | 'syncUnlocked' | 'syncError'>) {
  const { history, shortlist, evidence } = base.items;
  const { exclusive, now, syncArea } = base;

  return {
    exportData: (scope: ExportScope): Promise<ExportFile> =>
      exclusive(async () => {
        const [list, h, s, ev] = await Promise.all([shortlist.read(), base.readHistory(), readSettings(), evidence.read()]);
        const samples = await readAllSamples(browser.storage.local as unknown as Local, now);
        const aside = await readSetAside();
        return buildExport(scope, { shortlist: list.entries, history: h.records, settings: s, setAside: aside, audience: samples, evidence: ev.observations }, now());
      }),

    /** Validates the whole file first: a malformed one changes nothing. */
    importData: (text: string): Promise<ImportResult> => {
      const parsed = parseImport(text);
      if (!parsed.ok) return Promise.resolve(parsed);
      return exclusive(async () => {
        const at = now();
        const [list, h, s] = await Promise.all([shortlist.read(), base.readHistory(), readSettings()]);
        // An imported account counts as changed now, so a removal remembered in sync does not undo the import.
        // So is one dated in the future (an edited file, a clock set wrong): its dates become now.
        const incoming = parsed.data.shortlist.map((e) => ({ ...e, updatedAt: at.toISOString(), addedAt: saneTimeOr(e.addedAt, at, at.toISOString()) }));
        const sl = mergeShortlist(list, incoming, at);
        const hm = mergeHistory(h, parsed.data.history, s.retention, at);
        const ev = parsed.data.evidence.length ? mergeEvidence(await evidence.read(), parsed.data.evidence, at, s.retention) : { added: 0, store: null };
        const writes = { ...(sl.list !== list ? shortlist.entries(sl.list) : {}), ...(hm.history !== h ? history.entries(hm.history) : {}), ...(ev.added && ev.store ? evidence.entries(ev.store) : {}) };
        if (Object.keys(writes).length) await base.writeLocal(writes);
        const aud = await base.audience.importInQueue(parsed.data.audience);
        if (sl.list !== list) await lists.syncUnlocked({ push: true, touched: incoming.map((e) => entryKey(e)) });
        return {
          ok: true,
          shortlist: { added: sl.added, merged: sl.merged, unchanged: sl.unchanged, overLimit: sl.overLimit, truncated: sl.truncated },
          history: { added: hm.added, alreadyStored: hm.alreadyStored, overLimits: hm.overLimits, duplicates: hm.duplicates },
          settingsKept: parsed.data.hadSettings,
          setAsideSkipped: parsed.data.hadSetAside,
          audience: aud,
          evidence: { added: ev.added },
        } as const;
      });
    },

    /** Deletes history, shortlist (here and, through sync, in the user's other browsers), settings, audience samples and set-aside data. */
    deleteAll: () =>
      exclusive(async () => {
        const all = Object.keys(await browser.storage.local.get(null));
        const mine = all.filter((k) => base.ownKeys.includes(k) || k.startsWith(QUARANTINE_PREFIX) || isAudienceKey(k));
        if (mine.length) await browser.storage.local.remove(mine);
        base.forgetHistory();
        await lists.syncUnlocked({ push: true, clear: true });
        base.unsavedWarnings.length = 0;
        return { removedKeys: mine.length };
      }),

    discardSetAside: (ids?: readonly string[]) => exclusive(() => discardSetAside(ids)),

    storageReport: (): Promise<StorageReport> =>
      exclusive(async () => {
        // Read (and so set aside what cannot be read) before listing what was set aside.
        const [h, list, s] = await Promise.all([base.readHistory(), shortlist.read(), readSettings()]);
        const aside = await listSetAside();
        const stored = await base.storedWarnings().catch(() => []);
        const local = await measureLocal(browser.storage.local as unknown as MeasurableArea);
        let sync: StorageReport['sync'] = { available: false };
        if (syncArea) {
          try {
            sync = { ...(await measureSync(syncArea as MeasurableArea)), available: true };
          } catch {
            // reported as unavailable
          }
        }
        const v = await lists.view(list);
        const records = normalise(h.records);
        const syncError = lists.syncError();
        return {
          local,
          sync,
          history: {
            records: h.records.length,
            accounts: new Set(h.records.map((r: HistoryRecord) => accountKey(r.platform, r.handle))).size,
            oldest: records[0]?.at,
            newest: records[records.length - 1]?.at,
          },
          shortlist: { entries: list.entries.length, synced: v.sync.synced, localOnly: list.entries.length - v.sync.synced, max: SHORTLIST_MAX },
          retention: s.retention,
          setAside: aside,
          warnings: [...stored, ...base.unsavedWarnings, ...(syncError ? [`Sync: ${syncError}`] : [])],
        };
      }),
  };
}
