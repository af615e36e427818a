/**
 * X's followers pages (x.com/HANDLE/followers and /verified_followers): the main column lists one
 * `[data-testid="UserCell"]` per follower, with the avatar in `[data-testid="UserAvatar-Container-NAME"]`,
 * the display name and "@NAME" as links to /NAME, a verified badge (`[data-testid="icon-verified"]`),
 * the Follow button, and the follower's bio as plain `dir="auto"` text when there is one. Cells in
 * the sidebar ("Who to follow") are outside the main column and not read.
 *
 * A follower without a picture shows X's default avatar (abs.twimg.com/sticky/default_profile_images/).
 */
import type { AudienceEntry } from '../../snapshot';
import { clean, hasVerifiedBadge, insideControl, readAll, shown, type FollowersList, type FollowersSite } from '../../audience/read';
import { ownerOf } from './followers-open';

const NAME = /^\/([A-Za-z0-9_]{1,15})$/;

function list(doc: Document, url: URL): FollowersList | null {
  const owner = ownerOf(url);
  if (!owner) return null;
  const column = Array.from(doc.querySelectorAll('[data-testid="primaryColumn"]')).find(shown);
  if (!column) return null;
  const rows = Array.from(column.querySelectorAll('[data-testid="UserCell"]')).filter(shown);
  return { owner, rows };
}

function rowKey(row: Element): string | null {
  // The "@NAME" link first: the display-name link points to the same place.
  const links = Array.from(row.querySelectorAll('a[href]'));
  const at = links.find((a) => clean(a.textContent, 40).startsWith('@'));
  const m = NAME.exec((at ?? links[0])?.getAttribute('href') ?? '');
  return m ? m[1] : null;
}

function readRow(row: Element): AudienceEntry | null {
  const handle = rowKey(row);
  if (!handle) return null;
  const entry: AudienceEntry = { handle };
  const img = row.querySelector('[data-testid^="UserAvatar-Container-"] img');
  const src = img?.getAttribute('src') ?? '';
  if (src) entry.hasPicture = !src.includes('/default_profile_images/');
  const nameLink = Array.from(row.querySelectorAll(`a[href="/${handle}"]`)).find((a) => {
    const t = clean(a.textContent, 300);
    return t && !t.startsWith('@');
  });
  entry.name = clean(nameLink?.textContent, 300);
  if (row.querySelector('[data-testid="icon-verified"]') || hasVerifiedBadge(row)) entry.verified = true;
  // The bio: dir="auto" text outside links, buttons and the "Follows you" label.
  const bio = Array.from(row.querySelectorAll('[dir="auto"]')).filter(
    (el) => !insideControl(el, row, 'a, button, [role="button"], [data-testid="userFollowIndicator"]') && !el.querySelector('[dir="auto"]'),
  );
  entry.bio = clean(bio.map((el) => el.textContent).join(' '), 500);
  return entry;
}

export const xFollowers: FollowersSite = { platform: 'x', ownerOf, list, rowKey, readRow };

/** The name every reader exports it under (scripts/site-content-scripts.ts imports it by this name). */
export const followersSite = xFollowers;

export function readFollowers(doc: Document, url: URL) {
  return readAll(xFollowers, doc, url);
}
