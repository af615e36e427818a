/**
 * What the vetting stores (./history.ts, ./shortlist.ts, ./settings.ts, ./data.ts) share: the
 * stored items, read through lib/storage/versioned.ts (validated, migrated, set aside rather than
 * lost), one lock so that two writes never race, the history kept in memory, writes that fail
 * loudly when storage is full, and the warnings the settings page shows.
 */
import { browser } from 'wxt/browser';
import { createAudienceStore } from '../audience';
import { emptyHistory, salvageHistory } from '../history';
import { isQuotaError } from '../quota';
import { HISTORY_VERSION, historyMigrations, SETTINGS_VERSION, settingsMigrations, SHORTLIST_VERSION, shortlistMigrations } from '../migrations';
import { HistorySchema, SettingsSchema, ShortlistSchema, type History, type Settings, type Shortlist } from '../schema';
import { defaultSettings, salvageSettings } from '../settings';
import { emptyShortlist, salvageShortlist } from '../shortlist';
import type { SyncArea } from '../sync';
import { defineVersioned } from '../versioned';
import { EVIDENCE_KEY, EVIDENCE_VERSION, EvidenceStoreSchema, emptyEvidence, salvageEvidence, type EvidenceStore } from '../evidence';

/** Warnings the user should see in the settings page, kept in storage.local (bounded). */
const WARNINGS_KEY = 'warnings';
const WARNINGS_KEPT = 20;
/** A copy of the settings, written with them, to restore them if the settings key goes missing. */
export const SETTINGS_COPY_KEY = 'settings-copy';

/** Runs async jobs one at a time, in order; a failing job does not stop the next. */
function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

export interface StoreOptions {
  now?: () => Date;
  /** storage.sync, or null where the browser has none (default: browser.storage.sync). */
  sync?: SyncArea | null;
}

export type StoreBase = ReturnType<typeof createStoreBase>;

export function createStoreBase(options: StoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const syncArea: SyncArea | null =
    options.sync !== undefined ? options.sync : ((browser.storage as { sync?: SyncArea }).sync ?? null);

  const history = defineVersioned<History>({
    key: 'history', version: HISTORY_VERSION, schema: HistorySchema, empty: emptyHistory,
    migrations: historyMigrations, salvage: salvageHistory,
  });
  const shortlist = defineVersioned<Shortlist>({
    key: 'shortlist', version: SHORTLIST_VERSION, schema: ShortlistSchema, empty: emptyShortlist,
    migrations: shortlistMigrations, salvage: salvageShortlist,
  });
  const settings = defineVersioned<Settings>({
    key: 'settings', version: SETTINGS_VERSION, schema: SettingsSchema, empty: defaultSettings,
    migrations: settingsMigrations, salvage: salvageSettings,
  });
  // Comments seen on posts, for naming pods (lib/storage/evidence.ts): bounded, deleted and exported with the history.
  const evidence = defineVersioned<EvidenceStore>({
    key: EVIDENCE_KEY, version: EVIDENCE_VERSION, schema: EvidenceStoreSchema, empty: emptyEvidence, migrations: {}, salvage: salvageEvidence,
  });
  const ownKeys = [...[history.key, shortlist.key, settings.key, evidence.key].flatMap((k) => [k, `${k}$`]), WARNINGS_KEY, SETTINGS_COPY_KEY];

  const lock = createLock();
  // Audience samples share the store's queue, so "Delete all" and "export everything" see them settled.
  const audience = createAudienceStore({ now, exclusive: (job) => exclusive(job) });
  const ready = Promise.all([history.ready(), shortlist.ready(), settings.ready(), evidence.ready()]).then(() => undefined);
  /** Runs a job alone, once every item is migrated: every operation of every store goes through it. */
  const exclusive = <T>(job: () => Promise<T>) =>
    lock(async () => {
      await ready;
      return job();
    });

  const unsavedWarnings: string[] = [];

  /**
   * The history as this store last read or wrote it, validated. Every page report needs it, and
   * reading a full one (5,000 records, 1.6 MB) takes 30-60 ms to validate alone: the badge would
   * wait for it. The background's store is the only writer of the history; a change made anywhere
   * else (the developer tools, another copy of the extension) is seen in storage.onChanged and
   * drops the copy.
   */
  let historyCache: History | undefined;
  const readHistory = async (): Promise<History> => (historyCache ??= await history.read());
  const fingerprint = (h: unknown) => {
    const records = (h as Partial<History> | undefined)?.records;
    return Array.isArray(records) ? `${records.length}|${records[0]?.at}|${records[records.length - 1]?.at}` : undefined;
  };
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[history.key];
    if (area === 'local' && change && (!historyCache || fingerprint(change.newValue) !== fingerprint(historyCache))) historyCache = undefined;
  });

  /**
   * Writes several keys in one call. When storage is full nothing is deleted to make room (the
   * user decides what goes, in the settings page): the write fails and a warning is stored, so it
   * outlives the service worker (issue 17, defect 7).
   */
  async function writeLocal(items: Record<string, unknown>): Promise<void> {
    const h = items[history.key] as History | undefined;
    try {
      await browser.storage.local.set(items);
      if (h) historyCache = h;
    } catch (err) {
      historyCache = undefined; // what storage now holds is read again
      if (isQuotaError(err)) {
        await warn(
          'Storage is full: the latest change was not saved, and nothing was deleted to make room. Free space here: lower the history retention, delete history, or discard set-aside data.',
        );
      }
      throw err;
    }
  }

  /** Stores a warning (the newest WARNINGS_KEPT, each text once); kept in memory when even that fails. */
  async function warn(text: string): Promise<void> {
    console.warn(`RealReach: ${text}`);
    const line = `${now().toISOString()}: ${text}`;
    try {
      const list = await storedWarnings();
      if (list.some((l) => l.endsWith(`: ${text}`))) return;
      await browser.storage.local.set({ [WARNINGS_KEY]: [...list, line].slice(-WARNINGS_KEPT) });
    } catch {
      if (!unsavedWarnings.some((l) => l.endsWith(`: ${text}`))) unsavedWarnings.push(line);
    }
  }

  async function storedWarnings(): Promise<string[]> {
    const got = (await browser.storage.local.get(WARNINGS_KEY))[WARNINGS_KEY];
    return Array.isArray(got) ? got.filter((l): l is string => typeof l === 'string').map((l) => l.slice(0, 500)).slice(-WARNINGS_KEPT) : [];
  }

  return {
    now,
    syncArea,
    items: { history, shortlist, settings, evidence },
    /** Every storage.local key the stores own (for "Delete all"). */
    ownKeys,
    audience,
    ready,
    exclusive,
    readHistory,
    /** Drops the history kept in memory: the next read is from storage. */
    forgetHistory: () => {
      historyCache = undefined;
    },
    writeLocal,
    warn,
    storedWarnings,
    /** Warnings that could not be stored (storage full): shown until "Delete all". */
    unsavedWarnings,
  };
}
