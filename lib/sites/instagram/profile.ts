/**
 * Profile pages (/HANDLE/, /HANDLE/reels/, /HANDLE/tagged/): header counts and grid tiles, from
 * embedded app state, the meta description and the rendered page; an exact count beats an
 * abbreviated one whatever its source.
 */
import type { Post, Profile } from '../../snapshot';
import { bestCount, CAPPED_NOTE, compact, MAX_POSTS, pageLocale, snapshot, type SiteAdapter } from '../common';
import { embeddedObjects, embeddedProfile, isMedia, MEDIA_NEEDLES, mediaCounts, type MediaCounts } from './embedded';
import { gridPosts } from './grid';
import { domProfile, profileHeader } from './header';
import { metaProfile, nameBefore } from './meta';
import { ORIGIN, type IgRoute } from './route';
import { bioLinkFrom } from '../links';
import { css } from './selectors';

/** The header's website link, sent through l.instagram.com/?u= (the address inside is the one shown). */
function headerLink(doc: Document, handle: string): string | undefined {
  for (const a of Array.from(profileHeader(doc, handle)?.querySelectorAll(css('bioLink')) ?? [])) {
    const link = bioLinkFrom(a.getAttribute('href'), ['www.instagram.com', 'instagram.com']);
    if (link) return link;
  }
  return undefined;
}

export function readProfile(doc: Document, url: string, route: IgRoute): ReturnType<SiteAdapter['read']> {
  const handle = route.handle!;
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const json = embeddedProfile(doc, handle);
  // Exact counts in the embedded user beat any other source (bestCount): the meta description and
  // the header are then read only for what the user object lacks (a third of a visit's read, and of
  // every read while the grid grows: npm run bench:hot).
  const exact = json.followers?.exact && json.following?.exact && json.posts?.exact;
  const meta = exact && json.name !== undefined ? {} : metaProfile(doc, handle, locale);
  const dom = exact && json.verified !== undefined ? {} : domProfile(doc, handle, locale);
  const profile: Profile = compact({
    handle,
    // The document title follows in-app navigation, unlike the meta tags.
    name: json.name ?? meta.name ?? nameBefore(doc.title, handle),
    verified: json.verified ?? dom.verified,
    followers: bestCount(json.followers, meta.followers, dom.followers),
    following: bestCount(json.following, meta.following, dom.following),
    posts: bestCount(json.posts, meta.posts, dom.posts),
    bioLink: bioLinkFrom(json.bioLink) ?? headerLink(doc, handle),
  });
  for (const key of ['followers', 'following', 'posts'] as const) {
    if (!profile[key]) notes.push(`The ${key === 'posts' ? 'post' : key} count was not shown on the page.`);
  }

  let posts: Post[] = [];
  if (route.tab === 'tagged') {
    notes.push('Tagged posts are by other accounts: they are not counted as this account’s posts.');
  } else {
    // Embedded timeline items first (they carry exact counts), then tiles; merged by post ID.
    const media = embeddedObjects(doc, MEDIA_NEEDLES, 'media', isMedia)
      .map(mediaCounts)
      .filter((m) => m.author === handle);
    const tiles = gridPosts(doc, handle, profileHeader(doc, handle), locale);
    if (tiles.length >= MAX_POSTS) notes.push(CAPPED_NOTE);
    const byId = new Map<string, MediaCounts>();
    for (const m of [...media, ...tiles]) {
      const prev = byId.get(m.id);
      if (!prev) byId.set(m.id, m);
      else {
        const merged = { ...m, ...prev };
        for (const key of ['likes', 'comments', 'views'] as const) merged[key] = bestCount(prev[key], m[key]);
        byId.set(m.id, compact(merged));
      }
    }
    const order = tiles.length ? [...tiles.map((t) => t.id), ...media.map((m) => m.id)] : media.map((m) => m.id);
    posts = [...new Set(order)].map((id) => toPost(byId.get(id)!));
    if (!posts.length) notes.push(noPostCountsNote(route, handle));
  }
  if (!profile.followers && !profile.following && !profile.posts && !posts.length) return null;
  return snapshot('instagram', url, 'profile', profile, posts, notes);
}

/** What the user can do when no post showed a count (issue 12, item 3). */
function noPostCountsNote(route: IgRoute, handle: string): string {
  if (route.tab === 'reels') {
    return 'No per-post counts were visible on the Reels tab yet: scroll the grid so Instagram draws the reels’ view counts.';
  }
  // The default Posts grid shows no counts until the pointer is over a tile; the Reels tab shows each reel's views.
  return `No per-post counts are shown on the Posts grid: open the Reels tab (${ORIGIN}/${handle}/reels/) to read each reel’s views, or hover over posts to show their likes and comments.`;
}

function toPost(m: MediaCounts): Post {
  const { id, kind, likes, comments, views, likesHidden, pinned, postedAt } = m;
  return compact({ id, url: `${ORIGIN}/${kind ?? 'p'}/${id}/`, likes, comments, views, likesHidden, pinned, postedAt });
}
