/**
 * Instagram: the previous page's renderers, meta tags and embedded data beside the new page never
 * give a number (see tests/support/stale.ts). Every pair of an earlier page and a rendered page is
 * tried, each way of leaving the old page in the document.
 */
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../lib/sites/instagram';
import { LEFTOVERS, readingOf, withLeftover } from '../../support/stale';
import { siteFixtures } from '../../support/fixtures';

const { html, doc } = siteFixtures('instagram');

// Pages a user comes from: other accounts' profiles, grids and posts, with meta tags and app state.
const OLD: [string, string][] = [
  ['profile-logged-in.html', 'https://www.instagram.com/lena.travels/'],
  ['profile-embedded.html', 'https://www.instagram.com/cafe.ritual/'],
  ['reels-tab.html', 'https://www.instagram.com/lena.travels/reels/'],
  ['post-page.html', 'https://www.instagram.com/p/C7postAAAAA/'],
  ['reel-embedded.html', 'https://www.instagram.com/reel/C3reelXYZ1/'],
  ['post-dialog-friend.html', 'https://www.instagram.com/p/C5dlgAAAAA/'],
  ['rendered-profile-de.html', 'https://www.instagram.com/bergwelt.foto/'],
];
// Pages they go to, as the browser renders them after in-app navigation.
const NEW: [string, string][] = [
  ['rendered-profile-es.html', 'https://www.instagram.com/lena.viaja/'],
  ['rendered-profile-de.html', 'https://www.instagram.com/bergwelt.foto/'],
  ['rendered-reels-es.html', 'https://www.instagram.com/lena.viaja/reels/'],
  ['rendered-private-en.html', 'https://www.instagram.com/shop2024/'],
  ['rendered-post-dialog-es.html', 'https://www.instagram.com/p/C9dlgES0001/'],
  ['rendered-post-page-de.html', 'https://www.instagram.com/bergwelt.foto/p/C8dePOST001/'],
];

describe('instagram: the previous page left in the document gives no number', () => {
  for (const [name, url] of NEW) {
    const alone = readingOf(instagram, doc(name), url);
    for (const [old] of OLD.filter(([o]) => o !== name)) {
      for (const how of LEFTOVERS) {
        it(`${old} (${how}) with ${name}`, () => {
          expect(alone).not.toBeNull();
          expect(readingOf(instagram, withLeftover(html(name), html(old), how, { oldHead: true }), url)).toEqual(alone);
        });
      }
    }
  }

  it('each old page alone is read, with numbers the new pages do not show (so the pairs above test something)', () => {
    const valuesOf = ([name, url]: [string, string]) => Object.values(readingOf(instagram, doc(name), url) ?? {});
    for (const [old, url] of OLD) {
      const newValues = new Set(NEW.filter(([name]) => name !== old).flatMap(valuesOf));
      const reading = readingOf(instagram, doc(old), url);
      expect(Object.values(reading ?? {}).filter((v) => !newValues.has(v)).length, old).toBeGreaterThan(0);
    }
  });
});

describe('instagram: the committed page with the previous page left hidden in it (also served by the e2e test)', () => {
  const readAt = (name: string, url: string) => readingOf(instagram, doc(name), url);
  it('reads as the new page alone', () => {
    const alone = readAt('rendered-reels-es.html', 'https://www.instagram.com/lena.viaja/reels/');
    expect(alone).not.toBeNull();
    expect(readAt('rendered-stale-reels-es.html', 'https://www.instagram.com/lena.viaja/reels/')).toEqual(alone);
  });
});
