/** Bluesky URLs: /profile/HANDLE and /profile/HANDLE/post/ID (HANDLE may be a DID). */
import { decodePathPart, type PageRoute } from '../common';

export const HOSTS = ['bsky.app'] as const;

export function route(url: URL): PageRoute | null {
  const m = /^\/profile\/([^/]+)(?:\/post\/([a-z0-9]{5,20}))?\/?$/i.exec(url.pathname);
  if (!m) return null;
  const handle = decodePathPart(m[1]);
  return m[2] ? { page: 'post', handle, postId: m[2] } : { page: 'profile', handle };
}

/** Handles (and DIDs) compare without case and without a leading "@". */
export function same(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

/** The handle in an in-app path: "/profile/HANDLE/post/ID" -> HANDLE. */
export function pathHandle(href: string | null | undefined): string | undefined {
  return /^\/profile\/([^/?#]+)/.exec(href ?? '')?.[1];
}
