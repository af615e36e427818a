/**
 * A versioned storage.local value: WXT's `storage.defineItem` with `version` and `migrations`
 * (WXT keeps the version in the `<key>$` meta key and runs the migrations when the item is
 * defined), plus what WXT leaves to us:
 *
 * - every read is validated with zod;
 * - a value that does not validate, whose migration failed (WXT then logs and leaves the old value
 *   in place), or that a NEWER version wrote (a downgrade; WXT refuses it the same way) is set
 *   aside whole under a quarantine key, and what can be recovered from it is kept working;
 * - writes store the value and its version together in one atomic `set`.
 *
 * Nothing here ever deletes a value it could not read.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { setAside } from './quarantine';
import { firstIssue } from './issues';

type SafeParse<T> = (value: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof firstIssue>[0] };

interface VersionedSpec<T> {
  /** storage.local key (no area prefix). */
  key: string;
  version: number;
  schema: { safeParse: SafeParse<T> };
  empty(): T;
  /** WXT migrations: `{ 2: v1 => v2, 3: v2 => v3 }`; each may throw on a value it cannot convert. */
  migrations: Record<number, (value: unknown) => unknown>;
  /** Recovers what it can from a value that failed (`version` is what it was stored as). Never throws. */
  salvage(raw: unknown, version: number): T;
}

interface Versioned<T> {
  readonly key: string;
  readonly version: number;
  /** Resolves once WXT's migrations for this item have run. */
  ready(): Promise<void>;
  read(): Promise<T>;
  write(value: T): Promise<void>;
  /** The storage entries `write` would set, for callers that write several keys in one call. */
  entries(value: T): Record<string, unknown>;
  remove(): Promise<void>;
}

export function defineVersioned<T>(spec: VersionedSpec<T>): Versioned<T> {
  // `migrations` is always passed (even empty) so that WXT also checks for a downgrade.
  const item = storage.defineItem<unknown>(`local:${spec.key}`, { version: spec.version, migrations: spec.migrations });
  const metaKey = `${spec.key}$`;
  const entries = (value: T) => ({ [spec.key]: value, [metaKey]: { v: spec.version } });

  return {
    key: spec.key,
    version: spec.version,
    ready: async () => {
      await item.getMeta();
    },
    entries,
    async read() {
      const raw = await item.getValue();
      if (raw === null || raw === undefined) return spec.empty();
      const meta = (await item.getMeta()) as { v?: unknown };
      const stored = typeof meta.v === 'number' && Number.isFinite(meta.v) ? meta.v : 1;
      let reason: string;
      if (stored === spec.version) {
        const parsed = spec.schema.safeParse(raw);
        if (parsed.success) return parsed.data;
        reason = `did not match format ${spec.version}: ${firstIssue(parsed.error)}`;
      } else if (stored > spec.version) {
        reason = `written by a newer version of RealReach (format ${stored}; this version reads format ${spec.version})`;
      } else {
        reason = `could not be upgraded from format ${stored} to format ${spec.version}`;
      }
      let kept: T;
      try {
        kept = spec.salvage(raw, stored);
      } catch {
        kept = spec.empty();
      }
      await setAside({ key: spec.key, area: 'local', reason, version: stored, value: raw }, entries(kept));
      return kept;
    },
    async write(value) {
      await browser.storage.local.set(entries(value));
    },
    async remove() {
      await browser.storage.local.remove([spec.key, metaKey]);
    },
  };
}
