/** YouTube addresses: which page a URL names (a video, a Short, a channel and its tab). */
import type { PageRoute } from '../common';
import { decodePathPart } from '../common';

export const HOSTS = ['www.youtube.com', 'm.youtube.com', 'youtube.com'] as const;
export const VIDEO_ID = /^[\w-]{11}$/;
/** Channel tabs whose grid lists the channel's own uploads. */
export const UPLOAD_TABS = new Set(['videos', 'shorts', 'streams']);

/** How the URL names a channel. */
export interface ChannelKey {
  kind: 'handle' | 'id' | 'legacy';
  value: string;
  /** For /c/ and /user/ URLs, the path prefix ("/c/name"). */
  path?: string;
  tab?: string;
}

export function route(url: URL): { route: PageRoute; channel?: ChannelKey; shorts?: boolean } | null {
  const path = url.pathname;
  if (/^\/watch\/?$/.test(path)) {
    const v = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(v) ? { route: { page: 'post', postId: v } } : null;
  }
  const short = /^\/(shorts|live)\/([\w-]{11})\/?$/.exec(path);
  if (short) return { route: { page: 'post', postId: short[2] }, shorts: short[1] === 'shorts' };
  const handle = /^\/@([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  if (handle) {
    const h = decodePathPart(handle[1]);
    return { route: { page: 'profile', handle: h }, channel: { kind: 'handle', value: h, tab: handle[2] } };
  }
  const id = /^\/channel\/(UC[\w-]{22})(?:\/([a-z]+))?\/?$/.exec(path);
  if (id) return { route: { page: 'profile', handle: id[1] }, channel: { kind: 'id', value: id[1], tab: id[2] } };
  const legacy = /^\/(c|user)\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  if (legacy) {
    const name = decodePathPart(legacy[2]);
    return {
      route: { page: 'profile', handle: name },
      channel: { kind: 'legacy', value: name, path: `/${legacy[1]}/${name}`, tab: legacy[3] },
    };
  }
  return null;
}
