/**
 * The shortlist store: the accounts the user keeps, their notes, tags and campaigns, and their sync
 * with the user's other browsers (lib/storage/sync.ts). Every operation runs inside the shared lock.
 */
import type { Platform, Snapshot } from '../../snapshot';
import type { Analysis } from '../../score/types';
import { linkEntries, setCampaign, unlinkEntry } from '../campaign';
import { recordsFor } from '../history';
import { SHORTLIST_MAX, SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES } from '../limits';
import { SyncRemovalsSchema, type Campaign, type HistoryRecord, type Shortlist, type ShortlistEntry } from '../schema';
import { addEntry, entryKey, findEntry, removeEntries, summaryFrom } from '../shortlist';
import { setAside } from '../quarantine';
import { addRemovals, emptyRemovals, planSync, pushToSync, readRemote, reconcile, saneLocal, SYNC_REMOVALS_KEY, type SyncState } from '../sync';
import type { StoreBase } from './base';

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

/** What `sync()` may be told: push too, and the removals made here (so other browsers follow). */
interface SyncOptions {
  push: boolean;
  removed?: string[];
  clear?: boolean;
  /** Keys just added or edited here: wanted, whatever another browser said about removing them. */
  touched?: string[];
}

export type ShortlistStore = ReturnType<typeof createShortlistStore>;

export function createShortlistStore(base: StoreBase) {
  const { shortlist } = base.items;
  const { exclusive, now, syncArea } = base;
  let syncError: string | undefined;

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
  async function syncUnlocked(opts: SyncOptions): Promise<void> {
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
    /** Unlocked, for the other stores' operations (already inside the lock). */
    view,
    syncUnlocked,
    syncError: () => syncError,
    api: {
      /** An account's history (oldest first) and its shortlist entry, for the popup. */
      account: (platform: Platform, handle: string): Promise<{ history: HistoryRecord[]; entry: EntryView | null }> =>
        exclusive(async () => {
          const list = await shortlist.read();
          const entry = findEntry(list, platform, handle);
          return { history: recordsFor(await base.readHistory(), platform, handle), entry: entry ? await entryView(entry, list) : null };
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
    },
  };
}
