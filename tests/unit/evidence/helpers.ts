import type { Comment, Count, Post, Snapshot } from '../../../lib/snapshot';

export const n = (value: number): Count => ({ value, exact: true, source: 'text', raw: String(value), min: value, max: value });

export function snap(posts: Partial<Post>[], extra: Partial<Snapshot> = {}, followers = 50_000): Snapshot {
  return {
    platform: 'instagram',
    url: 'https://www.instagram.com/creator/',
    page: 'profile',
    capturedAt: '2026-11-30T12:00:00Z',
    profile: { handle: 'creator', followers: n(followers) },
    posts: posts.map((p, i) => ({ id: `p${i}`, ...p })),
    ...extra,
  };
}

export const comment = (author: string, text: string, post?: number): Comment => ({ author, text, ...(post === undefined ? {} : { post }) });
