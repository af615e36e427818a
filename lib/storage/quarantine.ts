/**
 * Data that could not be read is set aside, never deleted: each case is kept as it was found
 * under its own storage.local key `quarantine:<time>:<id>` (one key each, so two findings never
 * overwrite one another), listed in the settings page, included in "export everything", and
 * removed only when the user discards it there.
 */
import { browser } from 'wxt/browser';
import { QuarantineEntrySchema, type QuarantineEntry } from './schema';

export const QUARANTINE_PREFIX = 'quarantine:';

interface SetAsideInput {
  key: string;
  area: QuarantineEntry['area'];
  reason: string;
  version?: number;
  value: unknown;
  at?: string;
}

function newId(at: string): string {
  const random = typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `${QUARANTINE_PREFIX}${at}:${random}`;
}

/**
 * Sets a value aside. `alongside` is written in the same storage call (one `set` is atomic), so a
 * corrupt value is replaced only together with its copy being kept.
 */
export async function setAside(input: SetAsideInput, alongside: Record<string, unknown> = {}): Promise<string | undefined> {
  if (input.area === 'sync' && !(await roomForSyncCopy(input))) {
    if (Object.keys(alongside).length) await browser.storage.local.set(alongside);
    return undefined;
  }
  const at = input.at ?? new Date().toISOString();
  const id = newId(at);
  const entry: QuarantineEntry = { id, key: input.key, area: input.area, at, reason: input.reason.slice(0, 2000), value: input.value };
  // Browsers store at most about 100 levels of nesting and cut the rest silently: a deeper value is
  // kept whole as its JSON text instead (issue 17).
  if (depthOver(input.value, STORABLE_DEPTH)) {
    const json = safeJson(input.value);
    if (json !== undefined) Object.assign(entry, { value: json, encoding: 'json' as const });
  }
  if (input.version !== undefined) entry.version = input.version;
  console.warn(`RealReach: set aside ${input.area}:${input.key} (${entry.reason})`);
  await browser.storage.local.set({ ...alongside, [id]: entry });
  return id;
}

/**
 * Most copies of damaged synced items kept at once. A synced item is another browser's copy (it
 * keeps its own), and another browser can write a damaged one again and again: each is kept once
 * (the same value twice is one copy), up to this many, so they cannot fill local storage (issue
 * 17, defect 10). What this browser stored itself is always kept.
 */
export const SYNC_SET_ASIDE_MAX = 20;

/** Nesting kept as it is; deeper values are set aside as JSON text (Chrome cuts at 100 levels). */
const STORABLE_DEPTH = 64;

/** Whether a value nests deeper than `max` levels (counted without recursion). */
function depthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) return true;
    if (++seen > 200_000) return false; // a wide value, not a deep one
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

async function roomForSyncCopy(input: SetAsideInput): Promise<boolean> {
  const all = await browser.storage.local.get(null);
  const json = safeJson(input.value);
  let copies = 0;
  for (const [id, entry] of Object.entries(all)) {
    if (!id.startsWith(QUARANTINE_PREFIX)) continue;
    const e = entry as Partial<QuarantineEntry> | undefined;
    if (e?.area !== 'sync') continue;
    if (e.key === input.key && safeJson(e.value) === json) return false;
    copies++;
  }
  if (copies >= SYNC_SET_ASIDE_MAX) console.warn(`RealReach: not setting aside sync:${input.key}: ${SYNC_SET_ASIDE_MAX} synced copies are kept already`);
  return copies < SYNC_SET_ASIDE_MAX;
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

export interface SetAsideInfo {
  id: string;
  key: string;
  area: string;
  at: string;
  reason: string;
  version?: number;
  /** Size of the kept value as JSON, in bytes (UTF-8). */
  bytes: number;
}

/** Everything set aside, newest first, in full (for "export everything"). */
export async function readSetAside(): Promise<QuarantineEntry[]> {
  const all = await browser.storage.local.get(null);
  const found: QuarantineEntry[] = [];
  for (const [id, value] of Object.entries(all)) {
    if (!id.startsWith(QUARANTINE_PREFIX)) continue;
    const parsed = QuarantineEntrySchema.safeParse(value);
    // A quarantine entry that is itself damaged is still listed, as found.
    found.push(
      parsed.success
        ? { ...parsed.data, id }
        : { id, key: '?', area: 'local', at: id.slice(QUARANTINE_PREFIX.length, QUARANTINE_PREFIX.length + 24), reason: 'unreadable entry', value },
    );
  }
  return found.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export async function listSetAside(): Promise<SetAsideInfo[]> {
  return (await readSetAside()).map(({ value, ...info }) => ({ ...info, bytes: jsonBytes(value) }));
}

/** Discards what was set aside (all of it, or the ids given). Returns how many entries went. */
export async function discardSetAside(ids?: readonly string[]): Promise<number> {
  const all = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(QUARANTINE_PREFIX));
  const chosen = ids ? all.filter((k) => ids.includes(k)) : all;
  if (chosen.length) await browser.storage.local.remove(chosen);
  return chosen.length;
}

/** Bytes of a value as storage counts them: its JSON, UTF-8 encoded. */
export function jsonBytes(value: unknown): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return 0;
  }
  return json === undefined ? 0 : new TextEncoder().encode(json).length;
}
