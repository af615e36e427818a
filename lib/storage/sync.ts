/**
 * The shortlist follows the user across browsers through storage.sync, within its quotas
 * (102,400 bytes, 8,192 per item, 512 items): one item per account, `sl:<platform>:<handle>`,
 * holding the user's own words (note, tags) and when they were added and changed. Analyses stay
 * in storage.local (each browser has its own visits); so does the full shortlist, so an account
 * that does not fit in sync is still kept, and the UI says it is kept in this browser only.
 *
 * Which accounts sync: the longest-listed first (a new account never pushes an older one out).
 * Removals are remembered in one item, `sl-removed`, so that an account removed in one browser
 * goes from the others when they next start; an item merely missing from sync (it no longer fits,
 * or sync was reset) removes nothing anywhere.
 */
import { accountKey, type AccountKey } from './account';
import { isSaneTime, OLDEST_ISO, saneTimeOr } from './dates';
import { SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, SYNC_REMOVALS_KEPT, SYNC_RESERVED_BYTES, SYNC_RESERVED_ITEMS } from './limits';
import { SyncEntrySchema, SyncRemovalsSchema, type Shortlist, type ShortlistEntry, type SyncEntry, type SyncRemovals } from './schema';
import { firstIssue } from './issues';
import { entryKey } from './shortlist';

const SYNC_ENTRY_PREFIX = 'sl:';
export const SYNC_REMOVALS_KEY = 'sl-removed';

/** The part of a storage area this module uses (browser.storage.sync, or a fake in tests). */
export interface SyncArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SyncState = 'synced' | 'too-large' | 'no-room';

const encoder = new TextEncoder();
/** Bytes an item takes against the quotas, as Chrome counts them: key + JSON of the value, UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

const syncKeyOf = (e: { platform: ShortlistEntry['platform']; handle: string }) => `${SYNC_ENTRY_PREFIX}${entryKey(e)}`;

export function toSyncEntry(e: ShortlistEntry): SyncEntry {
  const s: SyncEntry = { platform: e.platform, handle: e.handle, note: e.note, tags: e.tags, addedAt: e.addedAt, updatedAt: e.updatedAt };
  if (e.name) s.name = e.name;
  if (e.url) s.url = e.url;
  if (e.campaign) s.campaign = e.campaign;
  if (e.creator) s.creator = e.creator;
  return s;
}

export function emptyRemovals(): SyncRemovals {
  return { keys: [] };
}

interface SyncPlan {
  /** Items to hold in sync, by sync key. */
  items: Map<string, SyncEntry>;
  state: Map<AccountKey, SyncState>;
  /** Bytes the planned items and the removals item take. */
  bytes: number;
}

const time = (s: string) => Date.parse(s);

export function planSync(entries: readonly ShortlistEntry[], removals: SyncRemovals): SyncPlan {
  const removalsBytes = removals.keys.length || removals.clearedAt ? itemBytes(SYNC_REMOVALS_KEY, removals) : 0;
  const budget = SYNC_QUOTA_BYTES - SYNC_RESERVED_BYTES;
  const maxItems = SYNC_MAX_ITEMS - SYNC_RESERVED_ITEMS;
  const ordered = [...entries].sort((a, b) => time(a.addedAt) - time(b.addedAt) || (entryKey(a) < entryKey(b) ? -1 : 1));
  const items = new Map<string, SyncEntry>();
  const state = new Map<AccountKey, SyncState>();
  let bytes = removalsBytes;
  for (const e of ordered) {
    const key = syncKeyOf(e);
    const value = toSyncEntry(e);
    const size = itemBytes(key, value);
    if (size > SYNC_QUOTA_BYTES_PER_ITEM) state.set(entryKey(e), 'too-large');
    else if (bytes + size > budget || items.size >= maxItems) state.set(entryKey(e), 'no-room');
    else {
      items.set(key, value);
      state.set(entryKey(e), 'synced');
      bytes += size;
    }
  }
  return { items, state, bytes };
}

interface RemoteShortlist {
  entries: Map<AccountKey, SyncEntry>;
  removals: SyncRemovals;
  /** Items under our keys that did not validate: set aside, then removed from sync by the next push. */
  invalid: { key: string; value: unknown; reason: string }[];
}

/**
 * What sync holds. Times another browser wrote are checked against this clock: an entry "changed"
 * in the future is taken as changed long ago (it loses to any edit or removal made here), and a
 * removal dated in the future is ignored (it would remove the account every time it is added again).
 */
export async function readRemote(area: SyncArea, now: Date = new Date()): Promise<RemoteShortlist> {
  const all = await area.get(null);
  const entries = new Map<AccountKey, SyncEntry>();
  const invalid: RemoteShortlist['invalid'] = [];
  let removals = emptyRemovals();
  for (const [key, value] of Object.entries(all)) {
    if (key === SYNC_REMOVALS_KEY) {
      const parsed = SyncRemovalsSchema.safeParse(value);
      if (parsed.success) removals = saneRemovals(parsed.data, now);
      else invalid.push({ key, value, reason: `sync removals list did not validate: ${firstIssue(parsed.error)}` });
    } else if (key.startsWith(SYNC_ENTRY_PREFIX)) {
      const parsed = SyncEntrySchema.safeParse(value);
      if (parsed.success && syncKeyOf(parsed.data) === key) entries.set(accountKey(parsed.data.platform, parsed.data.handle), saneEntry(parsed.data, now));
      else invalid.push({ key, value, reason: parsed.success ? 'synced entry stored under another account\'s key' : `synced entry did not validate: ${firstIssue(parsed.error)}` });
    }
  }
  return { entries, removals, invalid };
}

function saneEntry(e: SyncEntry, now: Date): SyncEntry {
  if (isSaneTime(e.updatedAt, now) && isSaneTime(e.addedAt, now)) return e;
  return { ...e, updatedAt: OLDEST_ISO, addedAt: saneTimeOr(e.addedAt, now, now.toISOString()) };
}

function saneRemovals(r: SyncRemovals, now: Date): SyncRemovals {
  const keys = r.keys.filter((k) => isSaneTime(k.at, now));
  const out: SyncRemovals = { ...r, keys };
  if (r.clearedAt !== undefined && !isSaneTime(r.clearedAt, now)) delete out.clearedAt;
  return out;
}

/**
 * The local shortlist with times in the future (an import or a sync from before issue 17) set to
 * now: the user's own entries stay, and become editable and removable again.
 */
export function saneLocal(list: Shortlist, now: Date): Shortlist {
  const at = now.toISOString();
  if (list.entries.every((e) => isSaneTime(e.updatedAt, now) && isSaneTime(e.addedAt, now))) return list;
  return { entries: list.entries.map((e) => ({ ...e, updatedAt: saneTimeOr(e.updatedAt, now, at), addedAt: saneTimeOr(e.addedAt, now, at) })) };
}

/** Whether an entry last changed at `updatedAt` was removed (in any browser) after that. */
function isRemoved(removals: SyncRemovals, key: string, updatedAt: string): boolean {
  const changed = time(updatedAt);
  if (removals.clearedAt && time(removals.clearedAt) >= changed) return true;
  const mark = removals.keys.find((k) => k.key === key);
  return mark !== undefined && time(mark.at) >= changed;
}

/** Remembers removals (newest kept, within one sync item). */
export function addRemovals(removals: SyncRemovals, keys: readonly string[], at: Date): SyncRemovals {
  const when = at.toISOString();
  const fresh = new Set(keys);
  let list = [...removals.keys.filter((k) => !fresh.has(k.key)), ...keys.map((key) => ({ key, at: when }))];
  list = list.slice(-SYNC_REMOVALS_KEPT);
  let next: SyncRemovals = { ...removals, keys: list };
  while (next.keys.length && itemBytes(SYNC_REMOVALS_KEY, next) > SYNC_QUOTA_BYTES_PER_ITEM - 256) next = { ...next, keys: next.keys.slice(1) };
  return next;
}

interface ReconcileResult {
  list: Shortlist;
  changed: boolean;
  added: number;
  updated: number;
  removed: number;
}

/**
 * Local shortlist + what sync holds -> the local shortlist to keep. An account synced from another
 * browser is added (without a summary: it was not checked here yet); newer words win; an account
 * removed elsewhere after its last change here goes. Nothing else is ever dropped.
 */
export function reconcile(local: Shortlist, remote: RemoteShortlist): ReconcileResult {
  let added = 0;
  let updated = 0;
  let removed = 0;
  const entries: ShortlistEntry[] = [];
  const localKeys = new Set<string>();
  for (const e of local.entries) {
    const key = entryKey(e);
    localKeys.add(key);
    const r = remote.entries.get(key);
    if (!r && isRemoved(remote.removals, key, e.updatedAt)) {
      removed++;
      continue;
    }
    if (r && isRemoved(remote.removals, key, later(e.updatedAt, r.updatedAt))) {
      removed++;
      continue;
    }
    if (r && time(r.updatedAt) > time(e.updatedAt)) {
      const next: ShortlistEntry = { ...e, note: r.note, tags: r.tags, updatedAt: r.updatedAt, addedAt: time(r.addedAt) < time(e.addedAt) ? r.addedAt : e.addedAt };
      if (r.name && !e.name) next.name = r.name;
      if (r.url && !e.url) next.url = r.url;
      // The campaign and the creator link are the user's words too: the newer side's win.
      if (r.campaign) next.campaign = r.campaign;
      if (r.creator) next.creator = r.creator;
      else delete next.creator;
      entries.push(next);
      updated++;
    } else entries.push(e);
  }
  for (const [key, r] of remote.entries) {
    if (localKeys.has(key) || isRemoved(remote.removals, key, r.updatedAt)) continue;
    entries.push({ ...r });
    added++;
  }
  const changed = added + updated + removed > 0;
  return { list: changed ? { entries } : local, changed, added, updated, removed };
}

const later = (a: string, b: string) => (time(a) >= time(b) ? a : b);

/**
 * Makes sync hold the plan for `list`: sets the items that changed, removes our items no longer
 * planned (removed, no longer fitting, or invalid), writes the removals list. Two write calls at
 * most (storage.sync allows 120 a minute).
 */
export async function pushToSync(area: SyncArea, list: Shortlist, removals: SyncRemovals): Promise<SyncPlan> {
  const plan = planSync(list.entries, removals);
  const current = await area.get(null);
  const toSet: Record<string, unknown> = {};
  for (const [key, value] of plan.items) {
    if (JSON.stringify(current[key]) !== JSON.stringify(value)) toSet[key] = value;
  }
  const hasRemovals = removals.keys.length > 0 || removals.clearedAt !== undefined;
  if (hasRemovals && JSON.stringify(current[SYNC_REMOVALS_KEY]) !== JSON.stringify(removals)) toSet[SYNC_REMOVALS_KEY] = removals;
  const toRemove = Object.keys(current).filter((k) => k.startsWith(SYNC_ENTRY_PREFIX) && !plan.items.has(k));
  if (!hasRemovals && SYNC_REMOVALS_KEY in current) toRemove.push(SYNC_REMOVALS_KEY);
  if (toRemove.length) await area.remove(toRemove);
  if (Object.keys(toSet).length) await area.set(toSet);
  return plan;
}
