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
    id: 'x-label-without-number',
    kind: 'adapter bug',
    page: 'fixture/x/profile-es.html',
    pattern: /aria-label="\d[^"]*" on <button>\n-> post:\d+\.(likes|shares|comments): read 0/,
    why:
      'lib/sites/x.ts actionCounts: a button whose aria-label holds no digit is read as a zero count ("Reply" on X means 0), ' +
      'even when the button still shows its number ("41"). Only a button that shows no number either is a zero.',
  },
  {
    id: 'bluesky-count-without-hook',
    kind: 'adapter bug',
    page: 'fixture/bluesky/',
    pattern: /data-testid="repostCount" on <div>\n-> post:\w+\.shares: read 0/,
    why:
      'lib/sites/bluesky.ts: without data-testid="repostCount" the repost count still shows ("1,1 mil") but is read as 0 ' +
      '(the app hides zero counts). Only a repost button that shows no number is a zero.',
  },
  {
    id: 'tiktok-other-videos-bar',
    kind: 'adapter bug',
    page: 'fixture/tiktok/feed-dialog.html',
    pattern: /-> post:7435555555555555555\.(likes|comments|shares|saves): read/,
    why:
      'lib/sites/tiktok.ts videoScope: with one action bar left on a feed page (the dialog of the URL\'s video gone, or its ' +
      'like count unhooked), that bar is taken as this video\'s although it belongs to another video of the feed ' +
      '(`if (bars.length <= 1) return doc`). A lone bar should count only on a plain video page, or when it is next to this video\'s id.',
  },
  {
    id: 'youtube-hidden-channel-header',
    kind: 'adapter bug',
    page: 'fixture/youtube/channel-rendered-ja.html',
    pattern: /-> profile\.followers: read 1230000/,
    why:
      'lib/sites/youtube.ts activeBrowse: when the channel page on screen cannot be told apart (page-subtype or the visible ' +
      '<ytd-browse> gone), the whole document is searched and the previous channel\'s hidden header (123万) is read.',
  },
  {
    id: 'youtube-grid-first-span',
    kind: 'adapter bug',
    page: 'fixture/youtube/channel-rendered-ja.html',
    pattern: /removed <span>[^\n]*\n-> post:\w+\.views: read \d+ \(raw "\d+ (日前|か月前)"\)/,
    why:
      'lib/sites/youtube.ts gridFromDom: the first span of #metadata-line is taken as the view count whatever it says; ' +
      'without the views span, "2 日前" (2 days ago) is read as 2 views. The word beside the number should be checked.',
  },
  {
    id: 'youtube-live-without-overlay',
    kind: 'adapter bug',
    page: 'fixture/youtube/channel-rendered-ja.html',
    pattern: /-> a post the page did not have as this account's: fffffffff02 \(views=312\)/,
    why:
      'lib/sites/youtube.ts gridFromDom: live videos are recognised by their LIVE overlay only; without it, "312 人が視聴中" ' +
      '(312 watching) is read as 312 views. Same fix as youtube-grid-first-span: check the word.',
  },
  {
    id: 'bluesky-own-repost',
    kind: 'accepted',
    page: 'fixture/bluesky/profile.html',
    pattern: /-> a post the page did not have as this account's: 3kold0000000bb \(likes=88, comments=2, shares=4\)/,
    why:
      'The item is the account\'s own post that it reposted itself; the adapter leaves reposts out. With the "Reposted by you" ' +
      'row removed it reads as her own post, with its own counts: right numbers.',
  },
  {
    id: 'bluesky-shares-sources',
    kind: 'accepted',
    page: 'fixture/bluesky/post.html',
    pattern: /^script cut[^\n]*\n-> post:3kmug0000000ff\.shares: read 140 /,
    why:
      'With the JSON-LD broken, shares come from the page ("140 reposts") instead of JSON-LD ShareAction (163, which also ' +
      'counts quotes): both are numbers the page shows for sharing. Worth knowing: "shares" means reposts + quotes from ' +
      'JSON-LD but reposts alone from the page.',
  },
];

export function knownFinding(page: string, text: string): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((k) => page.startsWith(k.page) && k.pattern.test(text));
}
