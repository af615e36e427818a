/**
 * The website link each profile shows (Snapshot `profile.bioLink`), read on the fixtures and real
 * pages that show one, redirectors unwrapped; absent where the page shows none.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/sites';
import { SnapshotSchema, type Snapshot } from '../../../lib/snapshot';
import { hasRealPages, REAL_PAGES_DIR, REPO_ROOT } from '../../support/shared';

function read(file: string, url: string, edit: (h: string) => string = (h) => h): Snapshot {
  const path = file.startsWith('real/') ? resolve(REAL_PAGES_DIR, file.slice(5)) : resolve(REPO_ROOT, 'tests/fixtures', file);
  const doc = parseHTML(edit(readFileSync(path, 'utf8'))).document as unknown as Document;
  const reading = readPage(doc, url);
  expect(reading.status, file).toBe('ok');
  const snap = (reading as { snapshot: Snapshot }).snapshot;
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap;
}

describe('bio links', () => {
  it.each([
    ['threads/followers-dialog-en.html', 'https://www.threads.com/@potterypam', 'https://potterypam.example/shop'],
    ['threads/followers-dialog-es.html', 'https://www.threads.com/@potterypam', 'https://potterypam.example/shop'],
    ['facebook/page-desktop-en.html', 'https://www.facebook.com/lakesidepottery', 'https://lakesidepottery.example/classes'],
    ['twitch/evidence-channel-en.html', 'https://www.twitch.tv/glazeday/videos', 'https://twitter.com/glazeday'],
    ['twitch/evidence-channel-es.html', 'https://www.twitch.tv/glazeday', 'https://twitter.com/glazeday'],
    ['instagram/rendered-profile-es.html', 'https://www.instagram.com/lena.viaja/', 'https://lenaviaja.example/rutas'],
    ['bluesky/profile-rendered-pt.html', 'https://bsky.app/profile/marina.ceramica.br', 'https://barro.example/loja'],
  ])('%s', (file, url, link) => {
    expect(read(file, url).profile.bioLink).toBe(link);
  });

  it.each([
    ['threads/profile-en.html', 'https://www.threads.com/@kiln.and.co'],
    ['threads/post-es.html', 'https://www.threads.com/@kiln.and.co/post/DA1kiln0009'],
    ['facebook/page-desktop-es.html', 'https://www.facebook.com/ceramicalago'],
    ['linkedin/company-app-es.html', 'https://www.linkedin.com/company/alfarerianorte/posts/'],
    ['linkedin/member-guest-en.html', 'https://www.linkedin.com/in/mayalindqvist/'],
    ['twitch/channel-en.html', 'https://www.twitch.tv/glazeday'],
  ])('none where the page shows none: %s', (file, url) => {
    expect(read(file, url).profile.bioLink).toBeUndefined();
  });

  it('Instagram\'s app data: bio_links first, else external_url', () => {
    const url = 'https://www.instagram.com/cafe.ritual/';
    const withLink = (h: string) => h.replace('"username":"cafe.ritual"', '"username":"cafe.ritual","external_url":"https://caferitual.example/menu"');
    expect(read('instagram/profile-embedded.html', url, withLink).profile.bioLink).toBe('https://caferitual.example/menu');
    const both = (h: string) => h.replace('"username":"cafe.ritual"', '"username":"cafe.ritual","external_url":"https://old.example/","bio_links":[{"url":"https://linktr.ee/caferitual"}]');
    expect(read('instagram/profile-embedded.html', url, both).profile.bioLink).toBe('https://linktr.ee/caferitual');
    expect(read('instagram/profile-embedded.html', url, (h) => h.replace('"username":"cafe.ritual"', '"username":"cafe.ritual","external_url":"javascript:alert(1)"')).profile.bioLink).toBeUndefined();
  });
});

describe.skipIf(!hasRealPages)('bio links on the real pages (../shared/real-pages), each checked by eye in the saved HTML', () => {
  it.each([
    // JSON-LD ProfilePage relatedLink ["https://t.co/NTHlhnMhCN", "http://kikobeats.com"]: not the t.co copy.
    ['real/x_profile_Kikobeats.html', 'https://x.com/Kikobeats', 'http://kikobeats.com/'],
    // userInfo.user.bioLink.link "twitch.tv/illojuan", shown in [data-e2e="user-link"].
    ['real/tiktok_profile_illojuan.html', 'https://www.tiktok.com/@illojuan', 'https://twitch.tv/illojuan'],
    // headerLinks.channelHeaderLinksViewModel.firstLink "facebook.com/204568612956950", through youtube.com/redirect?q=.
    ['real/yt_channel_onemedia.html', 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', 'https://www.facebook.com/204568612956950'],
    ['real/linkedin_company_audiense.html', 'https://www.linkedin.com/company/audiense/', 'http://www.audiense.com/'],
    ['real/fb_page_nintendo_posts_mobile.html', 'https://m.facebook.com/Nintendo/posts/', 'https://www.nintendo.com/'],
  ])('%s', (file, url, link) => {
    expect(read(file, url).profile.bioLink).toBe(link);
  });

  it('X: the header\'s UserUrl text when the JSON-LD has no link; none where the bio has none', () => {
    const noLd = (h: string) => h.replace(/"relatedLink":\[[^\]]*\]/, '"relatedLink":[]');
    expect(read('real/x_profile_Kikobeats.html', 'https://x.com/Kikobeats', noLd).profile.bioLink).toBe('https://kikobeats.com/');
    expect(read('real/bsky_profile_stephenking.html', 'https://bsky.app/profile/stephenking.bsky.social').profile.bioLink).toBeUndefined();
    expect(read('real/ig_profile_pluto__travel.html', 'https://www.instagram.com/pluto__travel/').profile.bioLink).toBeUndefined();
  });
});
