/**
 * The evidence readers of Instagram, TikTok, X and Bluesky (lib/sites/<site>/extras.ts) on their
 * fixtures: each site's adapter reads the counts, its reader the caption, the platform's own label
 * and the comments, and the evidence sections judge them. The lead wires the readers into the
 * adapters with lib/sites/extras.ts's `withExtras`; until then this test does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { evidenceReport } from '../../../lib/evidence';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import type { SiteAdapter } from '../../../lib/sites/common';
import { withExtras, type ExtrasReader } from '../../../lib/sites/extras';
import { bluesky } from '../../../lib/sites/bluesky';
import { readExtras as blueskyExtras } from '../../../lib/sites/bluesky/extras';
import { instagram } from '../../../lib/sites/instagram';
import { readExtras as instagramExtras } from '../../../lib/sites/instagram/extras';
import { tiktok } from '../../../lib/sites/tiktok';
import { readExtras as tiktokExtras } from '../../../lib/sites/tiktok/extras';
import { x } from '../../../lib/sites/x';
import { readExtras as xExtras } from '../../../lib/sites/x/extras';
import { REPO_ROOT } from '../../support/shared';
import { english } from '../../../lib/words-en';

function read(adapter: SiteAdapter, extras: ExtrasReader, file: string, url: string): Snapshot {
  const doc = parseHTML(readFileSync(resolve(REPO_ROOT, 'tests/fixtures', file), 'utf8')).document as unknown as Document;
  const snap = adapter.read(doc, url);
  expect(snap, file).not.toBeNull();
  const full = withExtras(snap!, extras(doc, snap!));
  expect(SnapshotSchema.safeParse(full).success).toBe(true);
  return full;
}

const SITES = [
  { name: 'instagram', adapter: instagram, extras: instagramExtras, undisclosed: 'instagram/evidence-post-undisclosed.html', disclosed: 'instagram/evidence-post-label.html', url: 'https://www.instagram.com/p/C8glowAAAAA/', label: 'Paid partnership with glowlab', comments: 9 },
  { name: 'tiktok', adapter: tiktok, extras: tiktokExtras, undisclosed: 'tiktok/evidence-video-undisclosed.html', disclosed: 'tiktok/evidence-video-disclosed.html', url: 'https://www.tiktok.com/@lena.travels/video/7430000000000000001', label: 'Paid partnership', comments: 9 },
  { name: 'x', adapter: x, extras: xExtras, undisclosed: 'x/evidence-post-undisclosed.html', disclosed: 'x/evidence-post-label.html', url: 'https://x.com/lena_travels/status/1858000000000000001', label: 'Paid partnership', comments: 9 },
  { name: 'bluesky', adapter: bluesky, extras: blueskyExtras, undisclosed: 'bluesky/evidence-thread-undisclosed.html', disclosed: 'bluesky/evidence-thread-disclosed.html', url: 'https://bsky.app/profile/lena.bsky.social/post/3lglow0000000a', label: undefined, comments: 9 },
] as const;

describe.each(SITES)('$name evidence reader', (site) => {
  it('a discount code and an affiliate link without disclosure raise the flag, quoted', () => {
    const s = read(site.adapter, site.extras, site.undisclosed, site.url);
    expect(s.posts[0].caption).toContain('Use code LENA15');
    expect(s.posts[0].sponsorship).toBeUndefined();
    const r = evidenceReport(s, null).sponsored;
    expect(r.undisclosed).toHaveLength(1);
    expect(r.undisclosed[0].evidence).toEqual(expect.arrayContaining(['code LENA15', '15% off', 'liketk.it/4glow']));
    expect(r.rules.map(english).join(' ')).toMatch(/FTC.*ASA/);
  });

  it('with the platform\'s label (or #ad where there is none) it is disclosed, not flagged', () => {
    const s = read(site.adapter, site.extras, site.disclosed, site.url);
    if (site.label) expect(s.posts[0].sponsorship).toMatchObject({ disclosed: true, label: site.label });
    const r = evidenceReport(s, null).sponsored;
    expect(r.undisclosed).toEqual([]);
    expect(r.disclosed).toHaveLength(1);
  });

  it('reads the top-level comments (no replies, not the author\'s own) and judges them', () => {
    const s = read(site.adapter, site.extras, site.undisclosed, site.url);
    expect(s.comments).toHaveLength(site.comments);
    expect(s.comments!.every((c) => c.post === 0)).toBe(true);
    expect(s.comments!.some((c) => c.text === 'thank you!!' || c.text.startsWith('(thread)') || c.text === 'Part two tomorrow!')).toBe(false);
    const q = evidenceReport(s, null).comments!;
    expect(q.generic.count).toBe(3);
    expect(q.duplicates.count).toBe(1);
    expect(q.unrelatedLanguage.count).toBe(1);
    expect(q.verdict).toBe('elevated');
  });
});

describe('withExtras bounds whatever a reader returns', () => {
  it('captions to 500 characters, comments to 300 and 100 of them, comments of posts not on the page dropped', () => {
    const base = read(x, () => ({}), 'x/evidence-post-undisclosed.html', 'https://x.com/lena_travels/status/1858000000000000001');
    const s = withExtras(base, {
      posts: [{ caption: 'y'.repeat(5000) }],
      comments: [...Array.from({ length: 400 }, (_, i) => ({ post: 0, author: `a${i}`, text: 'z'.repeat(5000) })), { post: 7, author: 'b', text: 'elsewhere' }],
    });
    expect(s.posts[0].caption).toHaveLength(500);
    expect(s.comments).toHaveLength(100);
    expect(Math.max(...s.comments!.map((c) => c.text.length))).toBe(300);
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
  });
});
