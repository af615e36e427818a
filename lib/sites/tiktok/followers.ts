/**
 * TikTok's followers panel: on a profile (tiktok.com/@HANDLE) the follower count opens a dialog
 * `[data-e2e="follow-info-popup"]` with tabs (Following, Followers, Friends, Suggested) and a list of
 * rows, each linking to a follower (`a[href="/@NAME"]`) with the avatar, the unique id and the
 * nickname. It is read only while the Followers tab is the selected one (`aria-selected="true"`,
 * named in the page's language): the other tabs list other people.
 *
 * TikTok's default avatar has no documented marker, so whether a follower has a picture is left
 * unknown and the estimate uses the handle alone (lib/audience/model.ts).
 */
import type { AudienceEntry } from '../../snapshot';
import { clean, hasVerifiedBadge, readAll, rowTexts, shown, type FollowersList, type FollowersSite } from '../../audience/read';
import { listOpen, ownerOf } from './followers-open';

const NAME = /^\/@([A-Za-z0-9._]{1,30})\/?(?:\?.*)?$/;
// "Followers" in the interface languages we have seen; "Following" must not match.
const FOLLOWERS_TAB = /^(followers?|seguidores|abonnés|abonnenten|follower:innen|pengikut|takipçi)\b/i;

function list(doc: Document, url: URL): FollowersList | null {
  const owner = ownerOf(url);
  if (!owner) return null;
  const popup = Array.from(doc.querySelectorAll('[data-e2e="follow-info-popup"]')).find(shown);
  if (!popup) return null;
  const selected = Array.from(popup.querySelectorAll('[aria-selected="true"]')).find(shown);
  if (!selected || !FOLLOWERS_TAB.test(clean(selected.textContent, 80))) return null;
  const rows = Array.from(popup.querySelectorAll('li')).filter((li) => shown(li) && li.querySelector('a[href^="/@"]'));
  return { owner, rows };
}

function rowKey(row: Element): string | null {
  const m = NAME.exec(row.querySelector('a[href^="/@"]')?.getAttribute('href') ?? '');
  return m ? m[1] : null;
}

function readRow(row: Element): AudienceEntry | null {
  const handle = rowKey(row);
  if (!handle) return null;
  const entry: AudienceEntry = { handle };
  const name = rowTexts(row).find((t) => t.toLowerCase() !== handle.toLowerCase() && t.toLowerCase() !== `@${handle.toLowerCase()}`);
  entry.name = clean(name, 300);
  if (hasVerifiedBadge(row)) entry.verified = true;
  return entry;
}

const tiktokFollowers: FollowersSite = { platform: 'tiktok', ownerOf, listOpen, list, rowKey, readRow };

/** The name every reader exports it under (scripts/site-content-scripts.ts imports it by this name). */
export const followersSite = tiktokFollowers;

export function readFollowers(doc: Document, url: URL) {
  return readAll(tiktokFollowers, doc, url);
}
