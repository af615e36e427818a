/**
 * Settings format 1 -> 2.
 *
 * Format 1 (early): `{ "disabled": ["tiktok"], "badge": true, "keepDays": 90 }`: sites listed as
 * turned off (so a site added later is on), the badge switch, how many days of history to keep.
 *
 * Format 2 (lib/storage/schema.ts SettingsSchema): `{ sites: { tiktok: false }, showBadge,
 * retention: { days, perAccount, total } }`.
 *
 * A field that does not validate takes its default; a site name this version does not know, or a
 * number outside the allowed range (clamped), cannot be carried over exactly: such a value is
 * reported in `lost`, and the caller sets the original aside.
 */
import { PLATFORMS, type Platform } from '../../snapshot';
import { RETENTION_BOUNDS, RETENTION_DEFAULTS } from '../limits';
import type { Settings } from '../schema';

/** Settings format 2: format 3 without the brand (lib/storage/migrations/settings-v2-to-v3.ts). */
export type SettingsV2 = Omit<Settings, 'brand'>;

function defaultSettingsV2(): SettingsV2 {
  return { sites: {}, showBadge: true, retention: { ...RETENTION_DEFAULTS } };
}

export function settingsV1ToV2(value: unknown): { value: SettingsV2; lost: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('settings format 1 is an object; found ' + (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value));
  }
  const v1 = value as { disabled?: unknown; badge?: unknown; keepDays?: unknown };
  const settings = defaultSettingsV2();
  const lost: string[] = [];

  if (Array.isArray(v1.disabled)) {
    for (const name of v1.disabled) {
      if (typeof name === 'string' && (PLATFORMS as readonly string[]).includes(name)) settings.sites[name as Platform] = false;
      else lost.push(`disabled site ${JSON.stringify(name)?.slice(0, 60)}`);
    }
  } else if (v1.disabled !== undefined) lost.push('disabled (not a list)');

  if (typeof v1.badge === 'boolean') settings.showBadge = v1.badge;
  else if (v1.badge !== undefined) lost.push('badge (not true or false)');

  if (typeof v1.keepDays === 'number' && Number.isFinite(v1.keepDays)) {
    const { min, max } = RETENTION_BOUNDS.days;
    const days = Math.min(max, Math.max(min, Math.round(v1.keepDays)));
    if (days !== v1.keepDays) lost.push(`keepDays ${v1.keepDays} (now ${days})`);
    settings.retention.days = days;
  } else if (v1.keepDays !== undefined) lost.push('keepDays (not a number)');

  return { value: settings, lost };
}
