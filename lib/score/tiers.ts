/**
 * Follower tiers (Later x Fohr 2021, "The Selling Power of Nano, Micro, Mid, Macro, and Mega Macro
 * Influencers"): nano < 10k, micro 10k-100k, mid 100k-500k, macro 500k-1M, mega > 1M.
 * A lower bound belongs to its tier: 10,000 followers is micro.
 */
import type { TierId } from './types';

export interface Tier {
  id: TierId;
  label: string;
  /** Inclusive lower bound, exclusive upper bound (followers). */
  min: number;
  max: number;
}

export const TIERS: readonly Tier[] = [
  { id: 'nano', label: 'Nano (under 10k followers)', min: 0, max: 10_000 },
  { id: 'micro', label: 'Micro (10k-100k followers)', min: 10_000, max: 100_000 },
  { id: 'mid', label: 'Mid (100k-500k followers)', min: 100_000, max: 500_000 },
  { id: 'macro', label: 'Macro (500k-1M followers)', min: 500_000, max: 1_000_000 },
  { id: 'mega', label: 'Mega (over 1M followers)', min: 1_000_000, max: Number.POSITIVE_INFINITY },
];

export function tierFor(followers: number): Tier {
  for (const t of TIERS) if (followers < t.max) return t;
  return TIERS[TIERS.length - 1];
}

/** Geometric middle of a tier (where a tier-wide average is placed on the size axis). */
export function tierMidpoint(id: TierId): number {
  const t = TIERS.find((x) => x.id === id) ?? TIERS[0];
  if (t.id === 'nano') return Math.sqrt(1_000 * t.max); // published nano tiers start at 1k followers
  if (!Number.isFinite(t.max)) return 3_000_000; // 1M-10M, where most mega accounts sit
  return Math.sqrt(t.min * t.max);
}
