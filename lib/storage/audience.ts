/**
 * Audience samples: for each account whose followers list the user scrolled, the followers seen
 * (deduplicated by handle, each with the day it was first seen), kept in storage.local only.
 *
 * One key per account (`audience:<platform>:<handle>`), so a scroll step rewrites one account's
 * sample (at most 2,000 entries, ~150 kB), never all of them; and an index (`audience-index`) with
 * each account's size and last update, written in the same `set`, so the total cap is enforced
 * without reading every sample. Bounds: 2,000 followers per account (AudienceSchema's bound) and
 * 20,000 in all (~1.5 MB at ~75 bytes a follower); past the total, the accounts updated longest ago
 * go first. Deleted by "Delete all" and exported with "export everything" (lib/storage/store.ts).
 *
 * Every read is validated (zod/mini); a value that does not validate is set aside whole
 * (lib/storage/quarantine.ts) and its valid entries are kept, never lost.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { AudienceEntrySchema, PlatformSchema, type AudienceEntry, type Platform } from '../snapshot';
import { accountKey, dayOf } from './account';
import { setAside } from './quarantine';
import { IsoTimeSchema } from './schema';
import { firstIssue } from './issues';

const AUDIENCE_PREFIX = 'audience:';
export const AUDIENCE_INDEX_KEY = 'audience-index';
export const AUDIENCE_PER_ACCOUNT = 2000;
const AUDIENCE_TOTAL = 20_000;

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const StoredFollowerSchema = z.extend(AudienceEntrySchema, { day: Day });
type StoredFollower = z.infer<typeof StoredFollowerSchema>;

export const StoredAudienceSchema = z.object({
  platform: PlatformSchema,
  handle: z.string().check(z.minLength(1), z.maxLength(200)),
  firstAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  /** Distinct followers seen, including any beyond the per-account bound. */
  seen: z.number().check(z.int(), z.gte(0), z.lte(1e7)),
  entries: z.array(StoredFollowerSchema).check(z.maxLength(AUDIENCE_PER_ACCOUNT)),
});
export type StoredAudience = z.infer<typeof StoredAudienceSchema>;

const AudienceIndexSchema = z.object({
  accounts: z.array(z.object({ key: z.string().check(z.maxLength(260)), entries: z.number().check(z.int(), z.gte(0)), updatedAt: IsoTimeSchema })).check(z.maxLength(10_000)),
});
type AudienceIndex = z.infer<typeof AudienceIndexSchema>;

export const audienceKey = (platform: Platform, handle: string) => `${AUDIENCE_PREFIX}${accountKey(platform, handle)}`;
export const isAudienceKey = (key: string) => key.startsWith(AUDIENCE_PREFIX) || key === AUDIENCE_INDEX_KEY;
const followerKey = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

interface MergeResult {
  sample: StoredAudience;
  /** Followers new to the sample (stored or, past the bound, only counted). */
  added: number;
}

/** Adds followers to a sample: the first sighting is kept, new ones are dated today, the bound holds. Pure. */
export function mergeFollowers(stored: StoredAudience | null, platform: Platform, handle: string, incoming: readonly AudienceEntry[], at: Date): MergeResult {
  const iso = at.toISOString();
  const base: StoredAudience = stored ?? { platform, handle, firstAt: iso, updatedAt: iso, seen: 0, entries: [] };
  const known = new Set(base.entries.map((e) => followerKey(e.handle)));
  const entries = [...base.entries];
  let added = 0;
  let seen = base.seen;
  for (const e of incoming) {
    const k = followerKey(e.handle);
    if (!k || known.has(k)) continue;
    known.add(k);
    added++;
    seen++;
    if (entries.length < AUDIENCE_PER_ACCOUNT) entries.push({ ...e, day: dayOf(at) });
  }
  if (!added) return { sample: base, added };
  return { sample: { ...base, updatedAt: iso, seen: Math.max(seen, entries.length), entries }, added };
}

/**
 * A sample from an imported file added to the stored one: followers not stored yet are added (up to
 * the bound), the stored first sightings kept, dates from the future brought back to now. Pure.
 */
export function mergeSamples(stored: StoredAudience | null, incoming: StoredAudience, now: Date): MergeResult {
  const nowIso = now.toISOString();
  const today = dayOf(now);
  const sane = (iso: string) => (Date.parse(iso) > now.getTime() ? nowIso : new Date(Date.parse(iso)).toISOString());
  const base: StoredAudience = stored ?? { platform: incoming.platform, handle: incoming.handle, firstAt: sane(incoming.firstAt), updatedAt: sane(incoming.updatedAt), seen: 0, entries: [] };
  const known = new Set(base.entries.map((e) => followerKey(e.handle)));
  const entries = [...base.entries];
  let added = 0;
  for (const e of incoming.entries) {
    const k = followerKey(e.handle);
    if (!k || known.has(k) || entries.length >= AUDIENCE_PER_ACCOUNT) continue;
    known.add(k);
    added++;
    entries.push({ ...e, day: e.day > today ? today : e.day });
  }
  const firstAt = [base.firstAt, sane(incoming.firstAt)].sort()[0];
  const updatedAt = [base.updatedAt, sane(incoming.updatedAt)].sort()[1];
  const seen = Math.min(1e7, Math.max(base.seen + added, incoming.seen, entries.length));
  if (!added && seen === base.seen && stored) return { sample: stored, added: 0 };
  return { sample: { ...base, firstAt, updatedAt, seen, entries }, added };
}

/** The index after `key` changed size, and the keys to remove so the total stays within the bound. Pure. */
export function planTotal(index: AudienceIndex, key: string, entries: number, at: Date, total = AUDIENCE_TOTAL): { index: AudienceIndex; remove: string[] } {
  const others = index.accounts.filter((a) => a.key !== key);
  let sum = entries + others.reduce((s, a) => s + a.entries, 0);
  const oldestFirst = [...others].sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
  const remove: string[] = [];
  for (const a of oldestFirst) {
    if (sum <= total) break;
    remove.push(a.key);
    sum -= a.entries;
  }
  const kept = others.filter((a) => !remove.includes(a.key));
  return { index: { accounts: [...kept, { key, entries, updatedAt: at.toISOString() }] }, remove };
}

/** What a damaged sample still holds: its valid entries (and account, when readable). Never throws. */
function salvageAudience(raw: unknown, platform: Platform, handle: string, at: Date): StoredAudience {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const list = Array.isArray(obj.entries) ? obj.entries : [];
  const entries: StoredFollower[] = [];
  for (const item of list) {
    const parsed = StoredFollowerSchema.safeParse(item);
    if (parsed.success && entries.length < AUDIENCE_PER_ACCOUNT) entries.push(parsed.data);
  }
  const iso = at.toISOString();
  return { platform, handle, firstAt: iso, updatedAt: iso, seen: entries.length, entries };
}

/** The platform a sample's key names (`audience:<platform>:<handle>`): we wrote the key, so it is trusted. */
function accountOfKey(key: string): { platform: Platform; handle: string } | null {
  const [platform, ...rest] = key.slice(AUDIENCE_PREFIX.length).split(':');
  const p = PlatformSchema.safeParse(platform);
  return p.success && rest.length ? { platform: p.data, handle: rest.join(':') } : null;
}

/**
 * Every sample, unlocked (the vetting store calls it inside its own queue). A damaged one is set
 * aside and its valid entries returned in its place.
 */
export async function readAllSamples(area: Local, now: () => Date = () => new Date()): Promise<StoredAudience[]> {
  const stored = await area.get(null);
  const out: StoredAudience[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(AUDIENCE_PREFIX)) continue;
    const parsed = StoredAudienceSchema.safeParse(value);
    if (parsed.success) {
      out.push(parsed.data);
      continue;
    }
    const account = accountOfKey(key);
    const kept = account ? salvageAudience(value, account.platform, account.handle, now()) : undefined;
    await setAside({ key, area: 'local', reason: firstIssue(parsed.error), value }, kept ? { [key]: kept } : {});
    if (!account) await area.remove(key); // a key we did not write: kept in quarantine only
    if (kept) out.push(kept);
  }
  return out;
}

export type Local = { get(keys: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string | string[]): Promise<void> };

interface AudienceStoreOptions {
  now?: () => Date;
  area?: Local;
  /** A queue to run in (the vetting store's); by default one of its own. */
  exclusive?: <T>(job: () => Promise<T>) => Promise<T>;
}

export function createAudienceStore(options: AudienceStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const area = (): Local => options.area ?? (browser.storage.local as unknown as Local);
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive =
    options.exclusive ??
    (<T>(job: () => Promise<T>): Promise<T> => {
      const run = tail.then(job, job);
      tail = run.catch(() => undefined);
      return run;
    });

  async function readIndex(): Promise<AudienceIndex> {
    const raw = (await area().get(AUDIENCE_INDEX_KEY))[AUDIENCE_INDEX_KEY];
    if (raw === undefined) return { accounts: [] };
    const parsed = AudienceIndexSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // The index is only sizes: rebuilt from the samples themselves, after keeping the damaged one.
    const rebuilt = await rebuildIndex();
    await setAside({ key: AUDIENCE_INDEX_KEY, area: 'local', reason: firstIssue(parsed.error), value: raw }, { [AUDIENCE_INDEX_KEY]: rebuilt });
    return rebuilt;
  }

  async function rebuildIndex(): Promise<AudienceIndex> {
    const all = await area().get(null);
    const accounts = Object.entries(all)
      .filter(([k]) => k.startsWith(AUDIENCE_PREFIX))
      .map(([key, v]) => {
        const parsed = StoredAudienceSchema.safeParse(v);
        return { key, entries: parsed.success ? parsed.data.entries.length : 0, updatedAt: parsed.success ? parsed.data.updatedAt : new Date(0).toISOString() };
      });
    return { accounts };
  }

  async function readSample(platform: Platform, handle: string): Promise<StoredAudience | null> {
    const key = audienceKey(platform, handle);
    const raw = (await area().get(key))[key];
    if (raw === undefined) return null;
    const parsed = StoredAudienceSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const kept = salvageAudience(raw, platform, handle, now());
    await setAside({ key, area: 'local', reason: firstIssue(parsed.error), value: raw }, { [key]: kept });
    return kept;
  }

  return {
    /** Adds what a followers list showed; returns the sample as stored. */
    record: (platform: Platform, handle: string, entries: readonly AudienceEntry[]) =>
      exclusive(async () => {
        const at = now();
        const { sample, added } = mergeFollowers(await readSample(platform, handle), platform, handle, entries, at);
        if (!added) return { sample, added };
        const key = audienceKey(platform, handle);
        const plan = planTotal(await readIndex(), key, sample.entries.length, at);
        await area().set({ [key]: sample, [AUDIENCE_INDEX_KEY]: plan.index });
        if (plan.remove.length) await area().remove(plan.remove);
        return { sample, added };
      }),

    get: (platform: Platform, handle: string) => exclusive(() => readSample(platform, handle)),

    /** The same read for a caller already in the queue (the page report scores with the sample). */
    readInQueue: readSample,

    /**
     * Samples from an imported file (validated by lib/storage/import.ts), merged one account at a
     * time within both bounds, unlocked: the vetting store calls it inside its own queue.
     */
    importInQueue: async (samples: readonly StoredAudience[]) => {
      let accounts = 0;
      let added = 0;
      for (const incoming of samples) {
        const key = audienceKey(incoming.platform, incoming.handle);
        const stored = await readSample(incoming.platform, incoming.handle);
        const merged = mergeSamples(stored, incoming, now());
        if (merged.sample === stored) continue;
        const plan = planTotal(await readIndex(), key, merged.sample.entries.length, new Date(merged.sample.updatedAt));
        await area().set({ [key]: merged.sample, [AUDIENCE_INDEX_KEY]: plan.index });
        if (plan.remove.length) await area().remove(plan.remove);
        accounts++;
        added += merged.added;
      }
      return { accounts, added };
    },

    /** Every sample, for "export everything". */
    all: () => exclusive(() => readAllSamples(area(), now)),

    /** Removes every sample and the index ("Delete all"). */
    deleteAll: () =>
      exclusive(async () => {
        const keys = Object.keys(await area().get(null)).filter(isAudienceKey);
        if (keys.length) await area().remove(keys);
        return keys.length;
      }),
  };
}

