/** Sorting, filtering and the comparison link of the shortlist page (components/vetting/shortlist-view.ts). */
import { describe, expect, it } from 'vitest';
import { compareHash, compareKeysFromHash, filterEntries, NO_FILTERS, sortEntries, tagsIn } from '../../../components/vetting/shortlist-view';
import type { ShortlistEntry, Summary } from '../../../lib/storage/schema';
import type { EntryView } from '../../../lib/storage/store';

const summary = (score: number | null, followers: number, rate: number, flags: number, checkedAt: string): Summary => ({
  checkedAt,
  followers: { value: followers },
  ...(score === null ? {} : { grade: { letter: score >= 70 ? 'B' : 'D', score, confidence: 'medium' } }),
  engagement: [{ basis: 'followers', value: rate, min: rate, max: rate, postsUsed: 12 }],
  signals: Array.from({ length: flags }, (_, i) => ({ id: `s${i}`, severity: 'warning' as const, title: `flag ${i}`, points: 5 })),
  risk: 0,
  postsUsed: 12,
});
const e = (handle: string, o: Partial<ShortlistEntry> = {}): EntryView => ({
  platform: 'instagram', handle, note: '', tags: [], addedAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', ...o, key: `${o.platform ?? 'instagram'}:${handle}`, sync: 'synced',
});

const list = [
  e('alpha', { summary: summary(80, 5000, 0.03, 0, '2025-03-01T00:00:00Z'), tags: ['food'], addedAt: '2025-01-03T00:00:00Z' }),
  e('bravo', { platform: 'x', summary: summary(40, 90000, 0.001, 2, '2025-03-05T00:00:00Z'), note: 'Asked for rates', addedAt: '2025-01-01T00:00:00Z' }),
  e('charlie', { summary: summary(null, 120, 0.2, 0, '2025-02-01T00:00:00Z'), tags: ['food', 'travel'], addedAt: '2025-01-02T00:00:00Z' }),
  e('delta'), // not checked in this browser
];
const handles = (l: EntryView[]) => l.map((x) => x.handle);

describe('sorting', () => {
  it('by grade, engagement, followers, flags, last checked, account: either way, unknown values last', () => {
    expect(handles(sortEntries(list, { key: 'grade', dir: 'desc' }))).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(handles(sortEntries(list, { key: 'grade', dir: 'asc' }))).toEqual(['bravo', 'alpha', 'charlie', 'delta']);
    expect(handles(sortEntries(list, { key: 'engagement', dir: 'desc' }))).toEqual(['charlie', 'alpha', 'bravo', 'delta']);
    expect(handles(sortEntries(list, { key: 'followers', dir: 'asc' }))).toEqual(['charlie', 'alpha', 'bravo', 'delta']);
    expect(handles(sortEntries(list, { key: 'flags', dir: 'desc' }))).toEqual(['bravo', 'alpha', 'charlie', 'delta']);
    expect(handles(sortEntries(list, { key: 'checked', dir: 'desc' }))).toEqual(['bravo', 'alpha', 'charlie', 'delta']);
    expect(handles(sortEntries(list, { key: 'account', dir: 'desc' }))).toEqual(['delta', 'charlie', 'bravo', 'alpha']);
    expect(handles(sortEntries(list, { key: 'added', dir: 'asc' }))).toEqual(['bravo', 'delta', 'charlie', 'alpha']); // a tie keeps list order
  });
});

describe('filtering', () => {
  it('by text (handle, name, note, tags), site, tag, grade, flags', () => {
    expect(handles(filterEntries(list, { ...NO_FILTERS, text: 'rates' }))).toEqual(['bravo']);
    expect(handles(filterEntries(list, { ...NO_FILTERS, text: 'FOOD char' }))).toEqual(['charlie']);
    expect(handles(filterEntries(list, { ...NO_FILTERS, platform: 'x' }))).toEqual(['bravo']);
    expect(handles(filterEntries(list, { ...NO_FILTERS, tag: 'food' }))).toEqual(['alpha', 'charlie']);
    expect(handles(filterEntries(list, { ...NO_FILTERS, grade: 'D' }))).toEqual(['bravo']);
    expect(handles(filterEntries(list, { ...NO_FILTERS, grade: 'ungraded' }))).toEqual(['charlie', 'delta']);
    expect(handles(filterEntries(list, { ...NO_FILTERS, flaggedOnly: true }))).toEqual(['bravo']);
    expect(tagsIn(list)).toEqual(['food', 'travel']);
  });
});

describe('the comparison link', () => {
  it('round-trips keys, drops unknown ones and duplicates, and caps at six', () => {
    const known = new Set(list.map((x) => x.key).concat(['x:1', 'x:2', 'x:3', 'x:4']));
    expect(compareKeysFromHash(compareHash(['instagram:alpha', 'x:bravo']), known, 6)).toEqual(['instagram:alpha', 'x:bravo']);
    expect(compareKeysFromHash('#compare=instagram%3Aalpha,nope,instagram%3Aalpha', known, 6)).toEqual(['instagram:alpha']);
    expect(compareKeysFromHash(compareHash([...known]), known, 6)).toHaveLength(6);
    expect(compareKeysFromHash('#compare=%E0%A4%A', known, 6)).toEqual([]);
    expect(compareKeysFromHash('#other', known, 6)).toEqual([]);
  });
});
