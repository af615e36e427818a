/**
 * What a LinkedIn URL names: company pages (/company/NAME, and its /posts/, /about/ tabs), member
 * profiles (/in/NAME, and /recent-activity/), and posts (/posts/NAME_words-activity-ID-xxxx,
 * /feed/update/urn:li:activity:ID). The feed, jobs, search and messaging name no one account.
 */
import { decodePathPart, type PageRoute } from '../common';
import { pathParts } from '../dom';

const SLUG = /^[\p{L}\p{N}\-_.%]{2,100}$/u;

export function route(url: URL): PageRoute | null {
  const parts = pathParts(url.pathname).map(decodePathPart);
  const [first, second] = parts;
  if ((first === 'company' || first === 'showcase' || first === 'school') && second && SLUG.test(second)) {
    const tab = parts[2];
    return !tab || ['posts', 'about', 'people', 'videos'].includes(tab) ? { page: 'profile', handle: second } : null;
  }
  if (first === 'in' && second && SLUG.test(second)) {
    return !parts[2] || parts[2] === 'recent-activity' ? { page: 'profile', handle: second } : null;
  }
  if (first === 'posts' && second) {
    const id = /activity-(\d{15,25})/.exec(second)?.[1];
    const handle = second.split('_')[0];
    return id && handle && SLUG.test(handle) ? { page: 'post', handle, postId: id } : null;
  }
  if (first === 'feed' && second === 'update' && parts[2]) {
    const id = /^urn:li:(?:activity|share|ugcPost):(\d{15,25})$/.exec(parts[2])?.[1];
    return id ? { page: 'post', postId: id } : null;
  }
  return null;
}

/** The account slug a LinkedIn link names (/company/NAME or /in/NAME, on any *.linkedin.com host). */
export function accountOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.linkedin.com/');
    if (!/(^|\.)linkedin\.com$/.test(u.hostname)) return undefined;
    const [first, second] = pathParts(u.pathname).map(decodePathPart);
    return (first === 'company' || first === 'in' || first === 'showcase' || first === 'school') && second ? second.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
