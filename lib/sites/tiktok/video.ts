/**
 * TikTok video and photo pages (/@handle/video/ID), also the video dialog opened over a feed or a
 * profile grid. Embedded state when it is this video; else the action bar that is shown and tied
 * to this video (its player "xgwrapper-N-ID" or its own link), never a feed neighbour's bar.
 */
import type { Post, Profile, Snapshot } from '../../snapshot';
import { bestCount, compact, countFromText, isRecord, isShown, pageLocale, snapshot, textOf } from '../common';
import { css } from './selectors';
import { authorOf, itemData, itemPost, num, str } from './state';

export function readPost(doc: Document, url: string, handle: string, id: string): Snapshot | null {
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const data = itemData(doc, id, notes);
  const item = data?.item;

  const post: Post = item ? itemPost(item) : { id };
  post.url = url.split(/[?#]/)[0];
  const scope = videoScope(doc, id, notes);
  if (scope) {
    const dom = (key: 'likeCount' | 'commentCount' | 'shareCount' | 'saveCount') =>
      countFromText(textOf(Array.from(scope.querySelectorAll(css(key))).find((el) => isShown(el))), 'text', locale);
    // Action bar of the video page (2022-2025): <strong data-e2e="like-count">1.2M</strong>, comment-count,
    // share-count, and the bookmark count under the hook TikTok ships as "undefined-count".
    // The video dialog opened over a feed or profile uses "browse-like-count" / "browse-comment-count".
    post.likes = bestCount(post.likes, dom('likeCount'));
    post.comments = bestCount(post.comments, dom('commentCount'));
    post.shares = bestCount(post.shares, dom('shareCount'));
    post.saves = bestCount(post.saves, dom('saveCount'));
  }
  if (!post.views) notes.push('TikTok shows a video\'s play count only in the data embedded on a fresh page load (and on the profile grid); reload the video to read it.');

  const author = item && isRecord(item.author) ? item.author : undefined;
  const s = data?.authorStatsV2;
  const t = data?.authorStats;
  const profile: Profile = compact({
    handle: authorOf(item) ?? handle,
    name: str(author?.nickname),
    verified: typeof author?.verified === 'boolean' ? author.verified : undefined,
    followers: bestCount(num(s?.followerCount), num(t?.followerCount)),
    following: bestCount(num(s?.followingCount), num(t?.followingCount)),
    likes: bestCount(num(s?.heartCount ?? s?.heart), num(t?.heartCount ?? t?.heart)),
    posts: bestCount(num(s?.videoCount), num(t?.videoCount)),
  });
  if (!profile.followers) notes.push('The author\'s follower count is not shown on a video page; open the profile to read it.');

  const counted = ['likes', 'comments', 'shares', 'views', 'saves'] as const;
  if (!counted.some((k) => post[k])) return null;
  for (const k of counted) if (!post[k] && k !== 'views') notes.push(`Could not read the video's ${k} count.`);
  return snapshot('tiktok', url, 'post', profile, [compact(post)], notes);
}

const LIKE_HOOKS = css('likeCount');
const COUNT_HOOKS = [css('likeCount'), css('commentCount'), css('shareCount'), css('saveCount')].join(', ');

/**
 * The part of the page holding this video's action bar. Each shown bar belongs to the nearest
 * enclosing block that holds a player (ids like "xgwrapper-0-ID") or a video link; a bar counts when
 * that block names this video only and holds this one bar. A lone bar is otherwise taken only on a
 * plain video page: not when it sits next to another video's player or links, nor on a feed (as
 * when the dialog of this video is gone and only another feed video's bar is left). Bars a previous
 * page left hidden are not bars.
 */
export function videoScope(doc: Document, id: string, notes: string[]): ParentNode | null {
  const shownOf = (scope: ParentNode, sel: string) => Array.from(scope.querySelectorAll(sel)).filter((el) => isShown(el));
  const likeBars = shownOf(doc, LIKE_HOOKS);
  // Without any like count, the other counts place the bar (a feed may still show other videos' ones).
  const anchors = likeBars.length ? likeBars : shownOf(doc, COUNT_HOOKS);
  const blocks: Element[] = [];
  for (const bar of anchors) {
    for (let el = bar.parentElement; el; el = el.parentElement) {
      if (!el.querySelector(css('videoMarks'))) continue;
      // The block must name this video only, and hold this one bar (not the bars of a feed around it).
      const named = videosNamed(el);
      const kind = bar.getAttribute('data-e2e');
      const oneBar = shownOf(el, LIKE_HOOKS).length <= 1 && shownOf(el, `[data-e2e="${kind}"]`).length === 1;
      if (named.size === 1 && named.has(id) && oneBar) return el;
      blocks.push(el);
      break;
    }
  }
  if (likeBars.length > 1) {
    notes.push('Several videos are on screen and none is marked as this one; their counts were not used.');
    return null;
  }
  // A lone bar with no video around it is a plain video page's. One beside links or players of other
  // videos counts only when this video is named there too (its player, its own link), on a page that
  // is no feed and holds no other video's player.
  if (!blocks.length) return doc;
  const namesThis = blocks.every((b) => videosNamed(b).has(id));
  const otherPlayer = blocks.some((b) => Array.from(b.querySelectorAll('[id^="xgwrapper-"]')).some((player) => !player.id.endsWith(`-${id}`)));
  if (!namesThis || otherPlayer || doc.querySelector(css('feedItem'))) {
    notes.push('The counts on screen cannot be tied to this video (another video is beside them); they were not used.');
    return null;
  }
  return doc;
}

/** The ids of the videos a block's players ("xgwrapper-0-ID") and video links name (hidden ones included: they still name a video). */
function videosNamed(block: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of Array.from(block.querySelectorAll(css('videoMarks')))) {
    const m = el.tagName === 'A' ? /\/(?:video|photo)\/(\d+)/.exec(el.getAttribute('href') ?? '') : /-(\d+)$/.exec(el.id);
    ids.add(m ? m[1] : '?');
  }
  return ids;
}
