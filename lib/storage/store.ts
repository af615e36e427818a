/**
 * The vetting store: history, shortlist, settings and their sync, behind one lock. The background
 * owns it and is the only writer (extension pages ask it by message), so two writes never race
 * (a page report landing during an import cannot overwrite it, nor the reverse).
 *
 * Every item is read through lib/storage/versioned.ts: validated, migrated, and set aside rather
 * than lost when it cannot be read. Every operation here either completes or leaves storage as it
 * was: related keys are written in one `set` call.
 *
 * The parts (lib/storage/stores/): base.ts (items, lock, writes, warnings), history.ts,
 * shortlist.ts (and sync), settings.ts, data.ts (export, import, delete all, storage report).
 */
import { createStoreBase, type StoreOptions } from './stores/base';
import { createDataStore } from './stores/data';
import { createHistoryStore } from './stores/history';
import { createSettingsStore } from './stores/settings';
import { createShortlistStore } from './stores/shortlist';

export type { StoreOptions } from './stores/base';
export type { PageOutcome } from './stores/history';
export type { EntryView, ShortlistChange, ShortlistView, SyncStatus } from './stores/shortlist';
export type { StorageReport } from './stores/data';

export type VettingStore = ReturnType<typeof createVettingStore>;

export function createVettingStore(options: StoreOptions = {}) {
  const base = createStoreBase(options);
  const settings = createSettingsStore(base);
  const shortlist = createShortlistStore(base);
  return {
    ready: base.ready,
    now: base.now,
    /** Followers-list samples per account (lib/storage/audience.ts). */
    audience: base.audience,
    ...createHistoryStore(base, settings.readSettings),
    ...settings.api,
    ...shortlist.api,
    ...createDataStore(base, settings.readSettings, shortlist),
  };
}
