/**
 * Bluesky's followers screen (bsky.app/profile/HANDLE/followers): one profile card per follower,
 * a link with `data-testid="profileCard-NAME-link"` to /profile/NAME holding the avatar
 * (`[data-testid="userAvatarImage"]`: an `img` from cdn.bsky.app when set, an svg drawing when not),
 * the display name (the handle stands in when there is none), "@NAME", the Follow button and the
 * description (bio). Structure from bluesky-social/social-app (src/components/ProfileCard.tsx, 2025).
 * The app keeps earlier screens mounted but hidden: only shown cards are read.
 */
import type { AudienceEntry } from '../../snapshot';
import { clean, hasVerifiedBadge, readAll, rowTexts, shown, type FollowersList, type FollowersSite } from '../../audience/read';
import { ownerOf } from './followers-open';

const CARD = /^profileCard-(.{1,253})-link$/;

function list(doc: Document, url: URL): FollowersList | null {
  const owner = ownerOf(url);
  if (!owner) return null;
  const rows = Array.from(doc.querySelectorAll('a[data-testid^="profileCard-"]')).filter((a) => CARD.test(a.getAttribute('data-testid') ?? '') && shown(a));
  return { owner, rows };
}

function rowKey(row: Element): string | null {
  const m = CARD.exec(row.getAttribute('data-testid') ?? '');
  return m ? m[1] : null;
}

function readRow(row: Element): AudienceEntry | null {
  const handle = rowKey(row);
  if (!handle) return null;
  const entry: AudienceEntry = { handle };
  const avatar = row.querySelector('[data-testid="userAvatarImage"]');
  if (avatar) {
    const src = avatar.querySelector('img')?.getAttribute('src') ?? '';
    if (src.includes('/img/avatar')) entry.hasPicture = true;
    else if (!src && avatar.querySelector('svg')) entry.hasPicture = false;
  }
  // Texts in order: name, "@handle", then the description.
  const texts = rowTexts(row);
  const at = texts.findIndex((t) => t.toLowerCase() === `@${handle.toLowerCase()}`);
  const name = at > 0 ? texts[0] : '';
  entry.name = name.toLowerCase() === handle.toLowerCase() ? '' : clean(name, 300);
  if (at >= 0) entry.bio = clean(texts.slice(at + 1).join(' '), 500);
  if (hasVerifiedBadge(row)) entry.verified = true;
  return entry;
}

const blueskyFollowers: FollowersSite = { platform: 'bluesky', ownerOf, list, rowKey, readRow };

/** The name every reader exports it under (scripts/site-content-scripts.ts imports it by this name). */
export const followersSite = blueskyFollowers;

export function readFollowers(doc: Document, url: URL) {
  return readAll(blueskyFollowers, doc, url);
}
