/** Campaign fields, creator links, link suggestions and the cross-platform consistency check (pure). */
import { describe, expect, it } from 'vitest';
import { campaignOf, linkEntries, setCampaign, unlinkEntry } from '../../../lib/storage/campaign';
import { consistencyCheck, creatorGroups, linkedTo, suggestLinks } from '../../../lib/creators';
import type { Shortlist, ShortlistEntry, Summary } from '../../../lib/storage/schema';
import { entryKey } from '../../../lib/storage/shortlist';

const at = '2025-03-01T10:00:00.000Z';
const now = new Date('2025-03-02T10:00:00.000Z');
function entry(platform: ShortlistEntry['platform'], handle: string, more: Partial<ShortlistEntry> = {}, summary?: Partial<Summary>): ShortlistEntry {
  const e: ShortlistEntry = { platform, handle, note: '', tags: [], addedAt: at, updatedAt: at, ...more };
  if (summary) e.summary = { checkedAt: at, engagement: [], signals: [], risk: 0, postsUsed: 12, ...summary };
  return e;
}
const list = (...entries: ShortlistEntry[]): Shortlist => ({ entries });

describe('campaign', () => {
  it('an entry without campaign fields reads as "to contact"', () => {
    expect(campaignOf(entry('x', 'a'))).toEqual({ status: 'to-contact', deliverables: '' });
  });

  it('sets status, rate, deliverables and dates; refuses a bad currency, a reversed range and an unknown account', () => {
    const l = list(entry('x', 'a'));
    const ok = setCampaign(l, 'x', 'a', { status: 'booked', rate: { amount: 1500, currency: 'EUR' }, deliverables: '2 posts', start: '2025-04-01', end: '2025-04-10' }, now);
    expect(ok.ok && ok.list.entries[0].campaign).toEqual({ status: 'booked', rate: { amount: 1500, currency: 'EUR' }, deliverables: '2 posts', start: '2025-04-01', end: '2025-04-10' });
    expect(ok.ok && ok.list.entries[0].updatedAt).toBe(now.toISOString());
    expect(setCampaign(l, 'x', 'a', { status: 'booked', rate: { amount: 1, currency: 'euro' }, deliverables: '' }, now).ok).toBe(false);
    expect(setCampaign(l, 'x', 'a', { status: 'booked', deliverables: '', start: '2025-04-10', end: '2025-04-01' }, now)).toMatchObject({ ok: false, error: 'invalid' });
    expect(setCampaign(l, 'x', 'b', { status: 'booked', deliverables: '' }, now)).toMatchObject({ ok: false, error: 'not-found' });
  });
});

describe('creator links', () => {
  const l = list(entry('instagram', 'mia'), entry('tiktok', 'mia.cocina'), entry('youtube', 'other'));
  it('links accounts under one id, joins an existing creator, and unlinks (a creator of one is dissolved)', () => {
    const linked = linkEntries(l, ['instagram:mia', 'tiktok:mia.cocina'], now, () => 'c-test');
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    expect(linked.list.entries.map((e) => e.creator)).toEqual(['c-test', 'c-test', undefined]);
    expect(creatorGroups(linked.list.entries)).toHaveLength(1);
    const three = linkEntries(linked.list, ['youtube:other', 'tiktok:mia.cocina'], now, () => 'c-new');
    expect(three.ok && three.list.entries.map((e) => e.creator)).toEqual(['c-test', 'c-test', 'c-test']);
    expect(three.ok && linkedTo(three.list.entries, three.list.entries[0]).map(entryKey)).toEqual(['tiktok:mia.cocina', 'youtube:other']);
    const un = unlinkEntry(linked.list, 'instagram:mia', now);
    expect(un.ok && un.list.entries.map((e) => e.creator)).toEqual([undefined, undefined, undefined]);
    expect(linkEntries(l, ['instagram:mia'], now).ok).toBe(false);
    expect(linkEntries(l, ['instagram:mia', 'x:nobody'], now)).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('suggests the same handle or name on another platform, never the same platform or an existing link', () => {
    const entries = [
      entry('instagram', 'mia_cocina', { name: 'Mía Cocina ✨' }),
      entry('tiktok', 'mia.cocina'),
      entry('youtube', 'miakitchen', { name: 'mia cocina' }),
      entry('instagram', 'miacocina'),
      entry('x', 'ana', { name: 'Ana' }),
      entry('bluesky', 'ana2', { name: 'Ana' }),
    ];
    expect(suggestLinks(entries)).toEqual([
      { keys: ['instagram:mia_cocina', 'tiktok:mia.cocina'], reason: 'handle' },
      { keys: ['instagram:mia_cocina', 'youtube:miakitchen'], reason: 'name' },
      { keys: ['tiktok:mia.cocina', 'instagram:miacocina'], reason: 'handle' },
    ]);
    const linked = entries.map((e, i) => (i < 2 ? { ...e, creator: 'c-1' } : e));
    expect(suggestLinks(linked).map((s) => s.keys.join('+'))).not.toContain('instagram:mia_cocina+tiktok:mia.cocina');
  });
});

describe('link suggestions from bio links', () => {
  const bio = (bioLink: string) => ({ bioLink });
  it('suggests accounts whose bio links point to the same address (host and path, normalised) or to each other', () => {
    const entries = [
      entry('instagram', 'cocina_de_mia', {}, bio('https://www.MiaCocina.com/Shop/?utm_source=ig')),
      entry('youtube', 'ucmia', {}, bio('http://miacocina.com/shop')),
      entry('tiktok', 'recetas.rapidas', {}, bio('https://www.instagram.com/cocina_de_mia/')),
      entry('x', 'chef_m', {}, bio('https://miacocina.com/blog')),
    ];
    expect(suggestLinks(entries)).toEqual([
      { keys: ['instagram:cocina_de_mia', 'youtube:ucmia'], reason: 'link' },
      { keys: ['instagram:cocina_de_mia', 'tiktok:recetas.rapidas'], reason: 'link' },
    ]);
  });

  it('a link page or shortener matches only with the same path; the handle and name reasons come first', () => {
    const entries = [
      entry('instagram', 'ana_a', {}, bio('https://linktr.ee/ana_a')),
      entry('tiktok', 'bruno_b', {}, bio('https://linktr.ee/bruno_b')),
      entry('bluesky', 'carla.bsky.social', {}, bio('https://linktr.ee/ana_a/')),
      entry('x', 'ana_a', {}, bio('https://linktr.ee/ana_a')),
    ];
    expect(suggestLinks(entries)).toEqual([
      { keys: ['instagram:ana_a', 'bluesky:carla.bsky.social'], reason: 'link' },
      { keys: ['instagram:ana_a', 'x:ana_a'], reason: 'handle' },
      { keys: ['bluesky:carla.bsky.social', 'x:ana_a'], reason: 'link' },
    ]);
  });

  it('a profile linking to its own platform\'s other account, or no link, suggests nothing', () => {
    expect(suggestLinks([entry('instagram', 'a1', {}, bio('https://example.com/')), entry('tiktok', 'b2', {}, {})])).toEqual([]);
    expect(suggestLinks([entry('instagram', 'a1', {}, bio('https://example.com/')), entry('instagram', 'b2', {}, bio('https://example.com'))])).toEqual([]);
  });
});

describe('consistency check', () => {
  it('500k Instagram followers but 2k-view YouTube videos: the numbers, and the grade gap', () => {
    const ig = entry('instagram', 'big', {}, { followers: { value: 500_000 }, grade: { letter: 'A', score: 88, confidence: 'medium' } });
    const yt = entry('youtube', 'big', {}, { followers: { value: 40_000 }, reach: 0.05, grade: { letter: 'D', score: 45, confidence: 'low' } });
    const findings = consistencyCheck([ig, yt]);
    expect(findings).toContainEqual({ kind: 'views-vs-followers', big: 'instagram:big', video: 'youtube:big', followers: 500_000, medianViews: 2000, ratio: 0.004 });
    expect(findings).toContainEqual({ kind: 'grades-differ', good: 'instagram:big', poor: 'youtube:big', goodLetter: 'A', poorLetter: 'D' });
    expect(findings.some((f) => f.kind === 'followers-gap')).toBe(false); // 12.5x apart: ordinary
  });

  it('finds nothing in consistent accounts, or without numbers', () => {
    const ig = entry('instagram', 'a', {}, { followers: { value: 50_000 } });
    const tt = entry('tiktok', 'a', {}, { followers: { value: 30_000 }, reach: 0.4 });
    expect(consistencyCheck([ig, tt])).toEqual([]);
    expect(consistencyCheck([entry('x', 'a'), entry('tiktok', 'a')])).toEqual([]);
  });

  it('notes follower counts 50 times apart', () => {
    const f = consistencyCheck([entry('instagram', 'a', {}, { followers: { value: 600_000 } }), entry('x', 'a', {}, { followers: { value: 10_000 } })]);
    expect(f).toEqual([{ kind: 'followers-gap', big: 'instagram:a', small: 'x:a', followersBig: 600_000, followersSmall: 10_000, ratio: 60 }]);
  });
});

describe('shortlist page: campaign filter and sort', async () => {
  const { filterEntries, sortEntries, NO_FILTERS } = await import('../../../components/vetting/shortlist-view');
  const v = (e: ShortlistEntry) => ({ ...e, key: entryKey(e), sync: 'off' as const });
  const a = v(entry('x', 'a', { campaign: { status: 'booked', deliverables: '1 post', rate: { amount: 900, currency: 'EUR' }, start: '2025-05-01' } }));
  const b = v(entry('x', 'b', { campaign: { status: 'contacted', deliverables: '', rate: { amount: 1500, currency: 'EUR' } } }));
  const c = v(entry('x', 'c'));
  it('filters by status (no campaign = to contact) and finds deliverables by text', () => {
    expect(filterEntries([a, b, c], { ...NO_FILTERS, status: 'to-contact' }).map((e) => e.handle)).toEqual(['c']);
    expect(filterEntries([a, b, c], { ...NO_FILTERS, text: '1 post' }).map((e) => e.handle)).toEqual(['a']);
  });
  it('sorts by status in workflow order, by rate within a currency, by start date (missing last)', () => {
    expect(sortEntries([a, b, c], { key: 'status', dir: 'asc' }).map((e) => e.handle)).toEqual(['c', 'b', 'a']);
    expect(sortEntries([a, b, c], { key: 'rate', dir: 'desc' }).map((e) => e.handle)).toEqual(['b', 'a', 'c']);
    expect(sortEntries([a, b, c], { key: 'start', dir: 'asc' }).map((e) => e.handle)).toEqual(['a', 'b', 'c']);
  });
});

describe('sync carries the campaign and the creator link', async () => {
  const { reconcile, toSyncEntry } = await import('../../../lib/storage/sync');
  it('the newer side wins: a status set in another browser arrives, and so does an unlink', () => {
    const here = entry('x', 'a', { campaign: { status: 'to-contact', deliverables: '' }, creator: 'c-1' });
    const there = { ...toSyncEntry(here), campaign: { status: 'booked' as const, deliverables: '2 posts' }, updatedAt: '2025-03-05T10:00:00.000Z' };
    delete (there as { creator?: string }).creator;
    const r = reconcile(list(here), { entries: new Map([['x:a', there]]), removals: { keys: [] }, invalid: [] });
    expect(r.list.entries[0].campaign).toEqual({ status: 'booked', deliverables: '2 posts' });
    expect(r.list.entries[0].creator).toBeUndefined();
    expect(toSyncEntry({ ...here, summary: undefined })).toMatchObject({ campaign: here.campaign, creator: 'c-1' });
  });
});
