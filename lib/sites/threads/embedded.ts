/**
 * Threads' embedded app data: the JSON in `script[type="application/json"]` blocks. Posts are
 * objects with `code` and `like_count`; the account is an object with `username` and
 * `follower_count`. After in-site navigation these describe the page first opened, so only
 * the account and posts named in the URL are taken.
 */
import type { Count } from '../../snapshot';
import { countFromNumber, dig, isRecord, memoScript, parseJson } from '../common';

export interface EmbeddedPost {
  code: string;
  username?: string;
  likes?: Count;
  comments?: Count;
  /** Reposts only: quotes are not shares (GUIDE section 3). */
  shares?: Count;
  views?: Count;
  /** The post's text (`caption.text`) and its paid-partnership flag and sponsors, for the evidence sections. */
  caption?: string;
  paid?: boolean;
  sponsors?: string[];
}

export interface Embedded {
  followers?: Count;
  name?: string;
  /** The first of the profile's `bio_links` (or its `external_url`). */
  bioLink?: string;
  posts: Map<string, EmbeddedPost>;
}

const MAX_NODES = 200_000;

/**
 * The account and posts of the app data. Each script's walk is remembered while its text stays the
 * same (memoScript): the adapter and the evidence reader both ask, on every page change.
 */
export function embeddedData(doc: Document, handle: string): Embedded {
  const out: Embedded = { posts: new Map() };
  const key = handle.toLowerCase();
  for (const script of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    const text = script.textContent ?? '';
    if (!text.includes('like_count') && !text.includes('follower_count')) continue;
    const one = memoScript(script, `threads:${key}`, text, (t) => walkScript(memoScript(script, 'json', t, parseJson), key));
    out.followers ??= one.followers;
    out.name ??= one.name;
    out.bioLink ??= one.bioLink;
    for (const [code, post] of one.posts) if (!out.posts.has(code)) out.posts.set(code, post);
  }
  return out;
}

function walkScript(data: unknown, key: string): Embedded {
  const out: Embedded = { posts: new Map() };
  let nodes = 0;
  const visit = (node: unknown, depth: number) => {
    if (++nodes > MAX_NODES || depth > 60) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isRecord(node)) return;
    if (typeof node.username === 'string' && node.username.toLowerCase() === key && node.follower_count !== undefined) {
      out.followers ??= countFromNumber(node.follower_count, 'embedded-json');
      if (typeof node.full_name === 'string' && node.full_name) out.name ??= node.full_name.slice(0, 300);
      const link = dig(node, 'bio_links', 0, 'url') ?? node.external_url;
      if (typeof link === 'string' && link) out.bioLink ??= link.slice(0, 4000);
    }
    if (typeof node.code === 'string' && node.like_count !== undefined && !out.posts.has(node.code)) {
      const info = node.text_post_app_info;
      out.posts.set(node.code, {
        code: node.code,
        username: typeof dig(node, 'user', 'username') === 'string' ? (dig(node, 'user', 'username') as string) : undefined,
        likes: countFromNumber(node.like_count, 'embedded-json'),
        comments: countFromNumber(dig(info, 'direct_reply_count'), 'embedded-json'),
        shares: countFromNumber(dig(info, 'repost_count'), 'embedded-json'),
        views: countFromNumber(node.view_count ?? dig(node, 'feedback_info', 'view_count'), 'embedded-json'),
        caption: typeof dig(node, 'caption', 'text') === 'string' ? (dig(node, 'caption', 'text') as string).slice(0, 2000) : undefined,
        paid: node.is_paid_partnership === true,
        sponsors: sponsorNames(node.sponsor_tags),
      });
    }
    for (const value of Object.values(node)) if (typeof value === 'object' && value) visit(value, depth + 1);
  };
  visit(data, 0);
  return out;
}

/** `sponsor_tags: [{ sponsor: { username } }]` (Instagram's shape, which Threads shares). */
function sponsorNames(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  return tags.map((t) => dig(t, 'sponsor', 'username') ?? dig(t, 'username')).filter((u): u is string => typeof u === 'string').slice(0, 20);
}
