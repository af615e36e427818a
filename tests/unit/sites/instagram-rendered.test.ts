/**
 * Instagram's rendered DOM (issue 12): profile header and grids, Reels tab, post dialog and post
 * page in Spanish, German and English, with the exact count of a `title` beating the rounded text;
 * the meta tags of an earlier page never lend their counts (issue 17, defect 2); a private
 * account's display name and bio never read as its counts (defect 8).
 */
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../lib/sites/instagram';
import { siteFixtures } from '../../support/fixtures';

const { html, doc: load, readPage: read } = siteFixtures('instagram', instagram);


describe('instagram rendered profile pages', () => {
  it('Spanish header: the exact title beats "3,4 M", the posts item has no link, the badge is translated', () => {
    const { doc, snap } = read('rendered-profile-es.html', 'https://www.instagram.com/lena.viaja/');
    expect(snap.profile).toMatchObject({ handle: 'lena.viaja', name: 'Lena Viaja', verified: true });
    expect(snap.profile.followers).toMatchObject({ value: 3456789, exact: true, source: 'text', raw: '3.456.789' });
    expect(snap.profile.following).toMatchObject({ value: 405, exact: true });
    expect(snap.profile.posts).toMatchObject({ value: 1187, exact: true });
    expect(instagram.badgeAnchor(doc, snap)?.textContent).toBe('lena.viaja');
  });

  it('issue 17 defect 2: stale meta tags of an account whose display name holds "(@lena.viaja)" lend nothing', () => {
    const { snap } = read('rendered-profile-es.html', 'https://www.instagram.com/lena.viaja/');
    const values = [snap.profile.followers, snap.profile.following, snap.profile.posts].map((c) => c?.value);
    for (const stale of [9920, 15, 4]) expect(values).not.toContain(stale);
    expect(snap.profile.followers?.source).not.toBe('meta');
    // Without the rendered header, nothing is left to read: the stale description is still refused.
    const doc = load('rendered-profile-es.html');
    doc.querySelector('main')?.remove();
    expect(instagram.read(doc, 'https://www.instagram.com/lena.viaja/')).toBeNull();
  });

  it('issue 17 defect 2: a name or title holding "(@handle) •" never names the account', () => {
    // og:title "Fan de Lena (@lena.viaja) • Oficial (@fans.de.lena) • ...": the account is @fans.de.lena
    const doc = load('rendered-profile-es.html');
    doc.querySelector('main')?.remove();
    doc.title = 'Instagram';
    const snap = instagram.read(doc, 'https://www.instagram.com/fans.de.lena/');
    expect(snap?.profile.followers).toMatchObject({ value: 9920, source: 'meta' });
    expect(snap?.profile.name).toBe('Fan de Lena (@lena.viaja) • Oficial');
  });

  it('the default Posts grid shows no counts: the notes say to open the Reels tab', () => {
    const { snap } = read('rendered-profile-es.html', 'https://www.instagram.com/lena.viaja/');
    expect(snap.posts).toEqual([]);
    expect(snap.notes?.join(' ')).toContain('open the Reels tab (https://www.instagram.com/lena.viaja/reels/)');
  });

  it('German header and a hovered grid tile: "1,2 Mio." with title "1.234.567", overlay likes then comments, pinned', () => {
    const { snap } = read('rendered-profile-de.html', 'https://www.instagram.com/bergwelt.foto/');
    expect(snap.profile).toMatchObject({ handle: 'bergwelt.foto', name: 'Bergwelt Fotografie', verified: true });
    expect(snap.profile.followers).toMatchObject({ value: 1234567, exact: true });
    expect(snap.profile.following).toMatchObject({ value: 1077, exact: true });
    expect(snap.profile.posts).toMatchObject({ value: 3412, exact: true });
    expect(snap.posts).toHaveLength(1);
    expect(snap.posts[0]).toMatchObject({ id: 'C8dePINNED1', pinned: true, likes: { value: 1876, exact: true }, comments: { value: 56 } });
  });

  it('Spanish Reels tab: views beside a translated icon label, likes and comments of the hovered tile', () => {
    const { snap } = read('rendered-reels-es.html', 'https://www.instagram.com/lena.viaja/reels/');
    expect(snap.posts.map((p) => p.id)).toEqual(['C9reelES001', 'C9reelES002', 'C9reelES003']);
    expect(snap.posts.map((p) => p.views?.value)).toEqual([2400000, 65200, 731]);
    expect(snap.posts[0]).toMatchObject({ likes: { value: 39700, exact: false }, comments: { value: 1118, exact: true } });
    expect(snap.posts[0].url).toBe('https://www.instagram.com/reel/C9reelES001/');
    expect(snap.profile.followers?.value).toBe(3456789);
  });
});

describe('instagram rendered private accounts (issue 17, defect 8)', () => {
  it('reads the count list, not a display name "10,000,000 followers" nor a bio link to /shop2024/followers', () => {
    const { snap } = read('rendered-private-en.html', 'https://www.instagram.com/shop2024/');
    expect(snap.profile.followers).toMatchObject({ value: 1204, exact: true });
    expect(snap.profile.following?.value).toBe(310);
    expect(snap.profile.posts?.value).toBe(87);
  });

  it('without the count list, the hostile name and bio still give no count', () => {
    const doc = load('rendered-private-en.html');
    doc.querySelector('header ul')?.remove();
    const snap = instagram.read(doc, 'https://www.instagram.com/shop2024/');
    expect(snap?.profile.followers).toBeUndefined();
    expect(snap?.profile.posts).toBeUndefined();
  });

  it('a bio link to the account’s own follower list is not a count link, even beside a following link', () => {
    const doc = load('rendered-private-en.html');
    const bio = doc.querySelector('a[target="_blank"]')!;
    const following = doc.createElement('a');
    following.setAttribute('href', '/shop2024/following/');
    following.textContent = 'following 7';
    bio.parentElement!.appendChild(following);
    const snap = instagram.read(doc, 'https://www.instagram.com/shop2024/')!;
    expect(snap.profile.followers?.value).toBe(1204);
  });
});

describe('instagram rendered posts', () => {
  it('Spanish dialog over a profile: "Les gusta a ana.surf y 4.321 personas más" is 4,322; the hidden earlier dialog lends nothing', () => {
    const { doc, snap } = read('rendered-post-dialog-es.html', 'https://www.instagram.com/p/C9dlgES0001/');
    expect(snap.page).toBe('post');
    expect(snap.profile.handle).toBe('lena.viaja');
    expect(snap.posts[0]).toMatchObject({ id: 'C9dlgES0001', likes: { value: 4322, exact: true }, postedAt: '2024-05-20T18:45:00.000Z' });
    expect(snap.profile.followers).toBeUndefined();
    const anchor = instagram.badgeAnchor(doc, snap);
    expect(anchor?.closest('[style]')).toBeNull();
  });

  it('German post page: "Gefällt 12.407 Mal" with the author from the post header', () => {
    const { doc, snap } = read('rendered-post-page-de.html', 'https://www.instagram.com/bergwelt.foto/p/C8dePOST001/');
    expect(snap.profile.handle).toBe('bergwelt.foto');
    expect(snap.posts[0]).toMatchObject({ id: 'C8dePOST001', likes: { value: 12407, exact: true }, postedAt: '2024-09-14T07:12:00.000Z' });
    expect(snap.posts[0].comments).toBeUndefined();
    expect(snap.notes?.join(' ')).toMatch(/comment count/);
    expect(instagram.badgeAnchor(doc, snap)?.getAttribute('href')).toBe('/bergwelt.foto/');
    // The same page at the short URL finds its author in the post header.
    expect(instagram.read(doc, 'https://www.instagram.com/p/C8dePOST001/')?.profile.handle).toBe('bergwelt.foto');
  });
});

describe('instagram rendered private accounts in other languages', () => {
  it('reads the three-item count list by Instagram’s order (posts, followers, following) when the labels are not English', () => {
    const doc = load('rendered-profile-es.html');
    for (const a of Array.from(doc.querySelectorAll('header a[href*="/follow"]'))) a.removeAttribute('href');
    const snap = instagram.read(doc, 'https://www.instagram.com/lena.viaja/')!;
    expect(snap.profile.posts).toMatchObject({ value: 1187, exact: true });
    expect(snap.profile.followers).toMatchObject({ value: 3456789, exact: true });
    expect(snap.profile.following).toMatchObject({ value: 405, exact: true });
  });

  it('an English list whose labels are out of order is not the count list', () => {
    const doc = load('rendered-private-en.html');
    const items = Array.from(doc.querySelectorAll('header ul > li'));
    items[0].parentElement!.appendChild(items[0]); // followers, following, posts
    const snap = instagram.read(doc, 'https://www.instagram.com/shop2024/');
    expect(snap?.profile.followers).toBeUndefined();
  });
});
