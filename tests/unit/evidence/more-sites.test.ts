/**
 * The evidence readers of Threads, Facebook and LinkedIn (lib/sites/<site>/extras.ts) on their
 * fixtures, through the adapter as the content script runs it (lib/sites/read.ts folds
 * `adapter.extras` in): the caption, the platform's own label and the top-level comments, judged by
 * the evidence sections. The same shapes and comment set as tests/unit/evidence/sites.test.ts.
 */
import { english } from '../../../lib/words-en';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { evidenceReport } from '../../../lib/evidence';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import type { SiteAdapter } from '../../../lib/sites/common';
import { readWith } from '../../../lib/sites/read';
import { facebook } from '../../../lib/sites/facebook';
import { linkedin } from '../../../lib/sites/linkedin';
import { twitch } from '../../../lib/sites/twitch';
import { threads } from '../../../lib/sites/threads';
import { hasRealPages, REAL_PAGES_DIR, REPO_ROOT } from '../../support/shared';

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
    undisclosed: 'threads/evidence-replies-undisclosed.html',
    disclosed: 'threads/evidence-replies-label.html',
    url: 'https://www.threads.com/@lena_travels/post/DGlow000001',
    label: 'Paid partnership with glowlab',
    brands: ['glowlab'],
    first: 'podpal_anna',
  },
  {
    name: 'facebook',
    adapter: facebook,
    undisclosed: 'facebook/evidence-comments-undisclosed.html',
    disclosed: 'facebook/evidence-comments-label.html',
    url: 'https://www.facebook.com/lenatravels/posts/pfbid0Glow1Post2xx',
    label: 'Paid partnership',
    brands: [],
    first: 'Anna P',
  },
  {
    name: 'linkedin',
    adapter: linkedin,
    undisclosed: 'linkedin/evidence-update-undisclosed.html',
    disclosed: 'linkedin/evidence-update-label.html',
    url: 'https://www.linkedin.com/posts/lena-travels_morning-routine-activity-7260000000000000001-Ab3x',
    label: 'Brand partnership',
    brands: [],
    first: 'podpal-anna',
  },
] as const;

describe.each(SITES)('$name evidence reader', (site) => {
  it('a discount code and an affiliate link without disclosure raise the flag, quoted', () => {
    const s = readFixture(site.adapter, site.undisclosed, site.url);
    expect(s.posts[0].caption).toMatch(/^My 5-step morning routine with the new Glow Serum from (@glowlab|Glow Lab) ✨ Use code LENA15 for 15% off, link in bio: liketk.it\/4glow$/);
    expect(s.posts[0].sponsorship).toBeUndefined();
    const r = evidenceReport(s, null).sponsored;
    expect(r.undisclosed).toHaveLength(1);
    expect(r.undisclosed[0].evidence).toEqual(expect.arrayContaining(['code LENA15', '15% off', 'liketk.it/4glow']));
    expect(r.rules.map(english).join(' ')).toMatch(/FTC.*ASA/);
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
    expect(s.comments![0]).toMatchObject({ author: site.first, text: 'nice pic 🔥' });
    expect(s.comments![8]).toMatchObject({ text: 'Is this sponsored? You never say' });
    expect(s.comments!.some((c) => c.text === 'thank you!!' || c.text === 'Part two tomorrow!')).toBe(false);
    const q = evidenceReport(s, null).comments!;
    expect(q.generic.count).toBe(3);
    expect(q.duplicates.count).toBe(1);
    expect(q.unrelatedLanguage.count).toBe(1);
    expect(q.verdict).toBe('elevated');
  });
});

describe('linkedin evidence reader, logged-in app (Spanish)', () => {
  const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/';
  it('reads the card\'s text, the "Promocionado" line, and the nine top-level comments without the replies or the author\'s own', () => {
    const s = readFixture(linkedin, 'linkedin/evidence-update-app-es.html', url);
    expect(s.profile.handle).toBe('lena-travels');
    expect(s.posts[0].caption).toMatch(/^My 5-step morning routine .* liketk\.it\/4glow$/);
    expect(s.posts[0].sponsorship).toMatchObject({ disclosed: true, label: 'Promocionado' });
    expect(evidenceReport(s, null).sponsored.undisclosed).toEqual([]);
    expect(s.comments!.map((c) => c.author)).toEqual(['podpal-anna', 'glowfan22', 'mia-travels', 'realviewer', 'kimcooks', 'promo-bot1', 'promo-bot2', 'lucas-br', 'skeptic']);
    expect(s.comments![3].text).toBe('Which serum did you use? My skin is dry too and this looks great');
  });
});

describe('twitch evidence reader: titles as captions (Twitch has no per-video label and no comments)', () => {
  it('reads each own VOD and clip title; "#ad" discloses, a code and a tracking link without it raise the flag', () => {
    const s = readFixture(twitch, 'twitch/evidence-channel-en.html', 'https://www.twitch.tv/glazeday/videos');
    expect(s.posts.map((p) => [p.id, p.caption])).toEqual([
      ['v2200000101', '#ad Throwing 50 mugs with @claybrand clay — code GLAZE10 for 10% off'],
      ['v2200000102', 'Kiln unboxing! Use code GLAZE10 for 10% off at claybrand.example/glaze?ref=glazeday'],
      ['FunnySlipperyMugKappa-abc123', 'Sunday chill throwing'],
    ]);
    expect(s.comments).toBeUndefined();
    const r = evidenceReport(s, null).sponsored;
    expect(r.disclosed.map((d) => d.index)).toEqual([0]);
    expect(r.undisclosed.map((d) => d.index)).toEqual([1]);
    expect(r.undisclosed[0].evidence).toEqual(expect.arrayContaining(['code GLAZE10', '10% off']));
  });

  it('reads the Spanish interface and a VOD page\'s title from its VideoObject', () => {
    const es = readFixture(twitch, 'twitch/evidence-channel-es.html', 'https://www.twitch.tv/glazeday/videos');
    expect(es.posts.map((p) => p.caption)).toEqual(['Torneando 50 tazas #publicidad con @claybrand', 'Domingo tranquilo en el torno']);
    expect(evidenceReport(es, null).sponsored.disclosed).toHaveLength(1);
    const vod = readFixture(twitch, 'twitch/vod-es.html', 'https://www.twitch.tv/videos/2200000001');
    expect(vod.posts[0].caption).toBe('Torno y charla');
  });
});

describe.skipIf(!hasRealPages)('evidence on the real pages of these sites (../shared/real-pages)', () => {
  const real = (file: string, url: string, adapter: SiteAdapter = facebook) => {
    const reading = readWith(adapter, parseHTML(readFileSync(resolve(REAL_PAGES_DIR, file), 'utf8')).document as unknown as Document, url);
    expect(reading.status).toBe('ok');
    return (reading as { snapshot: Snapshot }).snapshot;
  };

  it('fb_post_nintendo_mobile (2021 mobile post page): its 30 top-level comments, not the 78 of three other stories saved beside it', () => {
    // Counted on the saved HTML: 108 comment blocks, 30 whose data-commentid starts with this post's id
    // (3065154550235644_); the first and last by eye: Yusof Elmahboub, Tyler Seitz. Replies are not loaded on this page.
    const s = real('fb_post_nintendo_mobile.html', 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711');
    expect(s.comments).toHaveLength(30);
    expect(s.comments![0]).toMatchObject({ post: 0, author: 'Yusof Elmahboub' });
    expect(s.comments![0].text).toMatch(/^I think Sora,Spyro,Dixie Kong/);
    expect(s.comments![29]).toMatchObject({ author: 'Tyler Seitz', text: 'Were can I buy a Nintendo switch🤔' });
    expect(s.posts[0].caption).toMatch(/^Check out these themed wallpapers .* https:\/\/www\.nintendo\.com\/wallpapers\/$/);
    expect(s.posts[0].sponsorship).toBeUndefined();
  });

  it('fb_page_nintendo_posts_mobile (2021 mobile page): the website link of its intro, unwrapped, without the click id', () => {
    const s = real('fb_page_nintendo_posts_mobile.html', 'https://m.facebook.com/Nintendo/posts/');
    expect(s.profile.bioLink).toBe('https://www.nintendo.com/');
  });

  it('linkedin_company_audiense (2024 guest company page): each of the 4 own updates\' text, and the About block\'s website', () => {
    const s = real('linkedin_company_audiense.html', 'https://www.linkedin.com/company/audiense/', linkedin);
    expect(s.profile.bioLink).toBe('http://www.audiense.com/');
    expect(s.posts).toHaveLength(4);
    expect(s.posts.every((p) => p.caption && p.caption.length > 20)).toBe(true);
    expect(s.posts[0].caption).toMatch(/^Demographics are a thing of the past for savvy agencies\. Behavioral segmentation/);
    // No "Promoted" or "Brand partnership" line on these updates, and no comments on a company page.
    expect(s.posts.some((p) => p.sponsorship)).toBe(false);
    expect(s.comments).toBeUndefined();
  });
});
