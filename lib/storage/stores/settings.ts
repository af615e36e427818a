/**
 * The settings store (issue 17, defect 6). Unreadable settings are set aside and what can be read is
 * kept (lib/storage/versioned.ts). Settings the user saved are written with a copy beside them:
 * when the settings key goes missing (another program, a storage fault) the copy brings them back
 * and a warning says so, instead of every site silently coming back on and retention jumping to
 * its default. With neither (the user never saved settings) the defaults are what they chose.
 */
import { browser } from 'wxt/browser';
import { boundEvidence } from '../evidence';
import { prune } from '../history';
import { SettingsSchema, type Settings } from '../schema';
import { defaultSettings } from '../settings';
import { SETTINGS_COPY_KEY, type StoreBase } from './base';

export function createSettingsStore(base: StoreBase) {
  const { settings, history, evidence } = base.items;

  /** Unlocked: for the other stores' operations, already inside the lock. */
  async function readSettings(): Promise<Settings> {
    const got = await browser.storage.local.get([settings.key, SETTINGS_COPY_KEY]);
    if (got[settings.key] !== undefined && got[settings.key] !== null) return settings.read();
    const copy = SettingsSchema.safeParse(got[SETTINGS_COPY_KEY]);
    if (!copy.success) return defaultSettings();
    await base.writeLocal(settings.entries(copy.data)).catch(() => undefined);
    await base.warn('Your settings were missing from storage; they were restored from the copy RealReach keeps.');
    return copy.data;
  }

  return {
    readSettings,
    api: {
      getSettings: () => base.exclusive(() => readSettings()),

      /** Saves settings; lowering retention removes the records now beyond it. */
      setSettings: (next: Settings) =>
        base.exclusive(async () => {
          const h = await base.readHistory();
          const pruned = prune(h, next.retention, base.now());
          const ev = await evidence.read();
          const evBounded = boundEvidence(ev, base.now(), next.retention);
          await base.writeLocal({
            ...settings.entries(next),
            [SETTINGS_COPY_KEY]: next,
            ...(pruned.removed ? history.entries(pruned.history) : {}),
            ...(evBounded !== ev ? evidence.entries(evBounded) : {}),
          });
          return { removed: pruned.removed };
        }),
    },
  };
}
