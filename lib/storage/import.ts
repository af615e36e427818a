/**
 * Import of a JSON export: the whole file is validated before anything is stored, so a malformed
 * or hostile file changes nothing and says why (the first problem, with where it is). A valid file
 * is merged into what is stored without losing any of it (lib/storage/history.ts mergeHistory,
 * lib/storage/shortlist.ts mergeShortlist).
 *
 * What a hostile file cannot do: reach an object's prototype (schemas have fixed keys, and "__proto__"
 * keys are dropped by parsing), smuggle a script link (URLs must be http(s)), fill storage (sizes and
 * counts are bounded), or inject markup (notes are text; the UI never renders them as HTML).
 */
import * as z from 'zod/mini';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { StoredAudienceSchema, type StoredAudience } from './audience';
import { ObservationSchema, OBSERVATIONS_MAX } from './evidence';
import type { PostObservation } from '../evidence/pods';
import { IMPORT_MAX_AUDIENCE_ACCOUNTS, IMPORT_MAX_CHARS, IMPORT_MAX_HISTORY, IMPORT_MAX_SHORTLIST } from './limits';
import { HistoryRecordSchema, IsoTimeSchema, ShortlistEntrySchema, type HistoryRecord, type ShortlistEntry } from './schema';
import { describeIssue } from './issues';

const ImportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().check(z.int(), z.gte(1), z.lte(EXPORT_VERSION)),
  exportedAt: z.optional(IsoTimeSchema),
  scope: z.optional(z.enum(['shortlist', 'all'])),
  shortlist: z.optional(z.array(ShortlistEntrySchema).check(z.maxLength(IMPORT_MAX_SHORTLIST))),
  history: z.optional(z.array(HistoryRecordSchema).check(z.maxLength(IMPORT_MAX_HISTORY))),
  // Settings and set-aside data travel in "export everything" but are not imported: the user's
  // current settings stay, and set-aside data is for the user to inspect.
  settings: z.optional(z.unknown()),
  setAside: z.optional(z.unknown()),
  // Audience samples and the posts opened with comments come back too, validated here and bounded
  // again when merged (lib/storage/audience.ts mergeSamples, lib/storage/evidence.ts mergeEvidence).
  audience: z.optional(z.array(StoredAudienceSchema).check(z.maxLength(IMPORT_MAX_AUDIENCE_ACCOUNTS))),
  evidence: z.optional(z.array(ObservationSchema).check(z.maxLength(OBSERVATIONS_MAX * 10))),
});

interface ParsedImport {
  shortlist: ShortlistEntry[];
  history: HistoryRecord[];
  hadSettings: boolean;
  hadSetAside: boolean;
  audience: StoredAudience[];
  evidence: PostObservation[];
}

type ParseResult = { ok: true; data: ParsedImport } | { ok: false; error: string };

function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v;
}

export function parseImport(text: string): ParseResult {
  if (text.length > IMPORT_MAX_CHARS) {
    return { ok: false, error: `The file is too large (${(text.length / 1e6).toFixed(1)} MB; at most ${IMPORT_MAX_CHARS / 1e6} MB).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `The file is not valid JSON (${err instanceof Error ? err.message.slice(0, 200) : 'parse error'}).` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: `The file is not a RealReach export (it holds ${typeName(json)}, not an export object).` };
  }
  const top = json as { format?: unknown; version?: unknown };
  if (top.format !== EXPORT_FORMAT) return { ok: false, error: `The file is not a RealReach export (no "format": "${EXPORT_FORMAT}").` };
  if (typeof top.version === 'number' && top.version > EXPORT_VERSION) {
    return { ok: false, error: `The file was made by a newer version of RealReach (export format ${top.version}); update the extension to import it.` };
  }
  const parsed = ImportFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describePath(issue.path) : '';
    return { ok: false, error: `The file is not a valid RealReach export${where ? ` at ${where}` : ''}: ${issue ? describeIssue(issue) : 'invalid'}. Nothing was imported.` };
  }
  return {
    ok: true,
    data: {
      shortlist: parsed.data.shortlist ?? [],
      history: parsed.data.history ?? [],
      hadSettings: parsed.data.settings !== undefined,
      hadSetAside: parsed.data.setAside !== undefined,
      audience: parsed.data.audience ?? [],
      evidence: parsed.data.evidence ?? [],
    },
  };
}

interface ImportReport {
  ok: true;
  shortlist: { added: number; merged: number; unchanged: number; overLimit: number; truncated: number };
  history: { added: number; alreadyStored: number; overLimits: number; duplicates: number };
  settingsKept: boolean;
  setAsideSkipped: boolean;
  /** Audience samples merged: accounts changed and followers added. */
  audience: { accounts: number; added: number };
  /** Posts opened with comments (for pods) added. */
  evidence: { added: number };
}
export type ImportResult = ImportReport | { ok: false; error: string };
