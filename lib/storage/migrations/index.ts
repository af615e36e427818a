/**
 * Storage formats and their migrations, read-frog style: one `vN-to-vM` file per step, each tested
 * against a saved sample of every earlier format (tests/fixtures/storage/vN.json).
 *
 * To change a stored format: bump its version here, add `<item>-vN-to-vM.ts`, register it below,
 * save a sample of the old format as tests/fixtures/storage/vN.json (the migration test fails until
 * one exists for every version), and describe the old format in the migration's header.
 *
 * Parts a migration cannot carry over are set aside under a quarantine key, never dropped.
 */
import { setAside } from '../quarantine';
import { historyV1ToV2, HistoryV1RecordSchema } from './history-v1-to-v2';
import { settingsV1ToV2 } from './settings-v1-to-v2';
import { settingsV2ToV3 } from './settings-v2-to-v3';
import { shortlistV1ToV2 } from './shortlist-v1-to-v2';

export const HISTORY_VERSION = 2;
export const SHORTLIST_VERSION = 2;
export const SETTINGS_VERSION = 3;

/** Storage layout: the versions of every item together. Layout N is sampled in tests/fixtures/storage/vN.json. */
export const STORAGE_LAYOUTS = {
  1: { history: 1, shortlist: 1, settings: 1 },
  2: { history: 2, shortlist: 1, settings: 2 },
  3: { history: HISTORY_VERSION, shortlist: SHORTLIST_VERSION, settings: SETTINGS_VERSION },
} as const;
export const CURRENT_LAYOUT = 3;

export const historyMigrations = {
  2: async (v1: unknown) => {
    const { value, rejected } = historyV1ToV2(v1);
    // A bare list without a format key is taken for format 1, but it may be something else (a newer
    // format whose key was lost, another tool's data): when converting it record by record drops
    // anything, the original is kept whole, as found.
    const extra = Array.isArray(v1) && v1.some((r) => r && typeof r === 'object' && Object.keys(r).some((k) => !(k in HistoryV1RecordSchema.def.shape)));
    if (rejected.length || extra) {
      const lost = [...new Set(rejected.map((r) => r.reason))];
      await setAside({
        key: 'history',
        area: 'local',
        version: 1,
        reason: `history without a format key was converted to format 2 record by record; the original is kept here as found (${rejected.length} record(s) could not be carried over${lost.length ? `: ${lost.join('; ')}` : ''}${extra ? '; some records held fields format 1 does not have' : ''})`,
        value: v1,
      });
    }
    return value;
  },
};

export const shortlistMigrations = {
  2: async (v1: unknown) => {
    const { value, rejected } = shortlistV1ToV2(v1);
    if (rejected.length) {
      await setAside({ key: 'shortlist', area: 'local', version: 1, reason: `${rejected.length} shortlist entr(ies) could not be carried over to format 2`, value: rejected });
    }
    return value;
  },
};

export const settingsMigrations = {
  2: async (v1: unknown) => {
    const { value, lost } = settingsV1ToV2(v1);
    if (lost.length) {
      await setAside({ key: 'settings', area: 'local', version: 1, reason: `settings not carried over exactly to format 2: ${lost.join('; ')}`, value: v1 });
    }
    return value;
  },  3: async (v2: unknown) => settingsV2ToV3(v2),
};
