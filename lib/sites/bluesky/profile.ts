/**
 * A Bluesky profile (/profile/HANDLE): the bskyweb JSON-LD when it names the URL's account, else
 * the shown profile screen whose header links to HANDLE's followers; its feed's own posts.
 */
import { bioLinkFrom } from '../links';
import type { Count, Post, Profile, Snapshot } from '../../snapshot';
import {
  bestCount,
  CAPPED_NOTE,
  compact,
  countFromNumber,
  interactionCount,
  isRecord,
  isShown,
  jsonLdObjects,
  leadingCount,
  MAX_POSTS,
  pageLocale,
  snapshot,
  textOf,
} from '../common';
import { controlCounts } from './controls';
import { pathHandle, same, str } from './route';
import { S } from './selectors';

export function readProfile(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const ld = profileJsonLd(doc, handle, notes);
  // A DID in the URL is matched to the handle the app puts in its links through the JSON-LD.
  const linkHandle = handle.startsWith('did:') && ld?.handle ? ld.handle : handle;
  const screen = profileScreen(doc, linkHandle);
  if (!screen && doc.querySelector(S.followersButton.css)) {
    notes.push('The profile on screen is not the one in the address bar yet; its counts were not used.');
  }
  const header = screen ? headerCounts(screen, locale) : {};
  const profile: Profile = compact({
    handle: ld?.handle ?? handle,
    name: ld?.name ?? (screen ? textOf(screen.querySelector(S.displayName.css)) || undefined : undefined),
    followers: bestCount(ld?.followers, header.followers),
    following: bestCount(ld?.following, header.following),
    posts: bestCount(ld?.posts, header.posts),
    bioLink: screen ? descriptionLink(screen) : undefined,
  });
  const posts = screen ? feedPosts(screen, linkHandle, locale, notes) : [];
  if (!profile.followers && !profile.following && !profile.posts && !posts.length) return null;
  for (const key of ['followers', 'following', 'posts'] as const) {
    if (!profile[key]) notes.push(`Could not read the ${key} count.`);
  }
  return snapshot('bluesky', url, 'profile', profile, posts, notes);
}

interface ProfileLd {
  handle?: string;
  name?: string;
  followers?: Count;
  following?: Count;
  posts?: Count;
}

/**
 * The ProfilePage JSON-LD when it is about `handle`: followers in `interactionStatistic`, the
 * account's own follows and posts in `agentInteractionStatistic`.
 */
function profileJsonLd(doc: Document, handle: string, notes: string[]): ProfileLd | undefined {
  for (const obj of jsonLdObjects(doc)) {
    const person = isRecord(obj.mainEntity) ? obj.mainEntity : undefined;
    if (obj['@type'] !== 'ProfilePage' || !person) continue;
    const ldHandle = str(person.alternateName)?.replace(/^@/, '');
    const did = str(person.identifier);
    if (!same(ldHandle, handle) && !same(did, handle)) {
      notes.push('The structured data in the page describes another profile (in-site navigation); counts were read from the page itself.');
      continue;
    }
    const agent = { interactionStatistic: person.agentInteractionStatistic };
    return {
      handle: ldHandle,
      name: str(person.name),
      followers: countFromNumber(interactionCount(person, 'FollowAction'), 'json-ld'),
      following: countFromNumber(interactionCount(agent, 'FollowAction'), 'json-ld'),
      posts: countFromNumber(interactionCount(agent, 'WriteAction'), 'json-ld'),
    };
  }
  return undefined;
}

/** The shown profile screen whose header links to this handle's followers list. */
export function profileScreen(doc: Document, handle: string): Element | null {
  // <a href="/profile/HANDLE/followers" aria-label="1101177 followers" data-testid="profileHeaderFollowersButton">
  const button = Array.from(doc.querySelectorAll(S.followersButton.css)).find(
    (a) => /^\/profile\/[^/]+\/followers/.test(a.getAttribute('href') ?? '') && same(pathHandle(a.getAttribute('href')), handle) && isShown(a),
  );
  if (!button) return null;
  return button.closest('[data-testid="profileScreen"]') ?? button.closest('[data-testid="profileView"]') ?? button.ownerDocument.body;
}

function headerCounts(screen: Element, locale: string | undefined): { followers?: Count; following?: Count; posts?: Count } {
  // aria-label "1101177 followers" is exact where the text shows "1.1M followers"
  const fromLink = (css: string) => {
    const el = screen.querySelector(css);
    return el ? bestCount(leadingCount(el.getAttribute('aria-label'), 'aria', locale), leadingCount(textOf(el), 'text', locale)) : undefined;
  };
  // Header row: followers link, follows link, then an unlabelled "<div>329 <span>posts</span></div>".
  const follows = screen.querySelector(S.followsButton.css);
  const postsEl = follows?.nextElementSibling;
  return {
    followers: fromLink(S.followersButton.css),
    following: fromLink(S.followsButton.css),
    posts: postsEl && postsEl.tagName !== 'A' ? leadingCount(textOf(postsEl), 'text', locale) : undefined,
  };
}

/** The account's own posts in the profile feed, in order: no reposts (of others or its own), no duplicates. */
function feedPosts(screen: Element, handle: string, locale: string | undefined, notes: string[]): Post[] {
  const posts: Post[] = [];
  const seen = new Set<string>();
  let reposts = 0;
  // Feed item: <div role="link" data-testid="feedItem-by-HANDLE"> ... <a href="/profile/HANDLE/post/RKEY" aria-label="date">
  for (const item of Array.from(screen.querySelectorAll(S.feedItem.css))) {
    if (posts.length >= MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    if (!isShown(item)) continue;
    const author = item.getAttribute('data-testid')!.slice('feedItem-by-'.length);
    const reason = feedReason(item);
    if (!same(author, handle) || reason === 'repost') {
      reposts++;
      continue;
    }
    const link = Array.from(item.querySelectorAll('a[href*="/post/"]'))
      .map((a) => a.getAttribute('href') ?? '')
      .find((href) => /^\/profile\/[^/]+\/post\//.test(href) && same(pathHandle(href), author));
    const id = link ? /\/post\/([^/?#]+)/.exec(link)?.[1] : undefined;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    posts.push(compact({ id, url: `https://bsky.app${link}`, ...controlCounts(item, locale, notes), pinned: reason === 'pinned' ? true : undefined }));
  }
  if (reposts) notes.push(`${reposts} repost${reposts === 1 ? '' : 's'} in the feed ${reposts === 1 ? 'was' : 'were'} left out.`);
  return posts;
}

/**
 * Why a feed item is there, read from the row above its avatar: a link to the reposter ("Reposted
 * by …") or a plain label ("Pinned"). Structural, so it works in every UI language.
 */
function feedReason(item: Element): 'repost' | 'pinned' | undefined {
  const all = Array.from(item.querySelectorAll('*'));
  const avatar = all.find((el) => el.tagName === 'A' && el.querySelector(S.avatar.css));
  if (!avatar) return undefined;
  let text = false;
  for (const el of all) {
    if (el === avatar) break;
    if (el.contains(avatar)) continue;
    if (el.tagName === 'A' && /^\/profile\//.test(el.getAttribute('href') ?? '')) return 'repost';
    if (!el.children.length && textOf(el)) text = true;
  }
  return text ? 'pinned' : undefined;
}

/** The first outside link of the bio (mentions link to /profile/NAME on bsky.app and are left out). */
function descriptionLink(screen: Element): string | undefined {
  const bio = screen.querySelector(S.description.css);
  for (const a of Array.from(bio?.querySelectorAll('a[href]') ?? [])) {
    const link = /^https?:\/\//i.test(a.getAttribute('href') ?? '') ? bioLinkFrom(a.getAttribute('href'), ['bsky.app']) : undefined;
    if (link) return link;
  }
  return undefined;
}
