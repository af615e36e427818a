import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import { linkedin } from '../../../lib/sites/linkedin';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/linkedin');
const doc = (name: string, edit: (h: string) => string = (h) => h) =>
  parseHTML(edit(readFileSync(resolve(FIXTURES, name), 'utf8'))).document as unknown as Document;
function read(name: string, url: string, edit?: (h: string) => string): Snapshot {
  const snap = linkedin.read(doc(name, edit), url);
  expect(snap).not.toBeNull();
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap!;
}

describe('linkedin.route', () => {
  const r = (u: string) => linkedin.route(new URL(u));
  it('tells companies, members and posts apart', () => {
    expect(r('https://www.linkedin.com/company/audiense/')).toEqual({ page: 'profile', handle: 'audiense' });
    expect(r('https://www.linkedin.com/company/audiense/posts/?feedView=all')).toEqual({ page: 'profile', handle: 'audiense' });
    expect(r('https://www.linkedin.com/in/mayalindqvist/')).toEqual({ page: 'profile', handle: 'mayalindqvist' });
    expect(r('https://www.linkedin.com/in/mayalindqvist/recent-activity/all/')).toEqual({ page: 'profile', handle: 'mayalindqvist' });
    expect(r('https://www.linkedin.com/posts/mayalindqvist_branding-activity-7250000000000000001-Ab3x')).toEqual({ page: 'post', handle: 'mayalindqvist', postId: '7250000000000000001' });
    expect(r('https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/')).toEqual({ page: 'post', postId: '7250000000000000001' });
  });
  it('refuses the feed, jobs, search and sub-pages of no account', () => {
    for (const u of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/jobs/', 'https://www.linkedin.com/search/results/all/?keywords=x', 'https://www.linkedin.com/in/maya/details/skills/', 'https://www.linkedin.com/company/audiense/jobs/', 'https://www.linkedin.com/posts/no-activity-here']) {
      expect(r(u), u).toBeNull();
    }
  });
});

describe('linkedin member profile (guest, English)', () => {
  const url = 'https://www.linkedin.com/in/mayalindqvist/';
  it('reads followers from the JSON-LD, and its own updates, not the repost', () => {
    const snap = read('member-guest-en.html', url);
    expect(snap.profile).toMatchObject({ handle: 'mayalindqvist', name: 'Maya Lindqvist', followers: { value: 18342, exact: true, source: 'json-ld' } });
    expect(snap.posts.map((p) => [p.id, p.likes?.value, p.comments?.value])).toEqual([
      ['7250000000000000001', 412, 38],
      ['7248000000000000003', 97, 5],
    ]);
    expect(snap.notes?.join(' ')).toMatch(/1 update by other accounts/);
  });
  it('falls back on the top card line without the JSON-LD, never on "500+ connections"', () => {
    const snap = read('member-guest-en.html', url, (h) => h.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''));
    expect(snap.profile.followers).toMatchObject({ value: 18000, exact: false, source: 'text' });
  });
  it('puts the badge on the name', () => {
    const d = doc('member-guest-en.html');
    expect(linkedin.badgeAnchor(d, linkedin.read(d, url)!)?.textContent).toBe('Maya Lindqvist');
  });
});

describe('linkedin post (guest, French)', () => {
  it('reads the JSON-LD of this post and its author', () => {
    const url = 'https://www.linkedin.com/posts/mayalindqvist_branding-activity-7250000000000000001-Ab3x';
    const snap = read('post-guest-fr.html', url);
    expect(snap.page).toBe('post');
    expect(snap.profile).toMatchObject({ handle: 'mayalindqvist', name: 'Maya Lindqvist' });
    expect(snap.posts[0]).toMatchObject({ id: '7250000000000000001', likes: { value: 1290, source: 'json-ld' }, comments: { value: 87 } });
  });
  it('reads the card when the JSON-LD is of another post, and the author from the card', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/';
    const snap = read('post-guest-fr.html', url, (h) => h.replace(/7250000000000000001-Ab3x/g, '7000000000000000009-Zz'));
    expect(snap.profile.handle).toBe('mayalindqvist');
    expect(snap.posts[0]).toMatchObject({ likes: { value: 1290, source: 'aria' }, comments: { value: 87, source: 'aria' } });
  });
});

describe('linkedin company (logged-in app, Spanish)', () => {
  const url = 'https://www.linkedin.com/company/alfarerianorte/posts/';
  it('reads the top card and the cards, not the stale description', () => {
    const snap = read('company-app-es.html', url);
    expect(snap.profile).toMatchObject({ handle: 'alfarerianorte', name: 'Alfarería Norte' });
    expect(snap.profile.followers).toMatchObject({ value: 12000, exact: false, source: 'text' });
    expect(snap.posts.map((p) => [p.likes?.value, p.comments?.value, p.shares?.value])).toEqual([
      [1204, 56, 14],
      [88, 3, undefined],
    ]);
    expect(snap.notes?.join(' ')).toMatch(/names another account/);
  });
  it("reads none of the previous company's screen left hidden beside the new one", () => {
    const old = '<div hidden><section><h1>Otra Empresa</h1><div>99 mil seguidores</div></section>' +
      '<div data-urn="urn:li:activity:7000000000000000001"><div data-test-id="actor"><a href="https://www.linkedin.com/company/alfarerianorte/">Alfarería Norte</a></div><button aria-label="9.999 reacciones"></button></div></div>';
    const snap = read('company-app-es.html', url, (h) => h.replace('<main>', `${old}<main>`));
    expect(snap.profile).toMatchObject({ name: 'Alfarería Norte', followers: { value: 12000 } });
    expect(snap.posts.map((p) => p.likes?.value)).toEqual([1204, 88]);
    const d = doc('company-app-es.html', (h) => h.replace('<main>', `${old}<main>`));
    expect(linkedin.badgeAnchor(d, linkedin.read(d, url)!)?.textContent).toBe('Alfarería Norte');
  });
  it('gives null on an empty page', () => {
    expect(linkedin.read(parseHTML('<html><body><main></main></body></html>').document as unknown as Document, url)).toBeNull();
  });
});
