/**
 * Instagram's followers dialog (instagram.com/HANDLE/followers/, opened from the profile header):
 * a `role="dialog"` whose rows each link to a follower (`a[href="/NAME/"]`, the avatar and the name),
 * show the picture (`img`), a verified badge (an svg labelled "Verified"), and the full name when the
 * follower set one. The list is virtualised: only the rows on screen exist, so the tracker in
 * lib/audience/read.ts collects them as the user scrolls. Rows after a "Suggested for you" heading
 * are suggestions, not followers.
 *
 * A follower without a picture shows Instagram's default avatar, whose file name is fixed
 * (44884218_345707102882519_…, 464760996_1254146839119862_…; its cache key decodes to
 * "anonymous_profile_pic").
 */
import type { AudienceEntry } from '../../snapshot';
import { clean, hasVerifiedBadge, readAll, rowTexts, shown, type FollowersList, type FollowersSite } from '../../audience/read';
import { listOpen, NOT_ACCOUNTS, ownerOf } from './followers-open';

const NAME = /^\/([A-Za-z0-9._]{1,30})\/?$/;
export const DEFAULT_AVATAR = /44884218_345707102882519_2446069589734326272_n|464760996_1254146839119862_3605321457742435801_n|YW5vbnltb3VzX3Byb2ZpbGVfcGlj/;
const SUGGESTED = /^(suggested for you|sugerencias para ti|sugestões para você|suggestions pour vous|vorschläge für dich|suggeriti per te)$/i;

function accountOf(link: Element): string | null {
  const m = NAME.exec(link.getAttribute('href') ?? '');
  return m && !NOT_ACCOUNTS.has(m[1].toLowerCase()) ? m[1] : null;
}

/** The row of a follower: the largest box around its links holding no link to anyone else. */
function rowOf(link: Element, handle: string, dialog: Element): Element {
  let row = link;
  for (let p = row.parentElement; p && p !== dialog; p = p.parentElement) {
    if (Array.from(p.querySelectorAll('a[href]')).some((a) => { const h = accountOf(a); return h !== null && h !== handle; })) break;
    row = p;
  }
  return row;
}

function list(doc: Document, url: URL): FollowersList | null {
  const owner = ownerOf(url);
  if (!owner) return null;
  const dialogs = Array.from(doc.querySelectorAll('[role="dialog"]')).filter(shown);
  const dialog = dialogs.reverse().find((d) => d.querySelector('a[href]'));
  if (!dialog) return null;
  const rows: Element[] = [];
  const seen = new Set<string>();
  // One pass in page order: everything after a "Suggested for you" heading is a suggestion.
  for (const el of Array.from(dialog.querySelectorAll('*'))) {
    if (!el.children.length && SUGGESTED.test(clean(el.textContent, 60))) break;
    if (el.tagName !== 'A' || !el.hasAttribute('href')) continue;
    const handle = accountOf(el);
    if (!handle || handle.toLowerCase() === owner.toLowerCase() || seen.has(handle) || !shown(el)) continue;
    seen.add(handle);
    rows.push(rowOf(el, handle, dialog));
  }
  return { owner, rows };
}

function rowKey(row: Element): string | null {
  const links = row.matches('a[href]') ? [row] : Array.from(row.querySelectorAll('a[href]'));
  for (const a of links) {
    const h = accountOf(a);
    if (h) return h;
  }
  return null;
}

function readRow(row: Element): AudienceEntry | null {
  const handle = rowKey(row);
  if (!handle) return null;
  const entry: AudienceEntry = { handle };
  const img = row.querySelector('img');
  const src = img?.getAttribute('src') ?? '';
  if (img && src) entry.hasPicture = !DEFAULT_AVATAR.test(src);
  // The username is shown as text; the full name, when set, is the first other text of the row.
  const name = rowTexts(row).find((t) => t.toLowerCase() !== handle.toLowerCase() && !/^verif/i.test(t));
  entry.name = clean(name, 300);
  if (hasVerifiedBadge(row)) entry.verified = true;
  return entry;
}

export const instagramFollowers: FollowersSite = { platform: 'instagram', ownerOf, listOpen, list, rowKey, readRow };

/** The name every reader exports it under (scripts/site-content-scripts.ts imports it by this name). */
export const followersSite = instagramFollowers;

export function readFollowers(doc: Document, url: URL) {
  return readAll(instagramFollowers, doc, url);
}
