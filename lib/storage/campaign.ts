/**
 * The campaign side of the shortlist, pure: each entry's status, rate, deliverables and dates, and
 * links between accounts the user says are one creator. lib/storage/store.ts writes the results.
 */
import type { Platform } from '../snapshot';
import { CampaignSchema, type Campaign, type Shortlist, type ShortlistEntry } from './schema';
import { firstIssue } from './issues';
import { entryKey, findEntry } from './shortlist';

const NEW_CAMPAIGN: Campaign = { status: 'to-contact', deliverables: '' };

export function campaignOf(e: Pick<ShortlistEntry, 'campaign'>): Campaign {
  return e.campaign ?? NEW_CAMPAIGN;
}

type ChangeResult = { ok: true; list: Shortlist; changed: ShortlistEntry[] } | { ok: false; error: 'not-found' | 'invalid'; detail?: string };

/** Replaces an entry's campaign fields (validated whole). */
export function setCampaign(list: Shortlist, platform: Platform, handle: string, campaign: Campaign, now: Date): ChangeResult {
  const held = findEntry(list, platform, handle);
  if (!held) return { ok: false, error: 'not-found' };
  const checked = CampaignSchema.safeParse(campaign);
  if (!checked.success) return { ok: false, error: 'invalid', detail: firstIssue(checked.error) };
  if (checked.data.start && checked.data.end && checked.data.end < checked.data.start) return { ok: false, error: 'invalid', detail: 'the campaign ends before it starts' };
  const entry: ShortlistEntry = { ...held, campaign: checked.data, updatedAt: now.toISOString() };
  return { ok: true, list: { entries: list.entries.map((e) => (e === held ? entry : e)) }, changed: [entry] };
}

/** A new creator id: short, and unique enough for one user's shortlist. */
function newCreatorId(random: () => number = Math.random): string {
  return `c-${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;
}

/**
 * Links accounts as one creator: they all take the creator id one of them already has (the first
 * found), else a new one. Linking an account already linked elsewhere moves it, and only it.
 */
export function linkEntries(list: Shortlist, keys: readonly string[], now: Date, makeId: () => string = newCreatorId): ChangeResult {
  const wanted = new Set(keys);
  const members = list.entries.filter((e) => wanted.has(entryKey(e)));
  if (members.length < 2 || members.length !== wanted.size) return { ok: false, error: members.length < wanted.size ? 'not-found' : 'invalid', detail: 'link needs two or more shortlisted accounts' };
  const id = members.find((e) => e.creator)?.creator ?? makeId();
  const at = now.toISOString();
  const changed: ShortlistEntry[] = [];
  const entries = list.entries.map((e) => {
    if (!wanted.has(entryKey(e)) || e.creator === id) return e;
    const next = { ...e, creator: id, updatedAt: at };
    changed.push(next);
    return next;
  });
  return { ok: true, list: { entries }, changed };
}

/** Takes an account out of its creator; a creator left with one account is dissolved. */
export function unlinkEntry(list: Shortlist, key: string, now: Date): ChangeResult {
  const held = list.entries.find((e) => entryKey(e) === key);
  if (!held) return { ok: false, error: 'not-found' };
  if (!held.creator) return { ok: true, list, changed: [] };
  const id = held.creator;
  const rest = list.entries.filter((e) => e !== held && e.creator === id);
  const drop = new Set<ShortlistEntry>([held, ...(rest.length === 1 ? rest : [])]);
  const at = now.toISOString();
  const changed: ShortlistEntry[] = [];
  const entries = list.entries.map((e) => {
    if (!drop.has(e)) return e;
    const { creator: _gone, ...next } = e;
    const updated = { ...next, updatedAt: at };
    changed.push(updated);
    return updated;
  });
  return { ok: true, list: { entries }, changed };
}
