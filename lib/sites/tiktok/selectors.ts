/**
 * Every selector the TikTok adapter reads the rendered page with: TikTok's own `data-e2e` test
 * hooks (never the generated class names), and where each was checked: the shared real page
 * (../shared/real-pages/tiktok_profile_illojuan.html, 2025) and the fixtures in
 * tests/fixtures/tiktok, whose top comments name the public sources of their structure.
 * tests/unit/sites/tiktok-selectors.test.ts checks each still matches every page listed.
 */
const hooks = (...names: string[]) => names.map((n) => `[data-e2e="${n}"]`).join(', ');

export const SELECTORS = {
  /** Profile header: <h1 data-e2e="user-title">handle</h1> <h2 data-e2e="user-subtitle">nickname</h2>. */
  userTitle: { css: hooks('user-title'), checkedOn: ['profile.html', 'profile-after-navigation.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  /** The bio link: its text is the address shown (the href goes through TikTok's /link/v2 redirect). */
  bioLink: { css: hooks('user-link'), checkedOn: ['real/tiktok_profile_illojuan.html'] },
  userSubtitle: { css: hooks('user-subtitle'), checkedOn: ['profile.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  /** Header counts: <strong title="Followers" data-e2e="followers-count">783.4K</strong> (title is the translated label). */
  followers: { css: hooks('followers-count'), checkedOn: ['profile.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  following: { css: hooks('following-count'), checkedOn: ['profile.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  likes: { css: hooks('likes-count'), checkedOn: ['profile.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  /** Grid card: <div data-e2e="user-post-item"><a href=".../@h/video/ID"> ... <strong data-e2e="video-views">. */
  gridItem: { css: hooks('user-post-item'), checkedOn: ['profile.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  gridViews: { css: hooks('video-views'), checkedOn: ['profile.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  gridBadge: { css: hooks('video-card-badge'), checkedOn: ['profile.html', 'rendered-profile-es.html'] },
  /** Action bar of the video page; the dialog over a feed uses "browse-" hooks. Saves ship as "undefined-count". */
  likeCount: { css: hooks('like-count', 'browse-like-count'), checkedOn: ['video.html', 'feed-dialog.html', 'rendered-video-es.html', 'rendered-dialog-de.html'] },
  commentCount: { css: hooks('comment-count', 'browse-comment-count'), checkedOn: ['video.html', 'feed-dialog.html', 'rendered-video-es.html', 'rendered-dialog-de.html'] },
  shareCount: { css: hooks('share-count', 'browse-share-count'), checkedOn: ['video.html', 'feed-dialog.html', 'rendered-video-es.html'] },
  saveCount: { css: hooks('undefined-count', 'collect-count', 'browse-collect-count'), checkedOn: ['video.html', 'feed-dialog.html', 'rendered-video-es.html', 'rendered-dialog-de.html'] },
  /** A player ("xgwrapper-0-ID") or a link to a video: what ties an action bar to its video. */
  videoMarks: { css: '[id^="xgwrapper-"], a[href*="/video/"], a[href*="/photo/"]', checkedOn: ['feed-dialog.html', 'rendered-video-es.html', 'rendered-dialog-de.html'] },
  /** Items of the For You / Following feeds. */
  feedItem: { css: hooks('recommend-list-item-container'), checkedOn: ['feed-dialog.html', 'rendered-dialog-de.html'] },
  /** Badge anchor on a video: the author's handle in the description block or the dialog. */
  videoAuthor: { css: hooks('browse-username', 'video-author-uniqueid', 'browser-nickname'), checkedOn: ['feed-dialog.html', 'rendered-video-es.html', 'rendered-dialog-de.html'] },
} as const;

export const css = (key: keyof typeof SELECTORS): string => SELECTORS[key].css;
