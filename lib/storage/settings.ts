/**
 * Settings: sites on or off, the in-page badge, history retention, the brand printed on reports. The background applies them in
 * its answer to page reports (the content script never reads storage).
 */
import { RETENTION_DEFAULTS } from './limits';
import { BrandSchema, LogoSchema, PriceCurrencySchema, RetentionSchema, SitesSchema, type Settings } from './schema';

/** The current defaults: every site on, the badge shown, the default retention, no brand. */
export function defaultSettings(): Settings {
  return { sites: {}, showBadge: true, retention: { ...RETENTION_DEFAULTS }, brand: { name: '' } };
}

/**
 * What can be kept from a settings value that failed validation: each part that is valid on its
 * own (each site switch, the badge, each retention number), defaults for the rest. Never throws.
 */
export function salvageSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return settings;
  const r = raw as { sites?: unknown; showBadge?: unknown; retention?: unknown; brand?: unknown; currency?: unknown };
  if (r.sites && typeof r.sites === 'object') {
    for (const [name, schema] of Object.entries(SitesSchema.def.shape)) {
      const v = (r.sites as Record<string, unknown>)[name];
      if (schema.safeParse(v).success && typeof v === 'boolean') settings.sites[name as keyof Settings['sites']] = v;
    }
  }
  if (typeof r.showBadge === 'boolean') settings.showBadge = r.showBadge;
  const currency = PriceCurrencySchema.safeParse(r.currency);
  if (currency.success) settings.currency = currency.data;
  if (r.retention && typeof r.retention === 'object') {
    const shape = RetentionSchema.def.shape;
    for (const k of Object.keys(RETENTION_DEFAULTS) as (keyof Settings['retention'])[]) {
      const v = (r.retention as Record<string, unknown>)[k];
      if (shape[k].safeParse(v).success) settings.retention[k] = v as number;
    }
  }
  if (r.brand && typeof r.brand === 'object') {
    const b = r.brand as { name?: unknown; logo?: unknown };
    if (BrandSchema.def.shape.name.safeParse(b.name).success) settings.brand.name = b.name as string;
    if (LogoSchema.safeParse(b.logo).success) settings.brand.logo = b.logo as string;
  }
  return settings;
}
