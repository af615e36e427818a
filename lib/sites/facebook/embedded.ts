/**
 * Facebook's structured data: the post JSON-LD (`SocialMediaPosting`, `VideoObject`) of post pages,
 * and the 2021 mobile site's `MLiveData` records, one per story id, which hold the counts its
 * footer shows (`like_count` is the "1,615 Likes" line, `comment_count`, `share_count`).
 * Each is used only for the post id it names: after in-site navigation both may describe
 * another post.
 */
import { countFromNumber, memoScript } from '../common';
import { postingLd, type PostingLd } from '../dom';

export type PostCounts = Pick<PostingLd, 'likes' | 'comments' | 'shares' | 'views'>;

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

/** The JSON-LD posting about `postId` (its identifier or URL names it), or undefined. */
export function postingJsonLd(doc: Document, postId: string): PostingLd | undefined {
  return postingLd(doc, [postId]);
}
