/**
 * Facebook's followers tab (facebook.com/NAME/followers, /profile.php?id=N&sk=followers): the main
 * column lists the followers as cards, each linking to the follower (an avatar link holding an
 * `svg` with the picture, and the name link), with a line under the name (mutual friends, a
 * workplace: not a bio) and an "Add friend" / "Follow" button. The page's header and tab bar link
 * to the page itself and are left out, as are posts.
 *
 * Handles: the follower's username from the link (/NAME), or the numeric id of /profile.php?id=N
 * (accounts without a username; lib/audience/features.ts does not read those digits as a chosen
 * handle). Facebook's default silhouette has no documented file name, so whether a follower has a
 * picture is left unknown and the estimate leans on what else the list shows.
 */
import type { AudienceEntry } from '../../snapshot';
import { clean, hasVerifiedBadge, readAll, shown, type FollowersList, type FollowersSite } from '../../audience/read';
import { textOf } from '../common';
import { ownerOf } from './followers-open';
import { route } from './route';
import { SELECTORS } from './words';

/** The account a link names: its username, or the id of a profile.php link; not posts, groups or Facebook's own pages. */
function accountOf(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, 'https://www.facebook.com/');
    if (!/(^|\.)facebook\.com$/.test(u.hostname)) return null;
    const r = route(u);
    if (!r || r.page !== 'profile' || !r.handle) return null;
    // Only the profile itself (/NAME, /profile.php?id=N), not one of its tabs.
    return u.pathname.split('/').filter(Boolean).length <= 1 || u.pathname.startsWith('/people/') ? r.handle : null;
  } catch {
    return null;
  }
}

function list(doc: Document, url: URL): FollowersList | null {
  const owner = ownerOf(url);
  if (!owner) return null;
  const main = Array.from(doc.querySelectorAll(SELECTORS.main.css)).find(shown);
  if (!main) return null;
  const rows: Element[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(main.querySelectorAll('a[href]'))) {
    if (a.closest(`${SELECTORS.post.css}, ${SELECTORS.tabBar.css}, [role="navigation"]`)) continue;
    const handle = accountOf(a.getAttribute('href'));
    if (!handle || handle.toLowerCase() === owner.toLowerCase() || seen.has(handle.toLowerCase()) || !shown(a)) continue;
    seen.add(handle.toLowerCase());
    rows.push(rowOf(a, handle, main));
  }
  return { owner, rows };
}

/** The largest box around a follower's links holding no link to anyone else. */
function rowOf(link: Element, handle: string, main: Element): Element {
  let row = link;
  for (let p = row.parentElement; p && p !== main; p = p.parentElement) {
    if (Array.from(p.querySelectorAll('a[href]')).some((a) => { const h = accountOf(a.getAttribute('href')); return h !== null && h !== handle; })) break;
    row = p;
  }
  return row;
}

function rowKey(row: Element): string | null {
  const links = row.matches('a[href]') ? [row] : Array.from(row.querySelectorAll('a[href]'));
  for (const a of links) {
    const h = accountOf(a.getAttribute('href'));
    if (h) return h;
  }
  return null;
}

function readRow(row: Element): AudienceEntry | null {
  const handle = rowKey(row);
  if (!handle) return null;
  // The name is the text of the follower's link (the avatar link has none).
  const links = row.matches('a[href]') ? [row] : Array.from(row.querySelectorAll('a[href]'));
  const name = links.map((a) => textOf(a)).find((t) => t);
  const entry: AudienceEntry = { handle, name: clean(name, 300) };
  if (hasVerifiedBadge(row)) entry.verified = true;
  return entry;
}

export const facebookFollowers: FollowersSite = { platform: 'facebook', ownerOf, list, rowKey, readRow };

/** The name every reader exports it under (scripts/site-content-scripts.ts imports it by this name). */
export const followersSite = facebookFollowers;

export function readFollowers(doc: Document, url: URL) {
  return readAll(facebookFollowers, doc, url);
}
