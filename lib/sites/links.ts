/**
 * The website link a profile shows in its bio (Snapshot `profile.bioLink`), for suggesting that two
 * shortlisted accounts are one creator (lib/creators.ts). Sites wrap outgoing links in their own
 * redirectors (l.instagram.com/?u=, l.facebook.com/l.php?u=, l.threads.com/?u=, youtube.com/redirect?q=,
 * linkedin.com/redir/redirect?url=, t.co): the address inside is the one the user sees.
 * Runs in content scripts: no tables, no Intl.
 */
import { clip } from '../evidence/bounds';

/** The query parameter each site's redirector carries the real address in. */
const REDIRECTS: [RegExp, string][] = [
  [/^l\.(?:instagram|facebook|threads)\.(?:com|net)$|^lm\.facebook\.com$/, 'u'],
  [/(^|\.)youtube\.com$/, 'q'],
  [/(^|\.)linkedin\.com$/, 'url'],
];

/**
 * The http(s) address a bio link points to, unwrapped from the site's redirector, at most 2000
 * characters; undefined for anything else (javascript:, mailto:, a link to the site itself when
 * `ownHosts` names it, an unparsable value). A bare "example.com/shop" as shown is accepted.
 */
export function bioLinkFrom(href: string | null | undefined, ownHosts: readonly string[] = []): string | undefined {
  const raw = (href ?? '').trim();
  if (!raw || raw.length > 4000) return undefined;
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw.replace(/^\/+/, '')}`);
  } catch {
    return undefined;
  }
  for (const [host, param] of REDIRECTS) {
    const inner = host.test(u.hostname) ? u.searchParams.get(param) : null;
    if (inner && /^https?:\/\//i.test(inner)) return bioLinkFrom(inner, ownHosts);
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname.includes('.')) return undefined;
  if (ownHosts.includes(u.hostname.toLowerCase())) return undefined;
  // Facebook and Instagram append a click id to every outgoing link: it is not part of the address.
  u.searchParams.delete('fbclid');
  const out = clip(u.href, 2000);
  return out.length === u.href.length ? out : undefined;
}

/** A root-relative path of characters URL keeps as they are, then any query or fragment. */
const PLAIN_PATH = /^\/(?![/\\])[\w.~!$&'()*+,;=:@/-]*(?:[?#].*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/**
 * The path of a plain same-site link ("/name/reel/C8x/?x=1" -> "/name/reel/C8x/"), read without
 * building a URL: every post on a page holds several links, and each URL costs a visit microseconds.
 * Undefined for anything URL would read otherwise (another host, "//host", dot segments,
 * backslashes, escapes, characters it encodes): the caller asks URL. Otherwise the same as
 * `new URL(href, sameSite).pathname` (tests/unit/sites/plain-link-path.test.ts).
 */
export function plainLinkPath(href: string): string | undefined {
  if (!PLAIN_PATH.test(href)) return undefined;
  const path = href.split(/[?#]/, 1)[0];
  return DOT_SEGMENT.test(path) ? undefined : path;
}
