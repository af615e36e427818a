/**
 * TikTok: the previous page's renderers and embedded state beside the new page never give a
 * number (see tests/support/stale.ts). Every pair of an earlier page and a rendered page is tried,
 * each way of leaving the old page in the document.
 */
import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../lib/sites/tiktok';
import { LEFTOVERS, readingOf, withLeftover } from '../../support/stale';
import { siteFixtures } from '../../support/fixtures';

const { html, doc } = siteFixtures('tiktok');

// Pages a user comes from: other accounts' profiles and videos, with their embedded state.
const OLD: [string, string][] = [
  ['profile.html', 'https://www.tiktok.com/@miacocina'],
  ['profile-sigi.html', 'https://www.tiktok.com/@gardengus'],
  ['profile-after-navigation.html', 'https://www.tiktok.com/@bikerepairbob'],
  ['video.html', 'https://www.tiktok.com/@miacocina/video/7421234567890123456'],
  ['feed-dialog.html', 'https://www.tiktok.com/@bikerepairbob/video/7435555555555555555'],
  ['rendered-profile-de.html', 'https://www.tiktok.com/@werkstatt.jonas'],
];
// Pages they go to, as the browser renders them after in-site navigation.
const NEW: [string, string][] = [
  ['rendered-profile-es.html', 'https://www.tiktok.com/@cocina.con.lu'],
  ['rendered-profile-de.html', 'https://www.tiktok.com/@werkstatt.jonas'],
  ['rendered-video-es.html', 'https://www.tiktok.com/@cocina.con.lu/video/7450000000000000002'],
  ['rendered-dialog-de.html', 'https://www.tiktok.com/@werkstatt.jonas/video/7460000000000000002'],
];

describe('tiktok: the previous page left in the document gives no number', () => {
  for (const [name, url] of NEW) {
    const alone = readingOf(tiktok, doc(name), url);
    for (const [old] of OLD.filter(([o]) => o !== name)) {
      for (const how of LEFTOVERS) {
        it(`${old} (${how}) with ${name}`, () => {
          expect(alone).not.toBeNull();
          expect(readingOf(tiktok, withLeftover(html(name), html(old), how, { oldHead: true }), url)).toEqual(alone);
        });
      }
    }
  }

  it('each old page alone is read, with numbers the new pages do not show (so the pairs above test something)', () => {
    for (const [old, url] of OLD) {
      const newValues = new Set(NEW.filter(([name]) => name !== old).flatMap(([name, u]) => Object.values(readingOf(tiktok, doc(name), u) ?? {})));
      const reading = readingOf(tiktok, doc(old), url);
      expect(Object.values(reading ?? {}).filter((v) => !newValues.has(v)).length, old).toBeGreaterThan(0);
    }
  });
});

describe('tiktok: the committed page with the previous page left hidden in it (also served by the e2e test)', () => {
  const readAt = (name: string, url: string) => readingOf(tiktok, doc(name), url);
  it('reads as the new page alone', () => {
    const alone = readAt('rendered-profile-de.html', 'https://www.tiktok.com/@werkstatt.jonas');
    expect(alone).not.toBeNull();
    expect(readAt('rendered-stale-profile-de.html', 'https://www.tiktok.com/@werkstatt.jonas')).toEqual(alone);
  });
});

describe('tiktok: the badge goes to the shown header of this account', () => {
  it('not to the previous account’s header left hidden before it', () => {
    const page = doc('rendered-stale-profile-de.html');
    const snap = tiktok.read(page, 'https://www.tiktok.com/@werkstatt.jonas')!;
    expect(tiktok.badgeAnchor(page, snap)?.textContent).toBe('Jonas Werkstatt');
  });
});
