/**
 * The extras the comparison and the report show beside each account's summary: its audience sample
 * estimate and the posts opened with their comments (for pods), asked from the background, and the
 * user's currency for the price band (lib/storage/entry-evidence.ts puts them together).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntryExtras } from '../../lib/storage/entry-evidence';
import type { Platform } from '../../lib/snapshot';
import { ask } from './client';

export async function loadExtras(accounts: readonly { key: string; platform: Platform; handle: string }[]): Promise<Map<string, EntryExtras>> {
  const settings = await ask({ type: 'settings-get' }).catch(() => null);
  const currency = settings?.currency;
  const each = await Promise.all(
    accounts.map(async (a) => {
      const account = { platform: a.platform, handle: a.handle };
      const [audience, evidence] = await Promise.all([
        ask({ type: 'audience-get', account }).catch(() => null),
        ask({ type: 'evidence-get', account }).catch(() => null),
      ]);
      const extras: EntryExtras = {
        audience: audience && !('none' in audience) ? audience : null,
        observations: evidence?.observations ?? [],
        ...(currency ? { currency } : {}),
      };
      return [a.key, extras] as const;
    }),
  );
  return new Map(each);
}

/** The extras of the accounts shown, reloaded when the set of accounts or `version` changes. */
export function useExtras(accounts: readonly { key: string; platform: Platform; handle: string }[], version = 0): ReadonlyMap<string, EntryExtras> {
  const [extras, setExtras] = useState<ReadonlyMap<string, EntryExtras>>(new Map());
  const keys = accounts.map((a) => a.key).join('\n');
  useEffect(() => {
    let live = true;
    if (!accounts.length) return;
    loadExtras(accounts)
      .then((m) => live && setExtras(m))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [keys, version]);
  return extras;
}
