/**
 * Rendered-DOM helpers of the adapters added with the site list (Facebook, LinkedIn, Threads,
 * Twitch): the text an element shows, counts written beside a word in any language, and the
 * JSON-LD posting of a post id. Whether an element is shown is common.ts isShown.
 * Pure, like ./common.ts: a Document in, values out.
 */
import type { Count, CountSource } from '../snapshot';
import { countFromNumber, interactionCount, isRecord, isShown, jsonLdObjects, leadingCount } from './common';

const HIDDEN = '[hidden], [style*="display: none"], [style*="display:none"], [style*="visibility: hidden"], [style*="visibility:hidden"]';

/**
 * The text an element shows: its folded text when it and everything in it is shown, else ''
 * (textContent would include a hidden old screen inside it).
 */
export function shownText(el: Element): string {
  if (!isShown(el) || el.querySelector(HIDDEN)) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// A number as sites print it, with its compact suffix if any: "5,410,921", "1.2K", "4,69 mil", "1,2 Mio.", "12万".
const NUMBER = String.raw`\d(?:[\d.,'\u00a0\u202f\u2009 ]*\d)?(?:[ \u00a0\u202f]?[^\s\d,.:;()·•|]{1,9}\.?)?`;

/**
 * The count written next to one of `words` (a regex alternation, lower case) in `text`: "75 Comments",
 * "1.2K views", "5,410,921 people like this", "4,69 mil seguidores", or the word first ("Aufrufe: 982").
 * Undefined when no such count is there.
 */
export function countBesideWord(text: string | null | undefined, words: string, source: CountSource, locale?: string): Count | undefined {
  if (!text) return undefined;
  const clean = text.replace(/[\u200e\u200f\u200b]/g, '').replace(/\s+/g, ' ');
  const after = new RegExp(`(${NUMBER})[ \u00a0\u202f]*(?:${words})(?![\\p{L}])`, 'iu').exec(clean);
  const before = after ? null : new RegExp(`(?<![\\p{L}])(?:${words})[ \u00a0\u202f]*:?[ \u00a0\u202f]*(${NUMBER})`, 'iu').exec(clean);
  const m = after ?? before;
  if (!m) return undefined;
  const count = leadingCount(m[1], source, locale);
  return count && { ...count, raw: m[0].trim().slice(0, 200) };
}

/** The count when `text` is nothing but a number and one of `words`: "75 Comments", "Comentarios: 75". */
export function countLabel(text: string | null | undefined, words: string, source: CountSource, locale?: string): Count | undefined {
  const clean = (text ?? '').replace(/[\u200e\u200f\u200b]/g, '').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60) return undefined;
  const whole = new RegExp(`^(?:(${NUMBER})[ \u00a0\u202f]*(?:${words})|(?:${words})[ \u00a0\u202f]*:?[ \u00a0\u202f]*(${NUMBER}))$`, 'iu').exec(clean);
  const number = whole?.[1] ?? whole?.[2];
  const count = number ? leadingCount(number, source, locale) : undefined;
  return count && { ...count, raw: clean.slice(0, 200) };
}

/** A lower-cased path segment list of a URL path, without empty parts. */
export function pathParts(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

export interface PostingLd {
  likes?: Count;
  comments?: Count;
  shares?: Count;
  views?: Count;
  authorName?: string;
  authorUrl?: string;
  /** The author's followers, where the posting's FollowAction counter states them. */
  authorFollowers?: Count;
}

/**
 * The JSON-LD posting (SocialMediaPosting, DiscussionForumPosting, VideoObject, Article) whose
 * identifier, URL or @id names one of `ids` as a whole token: after in-site navigation the JSON-LD
 * may describe the page opened first.
 */
export function postingLd(doc: Document, ids: string[]): PostingLd | undefined {
  const wanted = ids.filter(Boolean).map((id) => new RegExp(`(^|[^\\w])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`));
  for (const obj of jsonLdObjects(doc)) {
    if (!/SocialMediaPosting|VideoObject|DiscussionForumPosting|Article|Clip/.test(String(obj['@type'] ?? ''))) continue;
    const page = obj.mainEntityOfPage;
    const names = [obj.identifier, obj.url, obj['@id'], obj.embedUrl, isRecord(page) ? page['@id'] : page].map((v) => (typeof v === 'string' ? v : '')).join(' ');
    if (!wanted.some((re) => re.test(names))) continue;
    const num = (action: string) => countFromNumber(interactionCount(obj, action), 'json-ld');
    const author = Array.isArray(obj.author) ? obj.author[0] : (obj.author ?? obj.creator);
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
