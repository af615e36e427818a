/**
 * Threads' followers list: on a profile (threads.com/@HANDLE) the "N followers" line opens a dialog
 * (`role="dialog"`) with two tabs, Followers and Following (`role="tab"`, `aria-selected`, named in
 * the interface language), over one list of rows. Each row links to the follower (`a[href="/@NAME"]`,
 * around the avatar and around the username), shows the full name when set, a verified badge (an svg
 * labelled "Verified") and a Follow button. The URL stays the profile's. Read only while the
 * Followers tab is the selected one: the other tab lists other people.
 *
 * Threads shows Instagram's profile pictures, so a follower without one shows Instagram's default
 * avatar (lib/sites/instagram/followers.ts DEFAULT_AVATAR). Bios are not in the list.
 */
import type { AudienceEntry } from '../../snapshot';
import { clean, hasVerifiedBadge, readAll, rowTexts, shown, type FollowersList, type FollowersSite } from '../../audience/read';
import { DEFAULT_AVATAR } from '../instagram/followers';
import { listOpen, ownerOf } from './followers-open';

const NAME = /^\/@([A-Za-z0-9._]{1,40})\/?$/;
// "Followers" in the interface languages seen (en, es, pt, fr, de, it); "Following" / "Seguidos" must not match.
const FOLLOWERS_TAB = /^(followers?|seguidores|abonnés|follower:innen|follower|seguaci)\b/i;

const accountOf = (a: Element | null | undefined) => NAME.exec(a?.getAttribute('href') ?? '')?.[1] ?? null;

function list(doc: Document, url: URL): FollowersList | null {
  const owner = ownerOf(url);
  if (!owner) return null;
  const dialog = Array.from(doc.querySelectorAll('[role="dialog"]')).reverse().find((d) => shown(d) && d.querySelector('[role="tab"]'));
  if (!dialog) return null;
  const selected = Array.from(dialog.querySelectorAll('[role="tab"][aria-selected="true"]')).find(shown);
  if (!selected || !FOLLOWERS_TAB.test(clean(selected.textContent, 80))) return null;
  const rows: Element[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(dialog.querySelectorAll('a[href^="/@"]'))) {
    const handle = accountOf(a);
    if (!handle || handle.toLowerCase() === owner.toLowerCase() || seen.has(handle) || !shown(a)) continue;
    seen.add(handle);
    rows.push(rowOf(a, handle, dialog));
  }
  return { owner, rows };
}

/** The largest box around a follower's links that holds no link to anyone else. */
function rowOf(link: Element, handle: string, dialog: Element): Element {
  let row = link;
  for (let p = row.parentElement; p && p !== dialog; p = p.parentElement) {
    if (Array.from(p.querySelectorAll('a[href^="/@"]')).some((a) => { const h = accountOf(a); return h !== null && h !== handle; })) break;
    row = p;
  }
  return row;
}

function rowKey(row: Element): string | null {
  return accountOf(row.matches('a[href]') ? row : row.querySelector('a[href^="/@"]'));
}

function readRow(row: Element): AudienceEntry | null {
  const handle = rowKey(row);
  if (!handle) return null;
  const entry: AudienceEntry = { handle };
  const src = row.querySelector('img')?.getAttribute('src') ?? '';
  if (src) entry.hasPicture = !DEFAULT_AVATAR.test(src);
  const name = rowTexts(row).find((t) => t.toLowerCase() !== handle.toLowerCase() && !/^verif/i.test(t));
  entry.name = clean(name, 300);
  if (hasVerifiedBadge(row)) entry.verified = true;
  return entry;
}

export const threadsFollowers: FollowersSite = { platform: 'threads', ownerOf, listOpen, list, rowKey, readRow };

/** The name every reader exports it under (scripts/site-content-scripts.ts imports it by this name). */
export const followersSite = threadsFollowers;

export function readFollowers(doc: Document, url: URL) {
  return readAll(threadsFollowers, doc, url);
}
