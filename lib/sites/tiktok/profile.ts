/**
 * TikTok profile pages (/@handle): embedded state and JSON-LD when they are about this handle,
 * else the rendered header, read only inside the shown header block that names this handle;
 * grid cards only when shown and linking to this handle's own videos.
 */
import type { Count, Post, Profile, Snapshot } from '../../snapshot';
import {
  bestCount, bestCountOf, CAPPED_NOTE, compact, countFromNumber, countFromText, decodePathPart, dig, interactionCount, isRecord,
  isShown, jsonLdObjects, MAX_POSTS, pageLocale, sameHandle, snapshot, textOf,
} from '../common';
import { css } from './selectors';
import { bioLinkFrom } from '../links';
import { authorOf, itemPost, num, rehydrationScope, str, userData, type Rec } from './state';

export function readProfile(doc: Document, url: string, handle: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const data = userData(doc, handle, notes);
  const ld = profileJsonLd(doc, handle);
  const header = headerFor(doc, handle, notes);

  const s = data?.statsV2;
  const t = data?.stats;
  const shown = (key: 'followers' | 'following' | 'likes' | 'userSubtitle') =>
    header ? Array.from(header.querySelectorAll(css(key))).find((el) => isShown(el)) : undefined;
  const dom = (key: 'followers' | 'following' | 'likes') => countFromText(textOf(shown(key)), 'text', locale);
  const profile: Profile = compact({
    handle: str(data?.user.uniqueId) ?? handle,
    name: str(data?.user.nickname) ?? (textOf(shown('userSubtitle')) || undefined),
    verified: typeof data?.user.verified === 'boolean' ? data.user.verified : undefined,
    // <strong title="Followers" data-e2e="followers-count">783.4K</strong> (title: the translated label)
    // The rendered counts are read only when the embedded data has no exact one (bestCountOf).
    followers: bestCountOf(() => num(s?.followerCount), () => ld.followers, () => num(t?.followerCount), () => dom('followers')),
    following: bestCountOf(() => num(s?.followingCount), () => num(t?.followingCount), () => dom('following')),
    // Total hearts: <strong title="Likes" data-e2e="likes-count">3.9M</strong>
    likes: bestCountOf(() => num(s?.heartCount ?? s?.heart), () => ld.likes, () => num(t?.heartCount ?? t?.heart), () => dom('likes')),
    posts: bestCount(num(s?.videoCount), num(t?.videoCount)),
    // userInfo.user.bioLink: {"link": "twitch.tv/illojuan", "risk": 0}; else the link as shown.
    bioLink: bioLinkFrom(str(dig(data?.user, 'bioLink', 'link'))) ?? (header ? bioLinkFrom(textOf(Array.from(header.querySelectorAll(css('bioLink'))).find((el) => isShown(el)))) : undefined),
  });
  if (!profile.posts) notes.push('The video count is only in the data TikTok embeds on a fresh page load; reload the profile to read it.');

  const posts = profilePosts(doc, handle, data?.items ?? [], locale, notes);
  if (!profile.followers && !profile.following && !profile.likes && !posts.length) return null;
  for (const key of ['followers', 'following', 'likes'] as const) {
    if (!profile[key]) notes.push(`Could not read the ${key === 'likes' ? 'total likes' : key} count.`);
  }
  return snapshot('tiktok', url, 'profile', profile, posts, notes);
}

/** The profile's videos: grid cards in page order, enriched with embedded per-video stats when present. */
function profilePosts(doc: Document, handle: string, items: Rec[], locale: string | undefined, notes: string[]): Post[] {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const pinLabel = pinnedLabel(doc);
  const posts: Post[] = [];
  const seen = new Set<string>();
  // Profile grid (2022-2025): <div data-e2e="user-post-item"><a href="https://www.tiktok.com/@h/video/ID">
  //   ... <strong data-e2e="video-views">192.1K</strong>; a pinned card adds <div data-e2e="video-card-badge">Pinned</div>
  for (const card of Array.from(doc.querySelectorAll(css('gridItem')))) {
    if (posts.length >= MAX_POSTS) {
      notes.push(CAPPED_NOTE);
      break;
    }
    const link = card.querySelector('a[href*="/video/"], a[href*="/photo/"]')?.getAttribute('href') ?? '';
    const m = /\/@([^/?#]+)\/(?:video|photo)\/(\d+)/.exec(link);
    // The Reposts and Liked tabs use the same grid for other accounts' videos: keep only this account's own.
    // A previous profile's grid left hidden in the page is not read either.
    if (!m || !sameHandle(decodePathPart(m[1]), handle) || seen.has(m[2]) || !isShown(card)) continue;
    seen.add(m[2]);
    const item = byId.get(m[2]);
    const post = item ? itemPost(item) : { id: m[2] };
    post.url = absolute(link);
    post.views ??= countFromText(textOf(card.querySelector(css('gridViews'))), 'text', locale);
    const badges = Array.from(card.querySelectorAll(css('gridBadge'))).map((b) => textOf(b).toLowerCase());
    if (badges.some((b) => b === pinLabel || PINNED.has(b))) post.pinned = true;
    posts.push(compact(post));
  }
  if (!posts.length) {
    for (const item of items) {
      if (!sameHandle(authorOf(item) ?? handle, handle)) continue;
      posts.push(compact({ ...itemPost(item), url: `https://www.tiktok.com/@${handle}/video/${String(item.id)}` }));
    }
  }
  if (!posts.length) notes.push('No videos of this account were visible in the grid.');
  return posts;
}

// The pinned card's badge in a few interface languages, for pages drawn without TikTok's translation table.
const PINNED = new Set(['pinned', 'fijado', 'angeheftet', 'épinglé', 'fissato', 'fixado', 'vastgezet', 'przypięte']);

/** The page's own word for a pinned card (TikTok's translation table), lower-cased. */
function pinnedLabel(doc: Document): string {
  return (str(dig(rehydrationScope(doc), 'webapp.i18n-translation', 'Webapp', 'profile_page_pin')) ?? 'pinned').toLowerCase();
}

/** Followers and total likes from the ProfilePage JSON-LD, when it is about `handle`. */
function profileJsonLd(doc: Document, handle: string): { followers?: Count; likes?: Count } {
  for (const obj of jsonLdObjects(doc)) {
    const person = isRecord(obj.mainEntity) ? obj.mainEntity : obj;
    const ids = [person.alternateName, person.identifier, person.url].map((v) => str(v)?.replace(/^.*\/@|^@/, ''));
    if (!ids.some((id) => sameHandle(id, handle))) continue;
    return {
      followers: countFromNumber(interactionCount(person, 'FollowAction'), 'json-ld'),
      likes: countFromNumber(interactionCount(person, 'LikeAction'), 'json-ld'),
    };
  }
  return {};
}

/**
 * The shown header block that names `handle`: the nearest ancestor of a shown user-title that holds
 * the counts and no other shown title. Null when no shown header names this handle (a previous
 * account's header, shown or hidden, never lends its counts).
 */
export function headerFor(doc: Document, handle: string, notes: string[]): Element | null {
  const titles = Array.from(doc.querySelectorAll(css('userTitle'))).filter((t) => isShown(t));
  const others: string[] = [];
  for (const title of titles) {
    let block = title.parentElement;
    while (block && !block.querySelector(css('followers'))) block = block.parentElement;
    if (!block || Array.from(block.querySelectorAll(css('userTitle'))).filter((t) => isShown(t)).length !== 1) continue;
    const name = textOf(title).replace(/^@/, '');
    // Layouts before 2024 put the nickname in the title and the handle in the subtitle.
    const subtitle = textOf(Array.from(block.querySelectorAll(css('userSubtitle'))).find((el) => isShown(el))).replace(/^@/, '');
    if (sameHandle(name, handle) || sameHandle(subtitle, handle)) return block;
    others.push(name);
  }
  if (others.length) notes.push(`The page header still shows @${others[0]}; its counts were not used.`);
  return null;
}

function absolute(href: string): string {
  try {
    return new URL(href, 'https://www.tiktok.com').href;
  } catch {
    return href;
  }
}
