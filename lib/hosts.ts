/**
 * The pages RealReach runs on, derived from the site list (lib/sites/list.ts). Host access is
 * limited to these (README: "Permissions"); the content scripts' `matches` are the same list.
 */
import { matchPattern, SITES } from './sites/list';

export const SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.hosts.map(matchPattern));
