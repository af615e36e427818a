// Issue 17, defects 5 and 13 (X parts): text an account controls (display names, quoted names)
// must not hide the account, drop its posts as ads, or lend a lingering header's counts to another.
import { describe, expect, it } from 'vitest';
import { x } from '../../../lib/sites/x';
import { parseDoc, siteFixtures } from '../../support/fixtures';

const FIXTURE = siteFixtures('x').html('profile.html');
const doc = parseDoc;

/** profile.html with the account's display name changed everywhere X shows it (header, top bar, own posts). */
function renamed(name: string): Document {
  return doc(FIXTURE.replaceAll('<span>Nadia Ortiz</span>', `<span>${name}</span>`));
}

describe('x: display names are not labels (issue 17, defect 5)', () => {
  for (const name of ['Nadia @work', '@victim', 'Nadia (@ana_gz)', 'Ad', 'Promoted', 'Pinned']) {
    it(`a display name ${JSON.stringify(name)} keeps the badge, the posts count and every own post`, () => {
      const d = renamed(name);
      const snap = x.read(d, 'https://x.com/nadia_codes')!;
      expect(snap.profile).toMatchObject({ handle: 'nadia_codes', name, posts: { value: 12400 }, followers: { value: 48200 } });
      expect(snap.posts.map((p) => p.id)).toEqual(['1743300000000000001', '1810000000000000003', '1820000000000000004']);
      expect(x.badgeAnchor(d, snap)?.textContent).toBe(name);
    });
  }

  it('quoting an account named "Promoted" (or "Ad") does not drop the quote as an ad', () => {
    for (const quoted of ['Promoted', 'Ad', 'Anuncio']) {
      const snap = x.read(doc(FIXTURE.replace('<span>Ana Gómez</span>', `<span>${quoted}</span>`)), 'https://x.com/nadia_codes')!;
      expect(snap.posts.map((p) => p.id), quoted).toContain('1820000000000000004');
    }
  });

  it('still drops posts X marks as ads: the placementTracking cell, or the ad label outside the author links', () => {
    // The advertiser's post made the account's own, with a status link: only X's markers tell it is an ad.
    const own = FIXTURE.replaceAll('/shinycloud', '/nadia_codes').replace(
      '<div><span>Ad</span></div></div>',
      '<div><span>Ad</span></div><div><a href="/nadia_codes/status/1830000000000000007"><time datetime="2024-09-01T00:00:00.000Z">Sep 1</time></a></div></div>',
    );
    expect(x.read(doc(own), 'https://x.com/nadia_codes')!.posts.map((p) => p.id)).not.toContain('1830000000000000007');
    const labelOnly = own.replace('<div data-testid="placementTracking">', '<div>');
    expect(x.read(doc(labelOnly), 'https://x.com/nadia_codes')!.posts.map((p) => p.id)).not.toContain('1830000000000000007');
    const cellOnly = own.replace('<div><span>Ad</span></div>', '');
    expect(x.read(doc(cellOnly), 'https://x.com/nadia_codes')!.posts.map((p) => p.id)).not.toContain('1830000000000000007');
    // Neither marker: an ordinary post of the account, read.
    const neither = labelOnly.replace('<div><span>Ad</span></div>', '');
    expect(x.read(doc(neither), 'https://x.com/nadia_codes')!.posts.map((p) => p.id)).toContain('1830000000000000007');
  });
});

describe('x: a lingering header lends nothing (issue 17, defect 13)', () => {
  it('the previous account\'s header, whose name holds "@victim", gives @victim no post count', () => {
    const d = renamed('Fan of @victim');
    const snap = x.read(d, 'https://x.com/victim');
    // Nothing on the page belongs to @victim: no count at all, and no badge on the old header.
    expect(snap?.profile.posts).toBeUndefined();
    expect(snap).toBeNull();
  });

  it('a header of the URL\'s account beside a lingering top bar of another account reads no posts line', () => {
    const d = doc(FIXTURE.replace('<h2 aria-level="2" dir="ltr" role="heading"><span>Nadia Ortiz</span></h2>', '<h2 aria-level="2" dir="ltr" role="heading"><span>Previous Person</span></h2>'));
    const snap = x.read(d, 'https://x.com/nadia_codes')!;
    expect(snap.profile.posts).toBeUndefined();
    expect(snap.profile.followers?.value).toBe(48200);
  });
});
