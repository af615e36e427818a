/**
 * The building blocks of the stored formats (./schema.ts, ./summary-schema.ts): bounded text and
 * numbers, times, handles, web links, counts and rates, and the engine's fixed vocabularies.
 */
import * as z from 'zod/mini';
import { COUNT_SOURCES } from '../snapshot';
import type { Confidence, Letter, Position, Severity, TierId } from '../score/types';

export const LETTERS = ['A', 'B', 'C', 'D', 'F'] as const satisfies readonly Letter[];
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const satisfies readonly TierId[];
export const POSITIONS = ['far-below', 'below', 'typical', 'above', 'far-above'] as const satisfies readonly Position[];
export const SEVERITIES = ['info', 'warning', 'alert'] as const satisfies readonly Severity[];
export const CONFIDENCES = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

export const text = (max: number) => z.string().check(z.maxLength(max));
export const finite = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
export const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

/** An ISO date-time (what `new Date().toISOString()` gives; other parseable forms are accepted). */
export const IsoTimeSchema = text(40).check(
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date and time'),
);
/** A calendar day in the user's time zone, YYYY-MM-DD. */
export const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD'));
export const HandleSchema = text(200).check(z.minLength(1));
/** Only web links: a javascript: or data: URL from an imported file must never become a link. */
export const WebUrlSchema = text(2000).check(z.refine(isWebUrl, 'expected an http(s) address'));

export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A count as history keeps it: the value, and the interval only when the page rounded it
 * ("48.2K" -> 48150..48299). `source` is where the page showed it.
 */
export const StoredCountSchema = z
  .object({
    value: finite(0, 1e13),
    min: z.optional(finite(0, 1e13)),
    max: z.optional(finite(0, 1e13)),
    source: z.optional(z.enum(COUNT_SOURCES)),
  })
  .check(z.refine((c) => (c.min ?? c.value) <= c.value && c.value <= (c.max ?? c.value), 'min <= value <= max'));
export type StoredCount = z.infer<typeof StoredCountSchema>;

/** Engagement as a fraction; small accounts can pass 100%, so the bound is loose. */
export const RateSchema = finite(0, 1e6);
