/**
 * The rendered profile header (2023-2025): the handle heading, and the count list
 *   <ul><li>224 posts</li>
 *       <li><a href="/HANDLE/followers/"><span title="2,230,586"><span>2.2M</span></span> followers</a></li>
 *       <li><a href="/HANDLE/following/"><span><span>136</span></span> following</a></li></ul>
 * (private accounts: the same list without links). The exact number in a `title` beats the
 * rounded text. Only what is shown and tied to this account is read: links to this handle's
 * follower lists that sit together in one list, or the count list of the shown header that names
 * this handle. A display name or bio ("10,000,000 followers", "instagram.com/shop2024/followers")
 * is never that list.
 */
import type { Count } from '../../snapshot';
import { countFromText, countInElement, inOrder, isShown, leadingCount, textOf } from '../common';
import { oncePerRead } from '../read-scope';
import type { ProfileCounts } from './embedded';
import { linkPath } from './route';
import { css } from './selectors';

/** The shown profile header that names `handle` (a previous profile's header may linger beside it). */
export function profileHeader(doc: Document, handle: string): Element | null {
  return oncePerRead(doc, `instagram:profileHeader:${handle.toLowerCase()}`, () => {
    for (const header of inOrder(doc.getElementsByTagName('header'))) {
      if (header.closest('article, [role="dialog"]')) continue; // a post's own header
      if (isShown(header) && showsHandle(header, handle)) return header;
    }
    return null;
  });
}

/** The header names this account: its heading reads the handle, or it links to /handle/ or /handle/followers/. */
function showsHandle(header: Element, handle: string): boolean {
  if (Array.from(header.querySelectorAll(css('handleHeading'))).some((h) => textOf(h).toLowerCase() === handle)) return true;
  return Array.from(header.querySelectorAll('a[href]')).some((a) => {
    const path = linkPath(a)?.toLowerCase();
    return path === `/${handle}/` || path === `/${handle}/followers/`;
  });
}

/**
 * Shown links to one path, compared without case (handles are case-insensitive). The browser's
 * selector engine finds the few candidates (`i`: any case); walking every link in script was paid
 * on each read, through a grid of a thousand tiles (10 ms a read, `npm run bench:hot`).
 */
function shownLinks(scope: ParentNode, path: string): Element[] {
  const out: Element[] = [];
  const needle = path.replace(/\/$/, '').replace(/["\\]/g, '\\$&');
  for (const a of Array.from(scope.querySelectorAll(`a[href*="${needle}" i]`))) {
    if (linkPath(a)?.toLowerCase() === path && isShown(a)) out.push(a);
    if (out.length >= 4) break;
  }
  return out;
}

/** The list item of `list` that holds `el`. */
function itemOf(list: Element, el: Element): Element {
  let item = el;
  while (item.parentElement && item.parentElement !== list) item = item.parentElement;
  return item;
}

/** The count list holding both links, each in its own item (2 to 4 items): the header's list, not a bio. */
function countList(followers: Element, following: Element): Element | undefined {
  let list = followers.parentElement;
  while (list && !list.contains(following)) list = list.parentElement;
  if (!list || list.children.length < 2 || list.children.length > 4) return undefined;
  return itemOf(list, followers) !== itemOf(list, following) ? list : undefined;
}

export function domProfile(doc: Document, handle: string, locale: string | undefined): ProfileCounts {
  const out: ProfileCounts = {};
  const header = profileHeader(doc, handle);
  if (header && header.querySelector(css('verified'))) out.verified = true;
  // In this account's header first (a short look), then anywhere on the page.
  for (const scope of header ? [header, doc] : [doc]) {
    for (const f of shownLinks(scope, `/${handle}/followers/`)) {
      for (const g of shownLinks(scope, `/${handle}/following/`)) {
        const list = countList(f, g);
        if (!list) continue;
        const followers = linkCount(f, locale);
        if (!followers) continue;
        out.followers = followers;
        out.following = linkCount(g, locale);
        // "224 posts" has no link: the list's first item, right before the followers item.
        const first = list.firstElementChild;
        if (first && first === itemOf(list, f).previousElementSibling && !first.querySelector('a[href]')) {
          out.posts = countInElement(first, 'text', locale);
        }
        return out;
      }
    }
  }
  // Without links (private accounts, logged-out views): the count list of this account's header.
  return header ? { ...out, ...labelledList(header, locale) } : out;
}

/**
 * The count a header link shows: an exact `title`, else a descendant whose whole text is a count.
 * Never the first digits of mixed text: a bio link "instagram.com/shop2024/followers" shows no count.
 */
function linkCount(link: Element, locale: string | undefined): Count | undefined {
  const leaves = Array.from(link.querySelectorAll('*')).filter((el) => !el.children.length);
  return leaves.some((el) => countFromText(textOf(el), 'text', locale)) ? countInElement(link, 'text', locale) : undefined;
}

const ENGLISH = [/^posts?$/i, /^followers?$/i, /^following$/i];

/**
 * A list of exactly three items that each read "<count> <label>": posts,
 * followers, following in Instagram's order in every language; in English the labels must agree.
 */
function labelledList(header: Element, locale: string | undefined): ProfileCounts {
  for (const list of Array.from(header.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children);
    if (items.length !== 3 || !isShown(list)) continue;
    const read = items.map((item) => labelledCount(item, locale));
    if (!read.every(Boolean)) continue;
    const [posts, followers, following] = read as { count: Count; label: string }[];
    const english = read.some((r) => ENGLISH.some((re) => re.test(r!.label)));
    // An English page names each count: a list whose labels disagree with the order is not this one.
    if (english && ![posts, followers, following].every((r, i) => ENGLISH[i].test(r.label))) continue;
    return { posts: posts.count, followers: followers.count, following: following.count };
  }
  return {};
}

/** "2,362 followers", "2.362 seguidores", "1,2 Mio. Follower": a count and one or two words, nothing else. */
function labelledCount(item: Element, locale: string | undefined): { count: Count; label: string } | undefined {
  const m = /^(\S+(?: \S+)?)\s+(\p{L}+(?: \p{L}+)?)$/u.exec(textOf(item));
  if (!m || !/\d/.test(m[1])) return undefined;
  const count = countInElement(item, 'text', locale) ?? leadingCount(m[1], 'text', locale);
  return count ? { count, label: m[2] } : undefined;
}
