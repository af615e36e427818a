/**
 * Every hook the X adapter reads, with the real pages and fixtures it was checked on
 * (tests/unit/sites/x-selectors.test.ts matches each against them). Only data-testid, ARIA and
 * structure: X's class names are generated.
 *
 * Real pages (../shared/real-pages): x_profile_Kikobeats.html (profile, English, 2024),
 * x_post_realDonaldTrump.html (post, English, 2024). Fixtures (tests/fixtures/x): profile.html,
 * profile-es.html, post.html, profile-rendered-ja.html, post-rendered-de.html.
 */
interface XSelector {
  css: string;
  what: string;
  /** Saved pages the selector matches: "real/<file>" or "fixture/<file>". */
  checkedOn: string[];
}

const REAL_PROFILE = 'real/x_profile_Kikobeats.html';
const REAL_POST = 'real/x_post_realDonaldTrump.html';

export const X_SELECTORS = {
  userUrl: {
    css: '[data-testid="UserUrl"]',
    what: 'the profile header\'s website line: its text is the address shown (the href is a t.co redirect)',
    checkedOn: [REAL_PROFILE],
  },
  primaryColumn: {
    css: '[data-testid="primaryColumn"]',
    what: 'the main column; the sidebar and dialogs outside it are not read',
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-ja.html', 'fixture/post-rendered-de.html'],
  },
  userName: {
    css: '[data-testid="UserName"]',
    what: 'profile header name block: name line (first div[dir]), then the "@handle" line',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-es.html', 'fixture/profile-rendered-ja.html'],
  },
  lineWithDir: {
    css: 'div[dir]',
    what: 'a text line of the header: the first is the display name, a later one holds only "@handle"',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-rendered-ja.html'],
  },
  verified: {
    css: '[data-testid="icon-verified"]',
    what: 'verified badge beside a name',
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile.html', 'fixture/profile-rendered-ja.html'],
  },
  topBarHeading: {
    css: 'h2[role="heading"]',
    what: 'top bar of a profile: the display name, its next sibling "23.9K posts"',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-rendered-ja.html'],
  },
  article: {
    css: 'article',
    what: 'one post of a timeline or conversation (data-testid="tweet", role="article")',
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-ja.html', 'fixture/post-rendered-de.html'],
  },
  authorBlock: {
    css: '[data-testid="User-Name"]',
    what: "a post's author: name link, @handle link, then the time link (or the ad label)",
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-ja.html', 'fixture/post-rendered-de.html'],
  },
  promotedCell: {
    css: '[data-testid="placementTracking"]',
    what: 'X wraps a promoted post in it (it also wraps Follow buttons and video players: only an ancestor counts)',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-rendered-ja.html'],
  },
  socialContext: {
    css: '[data-testid="socialContext"]',
    what: 'the line above a post: plain "Pinned", or a link to the account that reposted it',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-es.html', 'fixture/profile-rendered-ja.html'],
  },
  postText: {
    css: '[data-testid="tweetText"]',
    what: "a post's text (account-controlled: never read for counts or labels)",
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-ja.html', 'fixture/post-rendered-de.html'],
  },
  actionGroup: {
    css: '[role="group"][aria-label]',
    what: 'action bar: aria-label "10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views" (English wording)',
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile.html', 'fixture/post.html', 'fixture/post-rendered-de.html'],
  },
  reply: { css: '[data-testid="reply"]', what: 'reply button, aria-label "18151 Replies. Reply" in any language', checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile-es.html', 'fixture/post-rendered-de.html', 'fixture/profile-rendered-ja.html'] },
  repost: { css: '[data-testid="retweet"], [data-testid="unretweet"]', what: 'repost button', checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile-es.html', 'fixture/post-rendered-de.html', 'fixture/profile-rendered-ja.html'] },
  like: { css: '[data-testid="like"], [data-testid="unlike"]', what: 'like button', checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/profile-es.html', 'fixture/post-rendered-de.html', 'fixture/profile-rendered-ja.html'] },
  bookmark: {
    css: '[data-testid="bookmark"], [data-testid="removeBookmark"]',
    what: 'bookmark button: a number only on a post page',
    checkedOn: [REAL_PROFILE, REAL_POST, 'fixture/post.html', 'fixture/profile-rendered-ja.html', 'fixture/post-rendered-de.html'],
  },
  analytics: {
    css: 'a[href$="/analytics"]',
    what: 'view count link, aria-label "11424 views. View post analytics"',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-rendered-ja.html', 'fixture/post-rendered-de.html'],
  },
} satisfies Record<string, XSelector>;

export const S = X_SELECTORS;
