/**
 * The comments seen on posts, kept so that pods can be named across the posts the user opens
 * (lib/evidence/pods.ts): one observation per post opened, holding who commented, in which visible
 * position, whether with generic words, and at most the first 60 characters of what they wrote.
 * Captions are never stored.
 *
 * Bounded like history: POSTS_PER_ACCOUNT observations per account (newest kept), OBSERVATIONS_MAX
 * in all, each of at most 40 commenters, and EVIDENCE_BYTES_MAX as JSON; older than the history's
 * retention in days goes too. One storage.local key ("evidence", version 1), validated with
 * zod/mini on read; a value that does not validate is set aside whole (lib/storage/versioned.ts)
 * and the observations that do validate are kept. "Delete all" removes it; "export everything"
 * includes it, and an import adds the posts not kept yet (mergeEvidence), within the same bounds.
 */
import * as z from 'zod/mini';
import { OBSERVED_COMMENTERS_MAX, OBSERVED_TEXT_MAX, type PostObservation } from '../evidence/pods';
import { PlatformSchema, type Platform } from '../snapshot';
import { accountKey } from './account';
import { jsonBytes } from './quarantine';
import { IsoTimeSchema, type Retention } from './schema';

export const EVIDENCE_KEY = 'evidence';
export const EVIDENCE_VERSION = 1;
export const POSTS_PER_ACCOUNT = 30;
export const OBSERVATIONS_MAX = 400;
/** About 40 commenters x ~100 bytes per post: 400 posts stay near this. */
export const EVIDENCE_BYTES_MAX = 1_500_000;

const text = (max: number) => z.string().check(z.maxLength(max));

export const ObservationSchema = z.object({
  platform: PlatformSchema,
  handle: text(200).check(z.minLength(1)),
  post: text(300).check(z.minLength(1)),
  at: IsoTimeSchema,
  commenters: z
    .array(
      z.object({
        a: text(100).check(z.minLength(1)),
        p: z.number().check(z.int(), z.gte(0), z.lte(5000)),
        g: z.boolean(),
        x: z.optional(text(OBSERVED_TEXT_MAX)),
      }),
    )
    .check(z.maxLength(OBSERVED_COMMENTERS_MAX)),
}) satisfies z.ZodMiniType<PostObservation>;

export const EvidenceStoreSchema = z.object({ observations: z.array(ObservationSchema).check(z.maxLength(OBSERVATIONS_MAX)) });
export type EvidenceStore = z.infer<typeof EvidenceStoreSchema>;

export function emptyEvidence(): EvidenceStore {
  return { observations: [] };
}

const keyOf = (o: Pick<PostObservation, 'platform' | 'handle'>) => accountKey(o.platform, o.handle);

/**
 * Applies every bound: per account, in all, by age (the history's retention in days) and by size,
 * newest kept. Returns the same object when nothing had to go.
 */
export function boundEvidence(store: EvidenceStore, now: Date, retention?: Pick<Retention, 'days'>): EvidenceStore {
  const cutoff = retention ? now.getTime() - retention.days * 86_400_000 : -Infinity;
  const newestFirst = [...store.observations].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const perAccount = new Map<string, number>();
  const kept: PostObservation[] = [];
  let bytes = 2;
  for (const o of newestFirst) {
    if (Date.parse(o.at) < cutoff) continue;
    const k = keyOf(o);
    const n = perAccount.get(k) ?? 0;
    if (n >= POSTS_PER_ACCOUNT || kept.length >= OBSERVATIONS_MAX) continue;
    const size = jsonBytes(o) + 1;
    if (bytes + size > EVIDENCE_BYTES_MAX) continue;
    bytes += size;
    perAccount.set(k, n + 1);
    kept.push(o);
  }
  if (kept.length === store.observations.length) return store;
  // Stored oldest first, like history.
  return { observations: kept.reverse() };
}

/** Records one post's observation (replacing an earlier one of the same post), bounded. */
export function recordObservation(store: EvidenceStore, observation: PostObservation, now: Date, retention?: Pick<Retention, 'days'>): EvidenceStore {
  const parsed = ObservationSchema.safeParse(observation);
  if (!parsed.success) return store;
  const k = keyOf(observation);
  const rest = store.observations.filter((o) => !(keyOf(o) === k && o.post === observation.post));
  return boundEvidence({ observations: [...rest, parsed.data] }, now, retention);
}

export function observationsFor(store: EvidenceStore, platform: Platform, handle: string): PostObservation[] {
  const k = accountKey(platform, handle);
  return store.observations.filter((o) => keyOf(o) === k);
}

/** What can be kept from a value that failed validation: each observation that validates on its own. */
export function salvageEvidence(raw: unknown): EvidenceStore {
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { observations?: unknown }).observations) ? (raw as { observations: unknown[] }).observations : [];
  const kept: PostObservation[] = [];
  for (const item of list.slice(-OBSERVATIONS_MAX * 2)) {
    const parsed = ObservationSchema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
  }
  const sorted = kept.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return boundEvidence({ observations: sorted }, new Date(8.64e15));
}

/**
 * Observations from an imported file (validated by lib/storage/import.ts) added to the stored ones:
 * a post already kept stays as kept, a date from the future becomes now, and every bound holds.
 */
export function mergeEvidence(store: EvidenceStore, incoming: readonly PostObservation[], now: Date, retention?: Pick<Retention, 'days'>): { store: EvidenceStore; added: number } {
  const held = new Set(store.observations.map((o) => `${keyOf(o)}|${o.post}`));
  const fresh: PostObservation[] = [];
  for (const o of incoming) {
    const id = `${keyOf(o)}|${o.post}`;
    if (held.has(id) || !ObservationSchema.safeParse(o).success) continue;
    held.add(id);
    fresh.push(Date.parse(o.at) > now.getTime() ? { ...o, at: now.toISOString() } : o);
  }
  if (!fresh.length) return { store, added: 0 };
  const sorted = [...store.observations, ...fresh].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const bounded = boundEvidence({ observations: sorted }, now, retention);
  const kept = new Set(bounded.observations);
  return { store: bounded, added: fresh.filter((o) => kept.has(o)).length };
}
