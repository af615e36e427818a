/**
 * Settings format 2 -> 3.
 *
 * Format 2: `{ sites: { tiktok: false }, showBadge, retention: { days, perAccount, total } }`.
 *
 * Format 3 (lib/storage/schema.ts SettingsSchema) adds `brand: { name, logo? }`: the user's own name
 * or agency and logo, printed on client reports. Format 2 had none, so the brand starts empty; every
 * other field is carried over as it is. A format-2 value that does not validate is refused (WXT then
 * leaves it in place and the store sets it aside on first read, keeping what can be salvaged).
 */
import { RetentionSchema, SitesSchema, type Settings } from '../schema';
import * as z from 'zod/mini';
import type { SettingsV2 } from './settings-v1-to-v2';

const SettingsV2Schema = z.object({ sites: SitesSchema, showBadge: z.boolean(), retention: RetentionSchema });

export function settingsV2ToV3(value: unknown): Settings {
  const parsed = SettingsV2Schema.safeParse(value);
  if (!parsed.success) throw new Error('settings format 2 did not validate');
  const v2: SettingsV2 = parsed.data;
  return { ...v2, brand: { name: '' } };
}
