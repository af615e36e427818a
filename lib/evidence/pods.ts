/**
 * Engagement pods, named: across the posts of one account the user has opened, the accounts that
 * comment on most of them, early, with generic words. Reciprocal pods (groups that agree to comment
 * on each other's posts within minutes) are the known cause of inflated comments. Pure: the
 * observations come from lib/storage/evidence.ts.
 *
 * "Early" is the first EARLY_POSITIONS comments as the page listed them: the order the site chose
 * (often its "top" order), so it says which commenters the page puts first, not exact times.
 */
import type { Snapshot } from '../snapshot';
import { isGeneric } from './comments';
import { clip } from './text';

export const OBSERVED_COMMENTERS_MAX = 40;
export const OBSERVED_TEXT_MAX = 60;
const EARLY_POSITIONS = 5;
/** An account is listed when it commented on at least this many of the posts seen, and on half of them. */
export const POD_MIN_POSTS = 3;
const POD_MIN_SHARE = 0.5;
const POD_LISTED_MAX = 15;

interface ObservedComment {
  /** Commenter's handle. */
  a: string;
  /** Position in the visible list, 0 first. */
  p: number;
  /** Generic words (lib/evidence/comments.ts). */
  g: boolean;
  /** The comment's first words, for the example shown. */
  x?: string;
}

/** One post of an account as seen once: which accounts commented, where and how. */
export interface PostObservation {
  platform: Snapshot['platform'];
  handle: string;
  post: string;
  at: string;
  commenters: ObservedComment[];
}

/** The observation a post page gives, or null (not a post page, no comments, no post id). */
export function observationFrom(snap: Snapshot, at: string): PostObservation | null {
  if (snap.page !== 'post' || !snap.comments?.length) return null;
  const first = snap.posts[0];
  const post = first?.id ?? first?.url;
  if (!post) return null;
  const owner = snap.profile.handle.toLowerCase();
  const seen = new Set<string>();
  const commenters: ObservedComment[] = [];
  snap.comments.forEach((c, i) => {
    if ((c.post ?? 0) !== 0) return;
    const a = clip(c.author.replace(/^@/, ''), 100);
    const key = a.toLowerCase();
    // The owner answering is not a pod; an account is counted once per post.
    if (!a || key === owner || seen.has(key) || commenters.length >= OBSERVED_COMMENTERS_MAX) return;
    seen.add(key);
    commenters.push({ a, p: i, g: isGeneric(c.text), x: clip(c.text, OBSERVED_TEXT_MAX) });
  });
  if (!commenters.length) return null;
  return { platform: snap.platform, handle: clip(snap.profile.handle, 200), post: clip(post, 300), at, commenters };
}

interface PodMember {
  handle: string;
  /** Posts of the account this commenter commented on, of `postsSeen`. */
  posts: number;
  early: number;
  generic: number;
  example?: string;
  /** Commented on most posts, early and with generic words on most of them: the pod pattern. */
  podPattern: boolean;
}

export interface PodReport {
  postsSeen: number;
  members: PodMember[];
  /** At least three accounts show the full pattern. */
  likelyPod: boolean;
}

export function podReport(observations: readonly PostObservation[]): PodReport {
  // One observation per post: the latest (a post opened twice is one post).
  const byPost = new Map<string, PostObservation>();
  for (const o of observations) {
    const had = byPost.get(o.post);
    if (!had || had.at < o.at) byPost.set(o.post, o);
  }
  const posts = [...byPost.values()];
  const tally = new Map<string, PodMember>();
  for (const o of posts) {
    for (const c of o.commenters) {
      const key = c.a.toLowerCase();
      const m = tally.get(key) ?? { handle: c.a, posts: 0, early: 0, generic: 0, podPattern: false };
      m.posts++;
      if (c.p < EARLY_POSITIONS) m.early++;
      if (c.g) {
        m.generic++;
        if (!m.example && c.x) m.example = c.x;
      }
      if (!m.example && c.x) m.example = c.x;
      tally.set(key, m);
    }
  }
  const seen = posts.length;
  const members = [...tally.values()]
    .filter((m) => m.posts >= POD_MIN_POSTS && m.posts / seen >= POD_MIN_SHARE)
    .map((m) => ({ ...m, podPattern: m.early * 2 >= m.posts && m.generic * 2 >= m.posts }))
    .sort((a, b) => b.posts - a.posts || Number(b.podPattern) - Number(a.podPattern) || b.early - a.early || a.handle.localeCompare(b.handle))
    .slice(0, POD_LISTED_MAX);
  return { postsSeen: seen, members, likelyPod: members.filter((m) => m.podPattern).length >= 3 };
}
