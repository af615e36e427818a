/**
 * The evidence readers of Threads, Facebook and LinkedIn (lib/sites/<site>/extras.ts) on their
 * fixtures, through the adapter as the content script runs it (lib/sites/read.ts folds
 * `adapter.extras` in): the caption, the platform's own label and the top-level comments, judged by
 * the evidence sections. The same shapes and comment set as tests/unit/evidence/sites.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { evidenceReport } from '../../../lib/evidence';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import type { SiteAdapter } from '../../../lib/sites/common';
import { readWith } from '../../../lib/sites/read';
import { threads } from '../../../lib/sites/threads';
import { REPO_ROOT } from '../../support/shared';

export function readFixture(adapter: SiteAdapter, file: string, url: string, edit: (h: string) => string = (h) => h): Snapshot {
  const doc = parseHTML(edit(readFileSync(resolve(REPO_ROOT, 'tests/fixtures', file), 'utf8'))).document as unknown as Document;
  const reading = readWith(adapter, doc, url);
  expect(reading.status, file).toBe('ok');
  const snap = (reading as { snapshot: Snapshot }).snapshot;
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap;
}

const SITES = [
  {
    name: 'threads',
    adapter: threads,
    undisclosed: 'threads/evidence-post-undisclosed.html',
    disclosed: 'threads/evidence-post-label.html',
    url: 'https://www.threads.com/@lena_travels/post/DGlow000001',
    label: 'Paid partnership with glowlab',
    brands: ['glowlab'],
  },
] as const;

describe.each(SITES)('$name evidence reader', (site) => {
  it('a discount code and an affiliate link without disclosure raise the flag, quoted', () => {
    const s = readFixture(site.adapter, site.undisclosed, site.url);
    expect(s.posts[0].caption).toBe('My 5-step morning routine with the new Glow Serum from @glowlab ✨ Use code LENA15 for 15% off, link in bio: liketk.it/4glow');
    expect(s.posts[0].sponsorship).toBeUndefined();
    const r = evidenceReport(s, null).sponsored;
    expect(r.undisclosed).toHaveLength(1);
    expect(r.undisclosed[0].evidence).toEqual(expect.arrayContaining(['code LENA15', '15% off', 'liketk.it/4glow']));
    expect(r.rules.join(' ')).toMatch(/FTC.*ASA/);
  });

  it('with the platform\'s label it is disclosed, not flagged', () => {
    const s = readFixture(site.adapter, site.disclosed, site.url);
    expect(s.posts[0].sponsorship).toMatchObject({ disclosed: true, label: site.label, brands: site.brands });
    expect(s.posts[0].caption).toMatch(/^My 5-step morning routine/);
    const r = evidenceReport(s, null).sponsored;
    expect(r.undisclosed).toEqual([]);
    expect(r.disclosed).toHaveLength(1);
  });

  it('reads the top-level comments in order (no replies, not the author\'s own) and judges them', () => {
    const s = readFixture(site.adapter, site.undisclosed, site.url);
    expect(s.comments).toHaveLength(9);
    expect(s.comments!.every((c) => c.post === 0)).toBe(true);
    expect(s.comments![0]).toMatchObject({ text: 'nice pic 🔥' });
    expect(s.comments![8]).toMatchObject({ text: 'Is this sponsored? You never say' });
    expect(s.comments!.some((c) => c.text === 'thank you!!' || c.text === 'Part two tomorrow!')).toBe(false);
    const q = evidenceReport(s, null).comments!;
    expect(q.generic.count).toBe(3);
    expect(q.duplicates.count).toBe(1);
    expect(q.unrelatedLanguage.count).toBe(1);
    expect(q.verdict).toBe('elevated');
  });
});
