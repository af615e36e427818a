/**
 * The comments kept for naming pods (lib/storage/evidence.ts): recorded from post pages, bounded in
 * count and size, deleted with "Delete all", exported with everything, corrupt data set aside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationFrom, type PostObservation } from '../../../lib/evidence/pods';
import { boundEvidence, EVIDENCE_BYTES_MAX, EvidenceStoreSchema, OBSERVATIONS_MAX, POSTS_PER_ACCOUNT, recordObservation, salvageEvidence } from '../../../lib/storage/evidence';
import { jsonBytes } from '../../../lib/storage/quarantine';
import type { Snapshot } from '../../../lib/snapshot';
import { count, dump, makeStore, quarantined, recordingAnalyze, seed } from './support';
import { silence } from './quiet';

silence();

function postPage(handle: string, id: string, commenters: [string, string][], at = '2025-03-10T12:00:00.000Z'): Snapshot {
  return {
    platform: 'instagram',
    url: `https://www.instagram.com/p/${id}/`,
    page: 'post',
    capturedAt: at,
    profile: { handle, followers: count(20_000) },
    posts: [{ id, likes: count(400), comments: count(commenters.length) }],
    comments: commenters.map(([author, text]) => ({ author, text, post: 0 })),
  };
}

const obs = (handle: string, post: string, at: string, n = 3): PostObservation => ({
  platform: 'instagram', handle, post, at, commenters: Array.from({ length: n }, (_, i) => ({ a: `u${i}`, p: i, g: i % 2 === 0, x: 'nice pic' })),
});

describe('evidence storage', () => {
  it('records a post page\'s commenters, reads them back per account, and "Delete all" removes them', async () => {
    await seed();
    const store = makeStore();
    const { analyze } = recordingAnalyze();
    await store.pageReport(postPage('anna', 'A1', [['podA', 'nice pic'], ['fan', 'Where is this beach?']]), analyze);
    await store.pageReport(postPage('anna', 'A2', [['podA', '🔥🔥']]), analyze);
    await store.pageReport(postPage('bob', 'B1', [['podA', 'love it']]), analyze);
    const anna = await store.evidenceFor('instagram', 'Anna');
    expect(anna.map((o) => o.post).sort()).toEqual(['A1', 'A2']);
    expect(anna.find((o) => o.post === 'A1')!.commenters).toEqual([
      { a: 'podA', p: 0, g: true, x: 'nice pic' },
      { a: 'fan', p: 1, g: false, x: 'Where is this beach?' },
    ]);
    const file = await store.exportData('all');
    expect(file.evidence).toHaveLength(3);
    expect((await store.exportData('shortlist')).evidence).toBeUndefined();
    await store.deleteAll();
    const left = await dump();
    expect(Object.keys(left).filter((k) => k.startsWith('evidence'))).toEqual([]);
    expect(await store.evidenceFor('instagram', 'anna')).toEqual([]);
  });

  it('a profile page (no comments) writes nothing to it', async () => {
    await seed();
    const store = makeStore();
    await store.pageReport({ ...postPage('anna', 'A1', []), page: 'profile' }, recordingAnalyze().analyze);
    expect((await dump()).evidence).toBeUndefined();
  });

  it('corrupt evidence is set aside whole and its valid observations kept', async () => {
    const good = obs('anna', 'A1', '2025-03-09T00:00:00.000Z');
    const bad = { observations: [good, { platform: 'myspace', handle: 'x' }, 'junk'] };
    await seed({ local: { evidence: bad, 'evidence$': { v: 1 } } });
    const store = makeStore();
    expect(await store.evidenceFor('instagram', 'anna')).toEqual([good]);
    const aside = await quarantined();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'evidence', area: 'local' });
    expect(aside[0].value).toEqual(bad);
  });

  it('keeps the newest posts per account and in all, and drops those older than the retention', () => {
    let store = { observations: [] as PostObservation[] };
    const now = new Date('2025-03-10T00:00:00Z');
    for (let i = 0; i < POSTS_PER_ACCOUNT + 5; i++) store = recordObservation(store, obs('anna', `p${i}`, new Date(now.getTime() - (100 - i) * 60_000).toISOString()), now);
    expect(store.observations).toHaveLength(POSTS_PER_ACCOUNT);
    expect(store.observations[0].post).toBe('p5');
    const aged = boundEvidence({ observations: [obs('a', '1', '2024-01-01T00:00:00Z'), obs('a', '2', '2025-03-01T00:00:00Z')] }, now, { days: 30 });
    expect(aged.observations.map((o) => o.post)).toEqual(['2']);
    // Opening a post again replaces its observation.
    const again = recordObservation(store, { ...obs('anna', 'p10', now.toISOString(), 1) }, now);
    expect(again.observations.filter((o) => o.post === 'p10')).toHaveLength(1);
  });
});

describe('captions and comments are never stored unbounded (property)', () => {
  const text = fc.string({ unit: 'binary', maxLength: 3000 });
  it('any post page\'s comments become an observation within the schema\'s bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 200 }), text), { maxLength: 200 }), text, (comments, caption) => {
        const snap = postPage('anna', 'P', comments.map(([a, t]) => [a, t.slice(0, 1000)]));
        snap.posts[0].caption = caption.slice(0, 500);
        const o = observationFrom(snap, '2025-03-10T00:00:00.000Z');
        if (!o) return;
        // No caption is kept; each comment at most 60 characters; at most 40 commenters.
        expect(JSON.stringify(o)).not.toContain(caption.length > 80 ? caption : '\u0000never');
        expect(o.commenters.length).toBeLessThanOrEqual(40);
        for (const c of o.commenters) expect((c.x ?? '').length).toBeLessThanOrEqual(60);
        expect(EvidenceStoreSchema.safeParse({ observations: [o] }).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('however many observations are recorded, the store stays within its count and byte bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 600 }),
        (items) => {
          let store = { observations: [] as PostObservation[] };
          const now = new Date('2025-03-10T00:00:00Z');
          items.forEach(([h, p, n], i) => {
            store = recordObservation(store, obs(h, `p${p}`, new Date(now.getTime() - (items.length - i) * 1000).toISOString(), n), now);
          });
          expect(store.observations.length).toBeLessThanOrEqual(Math.min(OBSERVATIONS_MAX, 4 * POSTS_PER_ACCOUNT));
          expect(jsonBytes(store)).toBeLessThanOrEqual(EVIDENCE_BYTES_MAX);
          expect(EvidenceStoreSchema.safeParse(store).success).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('salvage never throws and never returns more than the bounds', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const kept = salvageEvidence(raw);
        expect(EvidenceStoreSchema.safeParse(kept).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
