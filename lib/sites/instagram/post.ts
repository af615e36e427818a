/**
 * Post pages (/p/ID/, /reel/ID/, /HANDLE/p/ID/) and a post opened as a dialog over a profile or
 * feed. Sources: embedded media object for this shortcode, meta description naming this post,
 * then the rendered likes link <a href="/p/ID/liked_by/">, which names the post itself: another
 * post's dialog left in the page never lends its likes.
 */
import type { Count, Post, Profile } from '../../snapshot';
import { bestCount, compact, countInElement, isShown, pageLocale, snapshot, textOf, type SiteAdapter } from '../common';
import { embeddedObjects, isMedia, mediaCounts } from './embedded';
import { metaPost } from './meta';
import { handleFromPath, linkPath, ORIGIN, postIdFromPath, type IgRoute } from './route';
import { css } from './selectors';

/**
 * Post page or dialog: <a href="/p/ID/liked_by/"><span>1,234</span> likes</a>; "Liked by
 * <a href="/friend/">friend</a> and <a href="/p/ID/liked_by/">1,233 others</a>"; with likes hidden,
 * "Liked by friend and <a href="/p/ID/liked_by/">others</a>" (no number). Any interface language:
 * "12.407 Me gusta", "Gefällt 12.407 Mal".
 */
function domPost(doc: Document, postId: string, locale: string | undefined) {
  const links = Array.from(doc.querySelectorAll(css('likesLink'))).filter((a) => {
    const path = linkPath(a)?.replace(/liked_by\/$/, '');
    return postIdFromPath(path)?.id === postId && isShown(a);
  });
  let likes: Count | undefined;
  let likesHidden = false;
  for (const link of links) {
    if (!/\d/.test(textOf(link))) {
      likesHidden = true;
      continue;
    }
    const shown = countInElement(link, 'text', locale);
    if (shown && likedByFriend(link)) {
      // "friend and N others": the friend is one more like.
      likes = { ...shown, value: shown.value + 1, min: shown.min + 1, max: shown.max + 1 };
    } else likes = shown;
    if (likes) break;
  }
  const scope = links[0]?.closest(css('postScope')) ?? null;
  // Post header: <header>... <a href="/willyrex/">willyrex</a> ...</header>
  const authorLink = scope
    ? Array.from(scope.querySelectorAll(css('postAuthor'))).find((a) => handleFromPath(linkPath(a)) && textOf(a))
    : undefined;
  const time = scope?.querySelector(css('postTime'))?.getAttribute('datetime') ?? undefined;
  return {
    likes,
    likesHidden: likesHidden && !likes,
    author: handleFromPath(authorLink ? linkPath(authorLink) : undefined),
    postedAt: time && !Number.isNaN(Date.parse(time)) ? time : undefined,
  };
}

/**
 * True when the likes link follows a link to an account in the same line ("Liked by x and ...").
 * The likes line is its own <section>; without one, the link's grandparent bounds the line.
 */
function likedByFriend(link: Element): boolean {
  const line = link.closest('section') ?? link.parentElement?.parentElement;
  const anchors = Array.from(line?.querySelectorAll('a[href]') ?? []);
  return anchors.slice(0, anchors.indexOf(link)).some((a) => handleFromPath(linkPath(a)));
}

export function readPost(doc: Document, url: string, route: IgRoute): ReturnType<SiteAdapter['read']> {
  const postId = route.postId!;
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const json = embeddedObjects(doc, [postId], `media:${postId}`, (o) => isMedia(o) && (o.code ?? o.shortcode) === postId).map(mediaCounts)[0];
  const meta = metaPost(doc, postId, locale);
  const dom = domPost(doc, postId, locale);
  const handle = route.handle ?? json?.author ?? meta.author ?? dom.author;
  if (!handle) return null;

  const likesHidden = Boolean(json?.likesHidden || dom.likesHidden);
  const post: Post = compact({
    id: postId,
    url: `${ORIGIN}/${route.kind ?? 'p'}/${postId}/`,
    likes: likesHidden ? undefined : bestCount(json?.likes, meta.likes, dom.likes),
    comments: bestCount(json?.comments, meta.comments),
    views: json?.views,
    likesHidden: likesHidden || undefined,
    postedAt: json?.postedAt ?? dom.postedAt,
  });
  if (likesHidden) notes.push('The author hides this post’s like count.');
  else if (!post.likes) notes.push('The like count was not shown on the page.');
  if (!post.comments) notes.push('The comment count was not shown on the page: Instagram writes it only into a freshly loaded post page (reload this page to read it).');
  if (route.kind === 'reel' && !post.views) notes.push('The view count was not shown on the page: the profile’s Reels tab shows it on each reel.');
  notes.push('Follower count is not shown on a post page: open the profile to read it.');
  if (!post.likes && !post.comments && !post.views && !likesHidden) return null;
  const profile: Profile = compact({ handle, name: meta.author === handle ? meta.name : undefined });
  return snapshot('instagram', url, 'post', profile, [post], notes);
}
