/**
 * Every selector the YouTube adapter uses on the rendered page, in one place, with the pages each
 * was checked on. Element names and ids only: YouTube's class names change with every build.
 *
 * Real pages (../shared/real-pages, read by tests/conformance):
 *   R22 = yt_watch_rendered_*_2022.html: ten watch pages as Chromium rendered them in 2022, in
 *         English, Spanish, French and German UIs (2022 layout; one in the 2022 ytd-watch-metadata trial).
 *   S24 = yt_video_starwars_onemedia.html, yt_channel_onemedia.html: server HTML, Spanish, 2024.
 * Fixtures (tests/fixtures/youtube): watch-rendered.html (2023+ layout, French), watch-rendered-2022-de.html
 *   and watch-rendered-2022-es.html (2022 layout), watch-stale-layouts.html (old renderers beside the new),
 *   channel-*.html, shorts.html, shorts-rendered-pt.html and shorts-rendered-en.html (rendered Shorts, the previous
 *   Short left inactive).
 */
export const WATCH = {
  /** The watch page element; its video-id names the video whose info is rendered. R22, fixtures. */
  flexy: 'ytd-watch-flexy',
  /** The Short on screen. shorts.html. */
  activeReel: 'ytd-reel-video-renderer[is-active]',
  /** The info block, in order of preference: 2023+ metadata (watch-rendered.html, R22 trial), 2022 primary info (R22). */
  info: ['ytd-watch-metadata', 'ytd-video-primary-info-renderer'],
  /** The owner inside the info block (2023+, R22 trial). */
  owner: 'ytd-video-owner-renderer',
  /** The 2022 owner, beside the primary info. R22. */
  secondaryOwner: 'ytd-video-secondary-info-renderer ytd-video-owner-renderer',
  /** The owner's name and link ("/@handle", "/channel/UC...", "/c/name"). R22, watch-rendered.html. */
  channelLink: 'ytd-channel-name a[href], yt-reel-channel-bar-view-model a[href]',
  /** "4.09 millones de suscriptores" (label) / "4.09 M de suscriptores" (text). R22, watch-rendered.html. */
  subscribers: '#owner-sub-count',
  /** 2023+: <div id="view-count" aria-label="153 208 vues">. watch-rendered.html. */
  viewCountLabelled: 'ytd-watch-info-text #view-count[aria-label]',
  /** 2022: "11,032 views" then "11K views". R22. */
  viewCountSpans: 'ytd-video-view-count-renderer span',
  /** First part of the description line: "196 992 vues • 6 août 2021". R22 trial. */
  descriptionFirstPart: '#formatted-snippet-text > span:first-child, #info-container #info > span:first-child',
  /** 2022 like toggle, the first button of the menu (or the 2023 segmented one). R22. */
  likeToggle: '#top-level-buttons-computed > ytd-toggle-button-renderer:first-child, #segmented-like-button ytd-toggle-button-renderer',
  /** Its count: aria-label "846 likes" (exact), text "846" or "1 M". R22. */
  likeToggleText: 'yt-formatted-string#text',
  /** 2023+ like button. watch-rendered.html. */
  likeButton: 'like-button-view-model button, #like-button button',
  /** The like renderer around the button, whose text is the visible count. shorts-rendered-pt.html. */
  likeHolder: 'like-button-view-model, #like-button',
  /** "1,204 Comments" once the comments load. watch-rendered.html, R22 (two pages). */
  commentsHeader: 'ytd-comments-header-renderer #count',
  /** The player's microformat, JSON-LD kept in the rendered page (embedUrl, interactionCount). R22. */
  microformat: 'ytd-player-microformat-renderer script[type="application/ld+json"]',
  /** The Short's channel name, where the badge goes. shorts.html. */
  reelChannelName: 'yt-reel-channel-bar-view-model, ytd-channel-name',
  /** The Short's comments button. shorts.html. */
  reelComments: '#comments-button',
} as const;
