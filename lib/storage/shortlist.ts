/**
 * The shortlist: accounts the user is vetting, each with a note, tags and the latest analysis seen
 * in this browser (a compact summary, refreshed on every visit). Pure functions over the stored
 * value; lib/storage/store.ts reads and writes it, lib/storage/sync.ts mirrors the user's own
 * words (note, tags) to storage.sync.
 */
import { PAGE_NOTE, type Phrase } from '../phrase';
import type { Platform, Snapshot } from '../snapshot';
import type { Analysis } from '../score/types';
import { accountKey } from './account';
import { storedCount } from './history';
import { EVIDENCE_KEPT, NOTE_MAX, PER_POST_KEPT, SHORTLIST_MAX, SIGNALS_KEPT } from './limits';
import { normaliseTags } from './tags';
import { evidenceReport, priceInputFor } from '../evidence';
import { carryEvidence, summaryEvidenceFrom } from './summary-evidence';

export { normaliseTags, parseTagInput } from './tags';
import { isWebUrl, ShortlistEntrySchema, SummarySchema, type Shortlist, type ShortlistEntry, type Summary } from './schema';
import { firstIssue } from './issues';

export function emptyShortlist(): Shortlist {
  return { entries: [] };
}

export const entryKey = (e: { platform: Platform; handle: string }) => accountKey(e.platform, e.handle);

/** The account's profile page: the page itself when it was one, else built from the handle where that is unambiguous. */
function profileUrl(snapshot: Snapshot): string | undefined {
  const clean = (u: string) => {
    try {
      const url = new URL(u);
      url.search = '';
      url.hash = '';
      return url.href;
    } catch {
      return undefined;
    }
  };
  if (snapshot.page === 'profile' && isWebUrl(snapshot.url)) return clean(snapshot.url);
  const h = encodeURIComponent(snapshot.profile.handle.replace(/^@/, ''));
  switch (snapshot.platform) {
    case 'instagram':
      return `https://www.instagram.com/${h}/`;
    case 'x':
      return `https://x.com/${h}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${h}`;
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    default:
      return isWebUrl(snapshot.url) ? clean(snapshot.url) : undefined;
  }
}

const finite = (n: number | undefined, fallback = 0) => (typeof n === 'number' && Number.isFinite(n) ? n : fallback);
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The latest analysis, compact: what the shortlist table and the comparison show. */
/** A page note kept as written is cut to what the schema holds; phrases are short by construction. */
function clipNote(m: Phrase): Phrase {
  const note = m.args?.[0];
  return m.msg === PAGE_NOTE && note && 'text' in note ? { msg: PAGE_NOTE, args: [{ text: note.text.slice(0, 300) }] } : m;
}

export function summaryFrom(snapshot: Snapshot, analysis: Analysis, at: Date): Summary {
  const p = snapshot.profile;
  const summary: Summary = {
    checkedAt: at.toISOString(),
    engagement: analysis.engagement
      .filter((e) => Number.isFinite(e.value))
      .slice(0, 4)
      .map((e) => ({
        basis: e.basis,
        value: clamp(e.value, 0, 1e6),
        min: clamp(finite(e.min, e.value), 0, 1e6),
        max: clamp(finite(e.max, e.value), 0, 1e6),
        postsUsed: clamp(Math.round(finite(e.postsUsed)), 0, 100_000),
        perPost: e.perPost.filter((p) => Number.isFinite(p.rate)).slice(0, PER_POST_KEPT).map((p) => clamp(p.rate, 0, 1e6)),
      })),
    signals: analysis.signals.slice(0, SIGNALS_KEPT).map((s) => ({
      id: s.id.slice(0, 100),
      severity: s.severity,
      title: s.title,
      points: clamp(finite(s.points), -1000, 1000),
      evidence: (s.evidence ?? []).slice(0, EVIDENCE_KEPT).flatMap((x) =>
        typeof x.value === 'number' && !Number.isFinite(x.value)
          ? []
          : [{ label: x.label, value: typeof x.value === 'string' ? x.value.slice(0, 300) : typeof x.value === 'number' ? clamp(x.value, -1e13, 1e13) : x.value, ...(x.unit ? { unit: x.unit } : {}) }],
      ),
    })),
    risk: clamp(finite(analysis.risk), 0, 1),
    postsUsed: clamp(Math.round(finite(analysis.sample?.postsUsed)), 0, 100_000),
  };
  const url = profileUrl(snapshot);
  if (url && url.length <= 2000) summary.url = url;
  if (p.name) summary.name = p.name.slice(0, 300);
  if (p.verified !== undefined) summary.verified = p.verified;
  if (p.bioLink && p.bioLink.length <= 2000 && isWebUrl(p.bioLink)) summary.bioLink = p.bioLink;
  for (const k of ['followers', 'following', 'posts', 'likes'] as const) {
    const c = storedCount(p[k], true);
    if (c) summary[k] = c;
  }
  if (analysis.tier) summary.tier = analysis.tier.id;
  if (analysis.reach && Number.isFinite(analysis.reach.value)) summary.reach = clamp(analysis.reach.value, 0, 1e6);
  if (analysis.missing?.length) summary.missing = analysis.missing.slice(0, 8).map(clipNote);
  if (analysis.grade) {
    summary.grade = { letter: analysis.grade.letter, score: clamp(finite(analysis.grade.score), 0, 100), confidence: analysis.grade.confidence };
  }
  const ref = analysis.benchmark?.ref;
  if (analysis.benchmark && ref && Number.isFinite(ref.typical)) {
    summary.benchmark = {
      position: analysis.benchmark.position,
      basis: ref.basis,
      typical: clamp(ref.typical, 0, 1e6),
      ...(Number.isFinite(ref.low) && Number.isFinite(ref.high) ? { low: clamp(ref.low, 0, 1e6), high: clamp(ref.high, 0, 1e6) } : {}),
      source: ref.source,
      year: clamp(Math.round(finite(ref.year, 2000)), 1990, 2200),
    };
  }
  // Sponsored vs organic, comment quality, the price band's inputs, cadence (lib/storage/summary-evidence.ts).
  const report = evidenceReport(snapshot, analysis);
  const evidence = summaryEvidenceFrom(report, snapshot, priceInputFor(snapshot, analysis, report.comments, null), summary.checkedAt);
  if (evidence) summary.evidence = evidence;
  const checked = SummarySchema.safeParse(summary);
  if (checked.success) return checked.data;
  // Something the engine produced is out of range: keep the parts that are certain.
  const { checkedAt, url: u, name, followers, following, posts, likes } = summary;
  return SummarySchema.parse({ checkedAt, url: u, name, followers, following, posts, likes, engagement: [], signals: [], risk: 0, postsUsed: 0 });
}

interface EntryInput {
  platform: Platform;
  handle: string;
  name?: string;
  url?: string;
  note?: string;
  tags?: readonly string[];
  summary?: Summary;
}

type AddResult = { ok: true; list: Shortlist; entry: ShortlistEntry; created: boolean } | { ok: false; error: 'full' | 'invalid'; detail?: string };

/** Adds an account, or updates it when it is already listed (a note or tags given replace the old ones). */
export function addEntry(list: Shortlist, input: EntryInput, now: Date): AddResult {
  const key = entryKey(input);
  const at = now.toISOString();
  const held = list.entries.find((e) => entryKey(e) === key);
  let entry: ShortlistEntry;
  if (held) {
    entry = { ...held };
    if (input.note !== undefined) entry.note = input.note.slice(0, NOTE_MAX);
    if (input.tags !== undefined) entry.tags = normaliseTags(input.tags);
    if (input.name) entry.name = input.name;
    if (input.url) entry.url = input.url;
    if (input.summary) entry.summary = input.summary;
    if (input.note !== undefined || input.tags !== undefined) entry.updatedAt = at;
  } else {
    if (list.entries.length >= SHORTLIST_MAX) return { ok: false, error: 'full' };
    entry = {
      platform: input.platform,
      handle: input.handle,
      note: (input.note ?? '').slice(0, NOTE_MAX),
      tags: normaliseTags(input.tags ?? []),
      addedAt: at,
      updatedAt: at,
      campaign: { status: 'to-contact', deliverables: '' },
    };
    const name = input.name ?? input.summary?.name;
    const url = input.url ?? input.summary?.url;
    if (name) entry.name = name.slice(0, 300);
    if (url) entry.url = url;
    if (input.summary) entry.summary = input.summary;
  }
  const checked = ShortlistEntrySchema.safeParse(entry);
  if (!checked.success) return { ok: false, error: 'invalid', detail: firstIssue(checked.error) };
  const entries = held ? list.entries.map((e) => (e === held ? checked.data : e)) : [...list.entries, checked.data];
  return { ok: true, list: { entries }, entry: checked.data, created: !held };
}

export function findEntry(list: Shortlist, platform: Platform, handle: string): ShortlistEntry | undefined {
  const key = accountKey(platform, handle);
  return list.entries.find((e) => entryKey(e) === key);
}

export function removeEntries(list: Shortlist, keys: readonly string[]): { list: Shortlist; removed: ShortlistEntry[] } {
  const wanted = new Set(keys);
  const removed = list.entries.filter((e) => wanted.has(entryKey(e)));
  return removed.length ? { list: { entries: list.entries.filter((e) => !wanted.has(entryKey(e))) }, removed } : { list, removed };
}

/** A visit of a shortlisted account refreshes its summary ("last checked"); null when it is not listed. */
export function refreshSummary(list: Shortlist, snapshot: Snapshot, analysis: Analysis, now: Date): Shortlist | null {
  const held = findEntry(list, snapshot.platform, snapshot.profile.handle);
  if (!held) return null;
  const summary = summaryFrom(snapshot, analysis, now);
  const evidence = carryEvidence(held.summary?.evidence, summary.evidence, now);
  if (evidence) summary.evidence = evidence;
  const entry: ShortlistEntry = { ...held, summary };
  if (summary.name) entry.name = summary.name;
  if (summary.url && (snapshot.page === 'profile' || !entry.url)) entry.url = summary.url;
  return { entries: list.entries.map((e) => (e === held ? entry : e)) };
}

/** Two notes as one, nothing of the stored one lost: the imported text is appended when it is new. */
function mergeNotes(stored: string, incoming: string): { note: string; truncated: boolean } {
  const a = stored.trim();
  const b = incoming.trim();
  if (!b || a.includes(b)) return { note: stored, truncated: false };
  if (!a) return { note: incoming.slice(0, NOTE_MAX), truncated: incoming.length > NOTE_MAX };
  const joined = `${stored}\n\n${incoming}`;
  return { note: joined.slice(0, NOTE_MAX), truncated: joined.length > NOTE_MAX };
}

const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** One entry from two versions of it: notes joined, tags united, the newer summary, the first addedAt. */
function mergeEntry(stored: ShortlistEntry, incoming: ShortlistEntry, now: Date): { entry: ShortlistEntry; changed: boolean; truncated: boolean } {
  const { note, truncated } = mergeNotes(stored.note, incoming.note);
  const tags = normaliseTags([...stored.tags, ...incoming.tags]);
  const entry: ShortlistEntry = { ...stored, note, tags, addedAt: earlier(stored.addedAt, incoming.addedAt) };
  if (!entry.name && incoming.name) entry.name = incoming.name;
  if (!entry.url && incoming.url) entry.url = incoming.url;
  // The stored campaign and link are kept; an imported one fills only what is missing here.
  if (!entry.campaign && incoming.campaign) entry.campaign = incoming.campaign;
  if (!entry.creator && incoming.creator) entry.creator = incoming.creator;
  if (incoming.summary && (!stored.summary || Date.parse(incoming.summary.checkedAt) > Date.parse(stored.summary.checkedAt))) entry.summary = incoming.summary;
  const wordsChanged = note !== stored.note || tags.join('\n') !== stored.tags.join('\n');
  if (wordsChanged) entry.updatedAt = later(now.toISOString(), stored.updatedAt);
  const changed = wordsChanged || entry.summary !== stored.summary || entry.addedAt !== stored.addedAt || entry.name !== stored.name || entry.url !== stored.url || entry.campaign !== stored.campaign || entry.creator !== stored.creator;
  const allTags = new Set([...stored.tags, ...incoming.tags].map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean));
  return { entry, changed, truncated: truncated || allTags.size > tags.length };
}

interface ShortlistMergeResult {
  list: Shortlist;
  added: number;
  merged: number;
  unchanged: number;
  /** Accounts not added: the shortlist holds at most SHORTLIST_MAX. */
  overLimit: number;
  /** Entries whose joined note or tags had to be cut to fit the limits (the stored part never is). */
  truncated: number;
}

/** Adds imported entries to the stored shortlist without losing anything stored. */
export function mergeShortlist(existing: Shortlist, imported: readonly ShortlistEntry[], now: Date): ShortlistMergeResult {
  const byKey = new Map(existing.entries.map((e) => [entryKey(e), e] as const));
  const order = existing.entries.map(entryKey);
  let added = 0;
  let merged = 0;
  let unchanged = 0;
  let overLimit = 0;
  let truncated = 0;
  for (const incoming of imported) {
    const key = entryKey(incoming);
    const held = byKey.get(key);
    if (held) {
      const m = mergeEntry(held, incoming, now);
      if (m.truncated) truncated++;
      if (m.changed) {
        byKey.set(key, m.entry);
        merged++;
      } else unchanged++;
    } else if (byKey.size >= SHORTLIST_MAX) overLimit++;
    else {
      byKey.set(key, { ...incoming, tags: normaliseTags(incoming.tags) });
      order.push(key);
      added++;
    }
  }
  const list = added || merged ? { entries: order.map((k) => byKey.get(k)!) } : existing;
  return { list, added, merged, unchanged, overLimit, truncated };
}

/** What can be kept from a shortlist value that failed validation: every valid entry. Never throws. */
export function salvageShortlist(raw: unknown): Shortlist {
  const list: unknown[] =
    raw && typeof raw === 'object' && Array.isArray((raw as { entries?: unknown }).entries)
      ? (raw as { entries: unknown[] }).entries
      : Array.isArray(raw)
        ? raw
        : [];
  const seen = new Set<string>();
  const entries: ShortlistEntry[] = [];
  for (const item of list) {
    let parsed = ShortlistEntrySchema.safeParse(item);
    // An entry whose summary alone is damaged keeps the user's words.
    if (!parsed.success && item && typeof item === 'object') parsed = ShortlistEntrySchema.safeParse({ ...(item as object), summary: undefined });
    if (!parsed.success) continue;
    const key = entryKey(parsed.data);
    if (seen.has(key) || entries.length >= SHORTLIST_MAX) continue;
    seen.add(key);
    entries.push(parsed.data);
  }
  return { entries };
}
