/**
 * What the adapter fuzzing found, judged by hand. The fuzz properties let these through (and count
 * them); tests/fuzz/known-findings.test.ts pins each "adapter bug" with a minimal reproduction
 * marked it.fails, which starts failing once the adapter is fixed: then delete the entry here and
 * the reproduction there.
 */
export interface KnownFinding {
  id: string;
  kind: 'adapter bug' | 'accepted';
  /** Saved page name ("fixture/x/profile-es.html"). */
  page: string;
  /** Matched against "<mutation description>\n-> <verdict>". */
  pattern: RegExp;
  why: string;
}

export const KNOWN_FINDINGS: KnownFinding[] = [
  {
    id: 'bluesky-own-repost',
    kind: 'accepted',
    page: 'fixture/bluesky/profile.html',
    pattern: /-> a post the page did not have as this account's: 3kold0000000bb \(likes=88, comments=2\)/,
    why:
      'The item is the account\'s own post that it reposted itself; the adapter leaves reposts out. With the "Reposted by you" ' +
      'row removed it reads as her own post, with its own counts: right numbers.',
  },
  {
    id: 'bluesky-repost-count-removed',
    kind: 'accepted',
    page: 'fixture/bluesky/',
    pattern: /^removed <div>[^\n]*data-testid="repostCount"[^\n]*\n-> post:\w+\.shares: read 0 \(raw "\(no repost count shown\)"\), baseline none$/,
    why:
      'The repost button shows reposts + quotes, so the adapter leaves a shown count out (shares are reposts alone). With ' +
      'the count element removed, the button looks exactly as the app draws it for a post nobody reposted or quoted, ' +
      'and 0 is what the page now says.',
  },
  {
    id: 'youtube-stale-2022-block-alone',
    kind: 'accepted',
    page: 'fixture/youtube/watch-stale-layouts.html',
    pattern: /^removed <ytd-watch-metadata> video-id="ssssssssss2"/,
    why:
      'With the current video\'s whole metadata block removed, what is left is a complete 2022 layout (primary and ' +
      'secondary info, shown) that nothing ties to another video: a real 2022 page looks exactly like it. The stale ' +
      'block is caught only by the newer block beside it; without it the page itself says these are its numbers.',
  },
];

export function knownFinding(page: string, text: string): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((k) => page.startsWith(k.page) && k.pattern.test(text));
}
