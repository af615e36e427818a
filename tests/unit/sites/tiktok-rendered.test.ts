/**
 * TikTok's rendered DOM (issue 12): profile header and grid, video page and the video dialog over a
 * feed, in Spanish and German, with embedded state left from another page ignored.
 */
import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../lib/sites/tiktok';
import { siteFixtures } from '../../support/fixtures';

const { html, doc: load, readPage: read } = siteFixtures('tiktok', tiktok);


describe('tiktok rendered profiles', () => {
  it('Spanish header and grid: data-e2e counts, the pinned card ("Fijado"), the previous account’s state ignored', () => {
    const { doc, snap } = read('rendered-profile-es.html', 'https://www.tiktok.com/@cocina.con.lu');
    expect(snap.profile).toMatchObject({ handle: 'cocina.con.lu', name: 'Lu Cocina' });
    expect(snap.profile.followers).toMatchObject({ value: 287400, exact: false, source: 'text' });
    expect(snap.profile.following).toMatchObject({ value: 318, exact: true });
    expect(snap.profile.likes).toMatchObject({ value: 5100000, exact: false });
    expect(snap.profile.posts).toBeUndefined();
    expect(snap.posts.map((p) => p.id)).toEqual(['7450000000000000001', '7450000000000000002', '7450000000000000003']);
    expect(snap.posts.map((p) => p.views?.value)).toEqual([2300000, 61900, 4512]);
    expect(snap.posts[0].pinned).toBe(true);
    expect(snap.posts[1].pinned).toBeUndefined();
    expect(snap.notes?.join(' ')).toMatch(/@bikerepairbob/);
    expect(tiktok.badgeAnchor(doc, snap)?.textContent).toBe('cocina.con.lu');
  });

  it('German header, older layout (handle in the subtitle); other accounts’ cards left out', () => {
    const { snap } = read('rendered-profile-de.html', 'https://www.tiktok.com/@werkstatt.jonas');
    expect(snap.profile).toMatchObject({ handle: 'werkstatt.jonas', name: 'werkstatt.jonas' });
    expect(snap.profile.followers).toMatchObject({ value: 73200, exact: false });
    expect(snap.profile.following).toMatchObject({ value: 96, exact: true });
    expect(snap.profile.likes).toMatchObject({ value: 1900000, exact: false });
    expect(snap.posts.map((p) => p.views?.value)).toEqual([15800, 3907]);
    expect(snap.posts[0].url).toBe('https://www.tiktok.com/@werkstatt.jonas/video/7460000000000000001');
  });

  it('a header that names another account gives no count, whatever the grid shows', () => {
    const { snap } = read('rendered-profile-es.html', 'https://www.tiktok.com/@cocina.con.lu');
    const doc = load('rendered-profile-es.html');
    doc.querySelector('[data-e2e="user-title"]')!.textContent = 'otra.cuenta';
    const other = tiktok.read(doc, 'https://www.tiktok.com/@cocina.con.lu');
    expect(other?.profile.followers).toBeUndefined();
    expect(other?.posts.map((p) => p.id)).toEqual(snap.posts.map((p) => p.id));
  });
});

describe('tiktok rendered videos', () => {
  it('Spanish video page: the action bar beside this video’s player, related videos and the stale state ignored', () => {
    const { doc, snap } = read('rendered-video-es.html', 'https://www.tiktok.com/@cocina.con.lu/video/7450000000000000002');
    expect(snap.page).toBe('post');
    expect(snap.profile.handle).toBe('cocina.con.lu');
    expect(snap.posts[0]).toMatchObject({
      id: '7450000000000000002',
      likes: { value: 34500, exact: false },
      comments: { value: 612, exact: true },
      saves: { value: 2745, exact: true },
      shares: { value: 1093, exact: true },
    });
    expect(snap.posts[0].views).toBeUndefined();
    expect(snap.notes?.join(' ')).toMatch(/earlier video/);
    expect(tiktok.badgeAnchor(doc, snap)?.textContent).toBe('cocina.con.lu');
  });

  it('German dialog over a feed: the dialog’s browse- counts, never a feed item’s', () => {
    const { doc, snap } = read('rendered-dialog-de.html', 'https://www.tiktok.com/@werkstatt.jonas/video/7460000000000000002');
    expect(snap.posts[0]).toMatchObject({
      id: '7460000000000000002',
      likes: { value: 8765, exact: true },
      comments: { value: 432, exact: true },
      saves: { value: 2109 },
      shares: { value: 154 },
    });
    expect(tiktok.badgeAnchor(doc, snap)?.textContent).toBe('werkstatt.jonas');
  });

  it('with the dialog closed, the feed’s bars are not this video’s', () => {
    const doc = load('rendered-dialog-de.html');
    doc.querySelector('[role="dialog"]')?.remove();
    expect(tiktok.read(doc, 'https://www.tiktok.com/@werkstatt.jonas/video/7460000000000000002')).toBeNull();
  });
});
