/**
 * Every hook the Bluesky adapter reads, with the real pages and fixtures it was checked on
 * (tests/unit/sites/bluesky-selectors.test.ts matches each against them). The app (React Native
 * Web) renders its `testID`s as data-testid; class names are generated and never read.
 *
 * Real page (../shared/real-pages): bsky_profile_stephenking.html (profile, English, 2026). The
 * test ids are those of bluesky-social/social-app (src/screens/Profile/Header/Metrics.tsx,
 * src/components/PostControls, src/screens/PostThread/components/ThreadItemAnchor.tsx, 2024-2025).
 * Fixtures (tests/fixtures/bluesky): profile.html, post.html, profile-after-navigation.html,
 * profile-rendered-pt.html, post-rendered-ja.html.
 */
interface BlueskySelector {
  css: string;
  what: string;
  /** Saved pages the selector matches: "real/<file>" or "fixture/<file>". */
  checkedOn: string[];
}

const REAL_PROFILE = 'real/bsky_profile_stephenking.html';

export const BLUESKY_SELECTORS = {
  followersButton: {
    css: '[data-testid="profileHeaderFollowersButton"]',
    what: 'header link to /profile/HANDLE/followers, aria-label "1101177 followers" (exact), text "1.1M followers"',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-after-navigation.html', 'fixture/profile-rendered-pt.html'],
  },
  followsButton: {
    css: '[data-testid="profileHeaderFollowsButton"]',
    what: 'header link to /follows; its next sibling is the unlabelled "329 posts"',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-after-navigation.html', 'fixture/profile-rendered-pt.html'],
  },
  description: {
    css: '[data-testid="profileHeaderDescription"]',
    what: 'the bio; Bluesky has no website field, so its first outside link is the bio link',
    checkedOn: [REAL_PROFILE, 'fixture/profile-rendered-pt.html'],
  },
  displayName: {
    css: '[data-testid="profileHeaderDisplayName"]',
    what: 'the display name in the profile header (badge anchor)',
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/profile-rendered-pt.html'],
  },
  screen: {
    css: '[data-testid="profileScreen"], [data-testid="profileView"]',
    what: 'one mounted profile screen (earlier ones stay mounted, hidden)',
    checkedOn: ['fixture/profile.html', 'fixture/profile-after-navigation.html', 'fixture/profile-rendered-pt.html'],
  },
  feedItem: {
    css: '[data-testid^="feedItem-by-"]',
    what: 'a feed item, data-testid="feedItem-by-HANDLE" (the post author; a reason row above the avatar)',
    checkedOn: ['fixture/profile.html', 'fixture/profile-after-navigation.html', 'fixture/profile-rendered-pt.html'],
  },
  avatar: {
    css: '[data-testid="userAvatarImage"]',
    what: "an avatar image; its link starts a post's header",
    checkedOn: [REAL_PROFILE, 'fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-pt.html', 'fixture/post-rendered-ja.html'],
  },
  threadItem: {
    css: '[data-testid^="postThreadItem-by-"]',
    what: 'a post of a thread, data-testid="postThreadItem-by-HANDLE"',
    checkedOn: ['fixture/post.html', 'fixture/post-rendered-ja.html'],
  },
  replyBtn: { css: '[data-testid="replyBtn"]', what: 'reply button, aria-label "Reply (303 replies)" (exact, in the UI language)', checkedOn: ['fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-pt.html', 'fixture/post-rendered-ja.html'] },
  likeBtn: { css: '[data-testid="likeBtn"]', what: 'like button, aria-label "Like (3,817 likes)"', checkedOn: ['fixture/profile.html', 'fixture/post.html', 'fixture/profile-rendered-pt.html', 'fixture/post-rendered-ja.html'] },
  likeCount: { css: '[data-testid="likeCount"]', what: 'the like count the button shows ("3.8K")', checkedOn: ['fixture/profile.html', 'fixture/profile-rendered-pt.html'] },
  repostBtn: {
    css: '[data-testid="repostBtn"]',
    what: 'the repost button when signed in (signed out it has no hook: the button between reply and like)',
    checkedOn: ['fixture/profile-rendered-pt.html', 'fixture/post-rendered-ja.html'],
  },
  repostCount: {
    css: '[data-testid="repostCount"]',
    what: 'the repost button\'s count: reposts + quotes (social-app PostControls), so not a reposts count',
    checkedOn: ['fixture/profile.html', 'fixture/profile-after-navigation.html', 'fixture/profile-rendered-pt.html'],
  },
  repostsExpanded: { css: '[data-testid="repostCount-expanded"]', what: 'focal post: "140 reposts" (reposts alone; hidden when 0)', checkedOn: ['fixture/post.html', 'fixture/post-rendered-ja.html'] },
  quotesExpanded: { css: '[data-testid="quoteCount-expanded"]', what: 'focal post: "23 quotes" (not added to shares)', checkedOn: ['fixture/post.html', 'fixture/post-rendered-ja.html'] },
  likesExpanded: { css: '[data-testid="likeCount-expanded"]', what: 'focal post: "3.4K likes"', checkedOn: ['fixture/post.html', 'fixture/post-rendered-ja.html'] },
  savesExpanded: { css: '[data-testid="bookmarkCount-expanded"]', what: 'focal post: "96 saves"', checkedOn: ['fixture/post.html', 'fixture/post-rendered-ja.html'] },
} satisfies Record<string, BlueskySelector>;

export const S = BLUESKY_SELECTORS;
