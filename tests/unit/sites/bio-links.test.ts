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
import { REPO_ROOT } from '../../support/shared';

function read(file: string, url: string): Snapshot {
  const doc = parseHTML(readFileSync(resolve(REPO_ROOT, 'tests/fixtures', file), 'utf8')).document as unknown as Document;
  const reading = readPage(doc, url);
  expect(reading.status, file).toBe('ok');
  const snap = (reading as { snapshot: Snapshot }).snapshot;
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap;
}

describe('bio links', () => {
  it.each([
    ['threads/followers-en.html', 'https://www.threads.com/@potterypam', 'https://potterypam.example/shop'],
    ['threads/followers-es.html', 'https://www.threads.com/@potterypam', 'https://potterypam.example/shop'],
    ['facebook/page-desktop-en.html', 'https://www.facebook.com/lakesidepottery', 'https://lakesidepottery.example/classes'],
    ['twitch/evidence-channel-en.html', 'https://www.twitch.tv/glazeday/videos', 'https://twitter.com/glazeday'],
    ['twitch/evidence-channel-es.html', 'https://www.twitch.tv/glazeday', 'https://twitter.com/glazeday'],
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
});
