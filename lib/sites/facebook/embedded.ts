/**
 * Facebook's structured data: the post JSON-LD (`SocialMediaPosting`, `VideoObject`) of post pages,
 * and the 2021 mobile site's `MLiveData` records, one per story id, which hold the counts its
 * footer shows (`like_count` is the "1,615 Likes" line, `comment_count`, `share_count`).
 * Each is used only for the post id it names: after in-site navigation both may describe
 * another post.
 */
import type { Count } from '../../snapshot';
import { countFromNumber, interactionCount, isRecord, jsonLdObjects, memoScript } from '../common';

export interface PostCounts {
  likes?: Count;
  comments?: Count;
  shares?: Count;
  views?: Count;
}

/** The MLiveData counts of one story id, or undefined. */
export function liveDataCounts(doc: Document, postId: string): PostCounts | undefined {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes('MLiveData')) continue;
    const byId = memoScript(script, 'fb-live', text, parseLiveData);
    const hit = byId.get(postId);
    if (hit) return hit;
  }
  return undefined;
}

const RECORD = /ft_ent_identifier:"?(\d{5,25})"?,([^{}]{0,600})/g;

function parseLiveData(text: string): Map<string, PostCounts> {
  const out = new Map<string, PostCounts>();
  for (const m of text.matchAll(RECORD)) {
    const field = (name: string) => {
      const v = new RegExp(`(?:^|,)${name}:(\\d{1,13})(?:,|$)`).exec(m[2])?.[1];
      return v === undefined ? undefined : countFromNumber(v, 'embedded-json');
    };
    // `reactioncount` is every kind of reaction; a record without it has `like_fallback:true` and
    // the footer then shows `like_count` ("1,615 Likes"): either is what the page showed.
    if (!out.has(m[1])) out.set(m[1], { likes: field('reactioncount') ?? field('like_count'), comments: field('comment_count'), shares: field('share_count') });
  }
  return out;
}

export interface PostingLd extends PostCounts {
  authorName?: string;
  authorUrl?: string;
  /** The author's followers, as the posting's FollowAction counter states them. */
  authorFollowers?: Count;
}

/** The JSON-LD posting about `postId` (its identifier or URL names it), or undefined. */
export function postingJsonLd(doc: Document, postId: string): PostingLd | undefined {
  for (const obj of jsonLdObjects(doc)) {
    const type = String(obj['@type'] ?? '');
    if (!/SocialMediaPosting|VideoObject|DiscussionForumPosting|Article/.test(type)) continue;
    const names = [obj.identifier, obj.url, obj['@id'], isRecord(obj.mainEntityOfPage) ? obj.mainEntityOfPage['@id'] : obj.mainEntityOfPage]
      .map((v) => (typeof v === 'string' ? v : ''))
      .join(' ');
    if (!new RegExp(`(^|[^\\d])${postId}([^\\d]|$)`).test(names)) continue;
    const num = (action: string) => countFromNumber(interactionCount(obj, action), 'json-ld');
    const author = Array.isArray(obj.author) ? obj.author[0] : obj.author;
    return {
      likes: num('LikeAction'),
      comments: num('CommentAction') ?? countFromNumber(obj.commentCount, 'json-ld'),
      shares: num('ShareAction'),
      views: num('WatchAction'),
      authorFollowers: num('FollowAction'),
      authorName: isRecord(author) && typeof author.name === 'string' ? author.name.slice(0, 300) : undefined,
      authorUrl: isRecord(author) && typeof author.url === 'string' ? author.url : undefined,
    };
  }
  return undefined;
}
