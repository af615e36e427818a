/**
 * Storage in use: `getBytesInUse` where the browser has it (Chrome; Firefox for storage.local
 * only recently), else an estimate from the size of what is stored, counted as Chrome counts it
 * (each key plus the JSON of its value, UTF-8).
 */
import { LOCAL_QUOTA_FALLBACK, SYNC_QUOTA_BYTES } from './limits';

export interface MeasurableArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  getBytesInUse?: (keys?: null | string | string[]) => Promise<number>;
  QUOTA_BYTES?: number;
}

export interface Usage {
  bytes: number;
  quota: number;
  /** True when the browser could not say and the size was estimated from the stored JSON. */
  estimated: boolean;
  items: number;
}

const encoder = new TextEncoder();

function estimateBytes(all: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(all)) {
    let json = '';
    try {
      json = JSON.stringify(value) ?? '';
    } catch {
      // a value JSON cannot hold is not stored as such
    }
    total += encoder.encode(key).length + encoder.encode(json).length;
  }
  return total;
}

export async function measure(area: MeasurableArea, fallbackQuota: number): Promise<Usage> {
  const all = await area.get(null);
  const items = Object.keys(all).length;
  const quota = typeof area.QUOTA_BYTES === 'number' && area.QUOTA_BYTES > 0 ? area.QUOTA_BYTES : fallbackQuota;
  if (typeof area.getBytesInUse === 'function') {
    try {
      const bytes = await area.getBytesInUse(null);
      if (typeof bytes === 'number' && Number.isFinite(bytes)) return { bytes, quota, estimated: false, items };
    } catch {
      // not implemented here: estimate below
    }
  }
  return { bytes: estimateBytes(all), quota, estimated: true, items };
}

export const measureLocal = (area: MeasurableArea) => measure(area, LOCAL_QUOTA_FALLBACK);
export const measureSync = (area: MeasurableArea) => measure(area, SYNC_QUOTA_BYTES);

/** Whether a storage error says the quota is full (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}
