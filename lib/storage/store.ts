/**
 * The vetting store: history, shortlist, settings and their sync, behind one lock. The background
 * owns it and is the only writer (extension pages ask it by message), so two writes never race
 * (a page report landing during an import cannot overwrite it, nor the reverse).
 *
 * Every item is read through lib/storage/versioned.ts: validated, migrated, and set aside rather
 * than lost when it cannot be read. Every operation here either completes or leaves storage as it
 * was: related keys are written in one `set` call.
 */
import { browser } from 'wxt/browser';
import type { Platform, Snapshot } from '../snapshot';
import type { Analysis } from '../score/types';
import { accountKey } from './account';
import { createAudienceStore, isAudienceKey, readAllSamples, type Local } from './audience';
import { buildExport, type ExportFile, type ExportScope } from './export';
import { earlierSnapshots, emptyHistory, mergeHistory, normalise, prune, recordFrom, recordsFor, salvageHistory, upsert } from './history';
import { parseImport, type ImportResult } from './import';
import { SHORTLIST_MAX, SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES } from './limits';
import { HISTORY_VERSION, historyMigrations, SETTINGS_VERSION, settingsMigrations, SHORTLIST_VERSION, shortlistMigrations } from './migrations';
import { measureLocal, measureSync, isQuotaError, type MeasurableArea, type Usage } from './quota';
import { discardSetAside, listSetAside, QUARANTINE_PREFIX, readSetAside, setAside, type SetAsideInfo } from './quarantine';
import {
  HistorySchema, SettingsSchema, ShortlistSchema, siteEnabled,
  type Campaign, type History, type HistoryRecord, type Retention, type Settings, type Shortlist, type ShortlistEntry,
} from './schema';
import { defaultSettings, salvageSettings } from './settings';
import { addEntry, emptyShortlist, entryKey, findEntry, mergeShortlist, refreshSummary, removeEntries, salvageShortlist, summaryFrom } from './shortlist';
import { addRemovals, emptyRemovals, planSync, pushToSync, readRemote, reconcile, saneLocal, SYNC_REMOVALS_KEY, type SyncArea, type SyncState } from './sync';
import { saneTimeOr } from './dates';
import { SyncRemovalsSchema } from './schema';
import { defineVersioned } from './versioned';
import { observationFrom, type PostObservation } from '../evidence/pods';
import { EVIDENCE_KEY, EVIDENCE_VERSION, EvidenceStoreSchema, boundEvidence, emptyEvidence, mergeEvidence, observationsFor, recordObservation, salvageEvidence, type EvidenceStore } from './evidence';
import { linkEntries, setCampaign, unlinkEntry } from './campaign';
import { summarizeAudience } from '../audience/summary';

/** Warnings the user should see in the settings page, kept in storage.local (bounded). */
export const WARNINGS_KEY = 'warnings';
const WARNINGS_KEPT = 20;
/** A copy of the settings, written with them, to restore them if the settings key goes missing. */
export const SETTINGS_COPY_KEY = 'settings-copy';

/** Runs async jobs one at a time, in order; a failing job does not stop the next. */
export function createLock() {
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

/** Resolves in a new task, after every pending microtask (such as a message reply) has run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type PageOutcome =
  | { disabled: true }
  | {
      disabled: false;
      analysis: Analysis;
      showBadge: boolean;
      shortlisted: boolean;
      currency?: Settings['currency'];
      /** The account's followers sample, as the panel words it (no entries). */
      audience?: { seen: number; share: number; low: number; high: number };
    };

/** An entry as the pages show it: with its key and whether it is in sync. */
export type EntryView = ShortlistEntry & { key: string; sync: SyncState | 'off' };

export interface SyncStatus {
  available: boolean;
  synced: number;
  tooLarge: number;
  noRoom: number;
  bytes: number;
  quota: number;
  maxItems: number;
  error?: string;
}

export interface ShortlistView {
  entries: EntryView[];
  sync: SyncStatus;
  max: number;
}

export type ShortlistChange =
  | { ok: true; entry: EntryView; created?: boolean }
  | { ok: false; error: 'full' | 'invalid' | 'not-found' | 'failed'; detail?: string };

export interface StorageReport {
  local: Usage;
  sync: (Usage & { available: true }) | { available: false };
  history: { records: number; accounts: number; oldest?: string; newest?: string };
  shortlist: { entries: number; synced: number; localOnly: number; max: number };
  retention: Retention;
  setAside: SetAsideInfo[];
  warnings: string[];
}

export type VettingStore = ReturnType<typeof createVettingStore>;

export function createVettingStore(options: StoreOptions = {}) {
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
  const exclusive = <T>(job: () => Promise<T>) =>
    lock(async () => {
      await ready;
      return job();
    });

  let syncError: string | undefined;
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

  /**
   * The settings (issue 17, defect 6). Unreadable settings are set aside and what can be read is
   * kept (lib/storage/versioned.ts). Settings the user saved are written with a copy beside them:
   * when the settings key goes missing (another program, a storage fault) the copy brings them back
   * and a warning says so, instead of every site silently coming back on and retention jumping to
   * its default. With neither (the user never saved settings) the defaults are what they chose.
   */
  async function readSettings(): Promise<Settings> {
    const got = await browser.storage.local.get([settings.key, SETTINGS_COPY_KEY]);
    if (got[settings.key] !== undefined && got[settings.key] !== null) return settings.read();
    const copy = SettingsSchema.safeParse(got[SETTINGS_COPY_KEY]);
    if (!copy.success) return defaultSettings();
    await writeLocal(settings.entries(copy.data)).catch(() => undefined);
    await warn('Your settings were missing from storage; they were restored from the copy RealReach keeps.');
    return copy.data;
  }

  async function remoteRemovals() {
    if (!syncArea) return emptyRemovals();
    try {
      const got = await syncArea.get(SYNC_REMOVALS_KEY);
      const parsed = SyncRemovalsSchema.safeParse(got[SYNC_REMOVALS_KEY]);
      return parsed.success ? parsed.data : emptyRemovals();
    } catch {
      return emptyRemovals();
    }
  }

  function syncStatus(list: Shortlist, states: Map<string, SyncState> | null): SyncStatus {
    const status: SyncStatus = { available: Boolean(syncArea), synced: 0, tooLarge: 0, noRoom: 0, bytes: 0, quota: SYNC_QUOTA_BYTES, maxItems: SYNC_MAX_ITEMS };
    if (syncError) status.error = syncError;
    if (!states) return status;
    for (const e of list.entries) {
      const s = states.get(entryKey(e));
      if (s === 'synced') status.synced++;
      else if (s === 'too-large') status.tooLarge++;
      else if (s === 'no-room') status.noRoom++;
    }
    return status;
  }

  async function view(list: Shortlist): Promise<ShortlistView> {
    const plan = syncArea ? planSync(list.entries, await remoteRemovals()) : null;
    const entries = list.entries.map((e) => ({ ...e, key: entryKey(e), sync: plan?.state.get(entryKey(e)) ?? ('off' as const) }));
    const sync = syncStatus(list, plan?.state ?? null);
    if (plan) sync.bytes = plan.bytes;
    return { entries, sync, max: SHORTLIST_MAX };
  }

  async function entryView(entry: ShortlistEntry, list: Shortlist): Promise<EntryView> {
    const v = await view(list);
    return v.entries.find((e) => e.key === entryKey(entry))!;
  }

  /**
   * Sync, unlocked: pull (validate, set aside what is damaged, merge into the local shortlist), then
   * optionally push. `removed`/`clear` record removals made here so other browsers follow.
   */
  async function syncUnlocked(opts: { push: boolean; removed?: string[]; clear?: boolean; touched?: string[] }): Promise<void> {
    if (!syncArea) return;
    try {
      const remote = await readRemote(syncArea, now());
      for (const bad of remote.invalid) await setAside({ key: bad.key, area: 'sync', reason: bad.reason, value: bad.value });
      if (opts.clear) remote.removals = { clearedAt: now().toISOString(), keys: [] };
      if (opts.removed?.length) remote.removals = addRemovals(remote.removals, opts.removed, now());
      // An account the user just added or edited here is wanted, whatever another browser's clock said about removing it.
      const touched = new Set(opts.touched ?? []);
      if (touched.size && remote.removals.keys.some((k) => touched.has(k.key))) {
        remote.removals = { ...remote.removals, keys: remote.removals.keys.filter((k) => !touched.has(k.key)) };
      }
      const stored = await shortlist.read();
      const local = saneLocal(stored, now());
      const merged = reconcile(local, remote);
      if (merged.changed || local !== stored) await shortlist.write(merged.list);
      if (opts.push || remote.invalid.length || opts.clear || opts.removed?.length) await pushToSync(syncArea, merged.list, remote.removals);
      syncError = undefined;
    } catch (err) {
      syncError = err instanceof Error ? err.message.slice(0, 300) : String(err).slice(0, 300);
      console.warn('RealReach: shortlist sync failed:', syncError);
    }
  }

  return {
    ready,
    now,
    /** Followers-list samples per account (lib/storage/audience.ts). */
    audience,

    /**
     * A page was read: applies the settings, scores it with the account's history, records the
     * visit. Resolves as soon as the score is known: the badge on the page does not wait for
     * storage (npm run bench, posts-appear-to-badge). The visit is recorded right after, inside
     * the same queue, so any later request sees it.
     */
    pageReport(
      snapshot: Snapshot,
      analyze: (snapshot: Snapshot, earlier: Snapshot[]) => Analysis,
      /** Runs after the answer and before the visit is recorded (the background keeps the tab's state). */
      afterAnswer?: (outcome: PageOutcome) => Promise<void>,
    ): Promise<PageOutcome> {
      return new Promise<PageOutcome>((resolve, fail) => {
        // Answer, then (in a later task: the reply must leave first, and storage calls made now
        // would reach the browser process ahead of it and hold it back, 10-15 ms on X's page) let
        // the caller keep the tab's state, which must not wait behind a history rewrite either
        // (about 200 ms at 5,000 records).
        const answer = async (outcome: PageOutcome) => {
          resolve(outcome);
          await nextTask();
          await afterAnswer?.(outcome).catch((err) => console.warn('RealReach: after the answer:', err));
        };
        exclusive(async () => {
          // The reads at once: each is a round trip to the browser process.
          const [s, h, list] = await Promise.all([
            readSettings().catch(() => defaultSettings()),
            readHistory().catch((err) => {
              console.warn('RealReach: history unreadable:', err);
              return null;
            }),
            shortlist.read().catch((err) => {
              console.warn('RealReach: shortlist unreadable:', err);
              return null;
            }),
          ]);
          if (!siteEnabled(s, snapshot.platform)) return answer({ disabled: true });
          const at = now();
          // The followers seen in this account's list, if any, are evidence the scoring weighs; they go
          // to the scoring only, never into the tab's state or the history.
          const sample = await audience.readInQueue(snapshot.platform, snapshot.profile.handle).catch(() => null);
          const scored: Snapshot = sample?.entries.length
            ? { ...snapshot, audience: { source: 'followers-list', seen: sample.seen, entries: sample.entries } }
            : snapshot;
          const analysis = analyze(scored, h ? earlierSnapshots(h, snapshot, at) : []);
          const shortlisted = !!list && !!findEntry(list, snapshot.platform, snapshot.profile.handle);
          const estimate = sample ? summarizeAudience(sample)?.estimate : undefined;
          await answer({
            disabled: false,
            analysis,
            showBadge: s.showBadge,
            shortlisted,
            ...(s.currency ? { currency: s.currency } : {}),
            ...(sample && estimate ? { audience: { seen: sample.seen, share: estimate.share, low: estimate.low, high: estimate.high } } : {}),
          });
          try {
            const writes: Record<string, unknown> = {};
            const record = recordFrom(snapshot, analysis, at);
            if (record && h) {
              const next = prune(upsert(h, record), s.retention, at).history;
              if (next !== h) Object.assign(writes, history.entries(next));
            }
            const refreshed = list && refreshSummary(list, snapshot, analysis, at);
            if (refreshed) Object.assign(writes, shortlist.entries(refreshed));
            // A post page's comments: who commented, for the pods section (read only when there are some).
            const observed = observationFrom(snapshot, at.toISOString());
            if (observed) Object.assign(writes, evidence.entries(recordObservation(await evidence.read(), observed, at, s.retention)));
            if (Object.keys(writes).length) await writeLocal(writes);
          } catch (err) {
            console.warn('RealReach: could not record the visit:', err);
          }
        }).catch(fail); // rejects only when scoring failed: the answer was not given yet
      });
    },

    getSettings: () => exclusive(() => readSettings()),

    /** Saves settings; lowering retention removes the records now beyond it. */
    setSettings: (next: Settings) =>
      exclusive(async () => {
        const h = await readHistory();
        const pruned = prune(h, next.retention, now());
        const ev = await evidence.read();
        const evBounded = boundEvidence(ev, now(), next.retention);
        await writeLocal({
          ...settings.entries(next),
          [SETTINGS_COPY_KEY]: next,
          ...(pruned.removed ? history.entries(pruned.history) : {}),
          ...(evBounded !== ev ? evidence.entries(evBounded) : {}),
        });
        return { removed: pruned.removed };
      }),

    /** An account's history (oldest first) and its shortlist entry, for the popup. */
    account: (platform: Platform, handle: string) =>
      exclusive(async () => {
        const list = await shortlist.read();
        const entry = findEntry(list, platform, handle);
        return { history: recordsFor(await readHistory(), platform, handle), entry: entry ? await entryView(entry, list) : null };
      }),

    /** The posts of an account seen with comments (for the pods section of the popup). */
    evidenceFor: (platform: Platform, handle: string): Promise<PostObservation[]> =>
      exclusive(async () => observationsFor(await evidence.read(), platform, handle)),

    historyFor: (accounts: readonly { platform: Platform; handle: string }[]) =>
      exclusive(async () => {
        const h = await readHistory();
        return accounts.map((a) => ({ key: accountKey(a.platform, a.handle), records: recordsFor(h, a.platform, a.handle) }));
      }),

    shortlistView: () => exclusive(async () => view(await shortlist.read())),

    shortlistAdd: (input: { platform: Platform; handle: string; note?: string; tags?: string[]; seen?: { snapshot: Snapshot; analysis: Analysis } }): Promise<ShortlistChange> =>
      exclusive(async () => {
        const at = now();
        const list = await shortlist.read();
        const summary = input.seen ? summaryFrom(input.seen.snapshot, input.seen.analysis, at) : undefined;
        const added = addEntry(list, { platform: input.platform, handle: input.handle, name: input.seen?.snapshot.profile.name, note: input.note, tags: input.tags, summary }, at);
        if (!added.ok) return { ok: false, error: added.error, detail: added.detail };
        await shortlist.write(added.list);
        await syncUnlocked({ push: true, touched: [entryKey(added.entry)] });
        const after = await shortlist.read();
        const entry = findEntry(after, input.platform, input.handle) ?? added.entry;
        return { ok: true, entry: await entryView(entry, after), created: added.created };
      }),

    shortlistUpdate: (platform: Platform, handle: string, change: { note?: string; tags?: string[] }): Promise<ShortlistChange> =>
      exclusive(async () => {
        const list = await shortlist.read();
        if (!findEntry(list, platform, handle)) return { ok: false, error: 'not-found' };
        const updated = addEntry(list, { platform, handle, ...change }, now());
        if (!updated.ok) return { ok: false, error: updated.error, detail: updated.detail };
        await shortlist.write(updated.list);
        await syncUnlocked({ push: true, touched: [entryKey(updated.entry)] });
        return { ok: true, entry: await entryView(updated.entry, updated.list) };
      }),

    /** Sets an account's campaign fields; synced like the note and tags. */
    shortlistCampaign: (platform: Platform, handle: string, campaign: Campaign): Promise<ShortlistChange> =>
      exclusive(async () => {
        const r = setCampaign(await shortlist.read(), platform, handle, campaign, now());
        if (!r.ok) return r;
        await shortlist.write(r.list);
        await syncUnlocked({ push: true, touched: r.changed.map((e) => entryKey(e)) });
        const after = await shortlist.read();
        return { ok: true, entry: await entryView(findEntry(after, platform, handle) ?? r.changed[0], after) };
      }),

    /** Links accounts as one creator (`link`), or takes one account out of its creator. */
    shortlistLink: (keys: readonly string[], link: boolean) =>
      exclusive(async () => {
        const list = await shortlist.read();
        const r = link ? linkEntries(list, keys, now()) : keys.length === 1 ? unlinkEntry(list, keys[0], now()) : ({ ok: false, error: 'invalid' } as const);
        if (!r.ok) return r;
        if (r.changed.length) {
          await shortlist.write(r.list);
          await syncUnlocked({ push: true, touched: r.changed.map((e) => entryKey(e)) });
        }
        return { ok: true as const, changed: r.changed.length };
      }),

    shortlistRemove: (keys: readonly string[]) =>
      exclusive(async () => {
        const { list, removed } = removeEntries(await shortlist.read(), keys);
        if (removed.length) await shortlist.write(list);
        await syncUnlocked({ push: true, removed: removed.map((e) => entryKey(e)) });
        return { removed: removed.length };
      }),

    /** Pull from sync (and push when asked): at start-up, when sync changes, after a local change. */
    syncNow: (opts: { push: boolean }) => exclusive(() => syncUnlocked(opts)),

    exportData: (scope: ExportScope): Promise<ExportFile> =>
      exclusive(async () => {
        const [list, h, s, ev] = await Promise.all([shortlist.read(), readHistory(), readSettings(), evidence.read()]);
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
        const [list, h, s] = await Promise.all([shortlist.read(), readHistory(), readSettings()]);
        // An imported account counts as changed now, so a removal remembered in sync does not undo the import.
        // So is one dated in the future (an edited file, a clock set wrong): its dates become now.
        const incoming = parsed.data.shortlist.map((e) => ({ ...e, updatedAt: at.toISOString(), addedAt: saneTimeOr(e.addedAt, at, at.toISOString()) }));
        const sl = mergeShortlist(list, incoming, at);
        const hm = mergeHistory(h, parsed.data.history, s.retention, at);
        const ev = parsed.data.evidence.length ? mergeEvidence(await evidence.read(), parsed.data.evidence, at, s.retention) : { added: 0, store: null };
        const writes = { ...(sl.list !== list ? shortlist.entries(sl.list) : {}), ...(hm.history !== h ? history.entries(hm.history) : {}), ...(ev.added && ev.store ? evidence.entries(ev.store) : {}) };
        if (Object.keys(writes).length) await writeLocal(writes);
        const aud = await audience.importInQueue(parsed.data.audience);
        if (sl.list !== list) await syncUnlocked({ push: true, touched: incoming.map((e) => entryKey(e)) });
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
        const mine = all.filter((k) => ownKeys.includes(k) || k.startsWith(QUARANTINE_PREFIX) || isAudienceKey(k));
        if (mine.length) await browser.storage.local.remove(mine);
        historyCache = undefined;
        await syncUnlocked({ push: true, clear: true });
        unsavedWarnings.length = 0;
        return { removedKeys: mine.length };
      }),

    discardSetAside: (ids?: readonly string[]) => exclusive(() => discardSetAside(ids)),

    storageReport: (): Promise<StorageReport> =>
      exclusive(async () => {
        // Read (and so set aside what cannot be read) before listing what was set aside.
        const [h, list, s] = await Promise.all([readHistory(), shortlist.read(), readSettings()]);
        const aside = await listSetAside();
        const stored = await storedWarnings().catch(() => []);
        const local = await measureLocal(browser.storage.local as unknown as MeasurableArea);
        let sync: StorageReport['sync'] = { available: false };
        if (syncArea) {
          try {
            sync = { ...(await measureSync(syncArea as MeasurableArea)), available: true };
          } catch {
            // reported as unavailable
          }
        }
        const v = await view(list);
        const records = normalise(h.records);
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
          warnings: [...stored, ...unsavedWarnings, ...(syncError ? [`Sync: ${syncError}`] : [])],
        };
      }),
  };
}
