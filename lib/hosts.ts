/**
 * The pages RealReach runs on, derived from the site list (lib/sites/list.ts). Host access is
 * limited to these (README: "Permissions"); the content scripts' `matches` are the same list.
 */
import type { Platform } from './snapshot';
import { matchPattern, SITES } from './sites/list';

export const SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.hosts.map(matchPattern));

/**
 * The platform of an https URL on a host RealReach reads, or undefined. The background accepts a
 * page report only for the platform of the tab that sent it (issue 17, defect 9).
 */
export function platformOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return undefined;
    const host = u.hostname.toLowerCase();
    return SITES.find((s) => s.hosts.includes(host))?.platform;
  } catch {
    return undefined;
  }
}
