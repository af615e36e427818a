// The audience sample as a scoring signal: a large fake-looking share lowers the grade and flags the
// account; a small or clean sample says nothing (issue 15, "Use it").
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../../lib/score';
import type { AudienceEntry, Snapshot } from '../../../lib/snapshot';
import { english } from '../../../lib/words-en';

function creator(entries?: AudienceEntry[]): Snapshot {
  const posts = Array.from({ length: 12 }, (_, i) => ({
    id: `p${i}`,
    likes: { value: 360 + i * 5, exact: true, source: 'text' as const, raw: '', min: 360 + i * 5, max: 360 + i * 5 },
    comments: { value: 14, exact: true, source: 'text' as const, raw: '', min: 14, max: 14 },
  }));
  const n = (value: number) => ({ value, exact: true, source: 'text' as const, raw: String(value), min: value, max: value });
  return {
    platform: 'instagram',
    url: 'https://www.instagram.com/lena.travels/',
    page: 'profile',
    capturedAt: '2026-12-01T10:00:00Z',
    profile: { handle: 'lena.travels', followers: n(12_000), following: n(400), posts: n(300) },
    posts,
    ...(entries ? { audience: { source: 'followers-list' as const, seen: entries.length, entries } } : {}),
  };
}

const real = (i: number): AudienceEntry => ({ handle: `maria.garden${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0) % 26)}`, name: 'Maria', hasPicture: true });
const fake = (i: number): AudienceEntry => ({ handle: `user${83920174 + i * 7919}`, hasPicture: false });

describe('audience sample signal', () => {
  it('raises nothing without a sample, or on a clean one', () => {
    expect(analyzeSnapshot(creator()).signals.find((s) => s.id === 'audience-fake-share')).toBeUndefined();
    const clean = analyzeSnapshot(creator(Array.from({ length: 300 }, (_, i) => real(i))));
    expect(clean.signals.find((s) => s.id === 'audience-fake-share')).toBeUndefined();
  });

  it('flags a sample where most followers look fake, with its numbers, and lowers the score', () => {
    const base = analyzeSnapshot(creator(Array.from({ length: 300 }, (_, i) => real(i))));
    const bought = analyzeSnapshot(creator(Array.from({ length: 300 }, (_, i) => (i % 10 < 7 ? fake(i) : real(i)))));
    const s = bought.signals.find((x) => x.id === 'audience-fake-share');
    expect(s?.severity).toBe('alert');
    expect(s?.evidence.find((e) => english(e.label) === 'Followers seen in the list')?.value).toBe(300);
    expect(bought.flagged).toBe(true);
    expect(bought.grade!.score).toBeLessThan(base.grade!.score);
    expect(['A', 'B']).not.toContain(bought.grade!.letter);
  });

  it('says nothing on a handful of followers, however fake they look', () => {
    const few = analyzeSnapshot(creator(Array.from({ length: 20 }, (_, i) => fake(i))));
    expect(few.signals.find((s) => s.id === 'audience-fake-share')).toBeUndefined();
  });
});
