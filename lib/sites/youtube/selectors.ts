/**
 * Every selector the YouTube adapter uses on the rendered page, with the pages each was checked on
 * (tests/unit/sites/selectors.test.ts matches each against them, as refined-github checks its
 * selectors). Element names and ids only: YouTube's class names change with every build.
 *
 * Real pages (../shared/real-pages): R22, ten watch pages as Chromium rendered them in 2022 (English,
 * Spanish, French and German UIs; one in the 2022 ytd-watch-metadata trial). Fixtures
 * (tests/fixtures/youtube): the 2023+ layout (watch-rendered.html, French), the 2022 layout in German
 * and Spanish, stale renderers beside the new (watch-stale-layouts.html), rendered Shorts (pt, en).
 */
interface YouTubeSelector {
  css: string;
  what: string;
  /** Saved pages the selector matches: "real/<file>" or "fixture/<file>". */
  checkedOn: readonly string[];
}

const R22 = [
  'real/yt_watch_rendered_Edx9D2yaOGs_2022.html',
  'real/yt_watch_rendered_OqpylxLhw98_2022.html',
  'real/yt_watch_rendered_WTA76aFQMoE_2022.html',
  'real/yt_watch_rendered_eEUV4WqJipw_2022.html',
  'real/yt_watch_rendered_fNyp2DHhlYE_2022.html',
  'real/yt_watch_rendered_rKK3z1H3vYs_2022.html',
  'real/yt_watch_rendered_rRz2VukLLqI_2022.html',
  'real/yt_watch_rendered_s9MJMSYa_2k_2022.html',
  'real/yt_watch_rendered_uxC8x6A5KvU_2022.html',
  'real/yt_watch_rendered_wOWhfNB_r_0_2022.html',
];

export const WATCH = {
  flexy: {
    css: 'ytd-watch-flexy',
    what: 'the watch page element; its video-id names the video whose info is rendered',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  activeReel: {
    css: 'ytd-reel-video-renderer[is-active]',
    what: 'the Short on screen',
    checkedOn: ['fixture/shorts-rendered-en.html', 'fixture/shorts-rendered-pt.html'],
  },
  infoMetadata: {
    css: 'ytd-watch-metadata',
    what: '2023+ info block (video-id of its own); empty and hidden in 2022 pages but the trial one',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  infoPrimary: {
    css: 'ytd-video-primary-info-renderer',
    what: '2022 info block (views, like toggle), no id of its own',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-stale-layouts.html'],
  },
  owner: {
    css: 'ytd-video-owner-renderer',
    what: 'the owner block inside the info (2023+, 2022 trial)',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  secondaryOwner: {
    css: 'ytd-video-secondary-info-renderer ytd-video-owner-renderer',
    what: 'the 2022 owner, beside the primary info',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-stale-layouts.html'],
  },
  channelLink: {
    css: 'ytd-channel-name a[href], yt-reel-channel-bar-view-model a[href]',
    what: 'the owner\'s name and link: "/@handle", "/channel/UC...", "/c/name"',
    checkedOn: [...R22, 'fixture/shorts-rendered-en.html', 'fixture/shorts-rendered-pt.html', 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  subscribers: {
    css: '#owner-sub-count',
    what: '"4.09 millones de suscriptores" (label) / "4.09 M de suscriptores" (text)',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  viewCountLabelled: {
    css: 'ytd-watch-info-text #view-count[aria-label]',
    what: '2023+: aria-label "153 208 vues"',
    checkedOn: ['fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  viewCountSpans: {
    css: 'ytd-video-view-count-renderer span',
    what: '2022: "11,032 views" then "11K views"',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-stale-layouts.html'],
  },
  descriptionFirstPart: {
    css: '#formatted-snippet-text > span:first-child, #info-container #info > span:first-child',
    what: 'first part of the description line: "196 992 vues • 6 août 2021"',
    checkedOn: ['real/yt_watch_rendered_wOWhfNB_r_0_2022.html'],
  },
  likeToggle: {
    css: '#top-level-buttons-computed > ytd-toggle-button-renderer:first-child, #segmented-like-button ytd-toggle-button-renderer',
    what: '2022 like toggle, the first button of the menu (or the 2023 segmented one)',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-stale-layouts.html'],
  },
  likeToggleText: {
    css: 'yt-formatted-string#text',
    what: 'inside the toggle: aria-label "846 likes" (exact), text "846" or "1 M"',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-stale-layouts.html'],
  },
  likeButton: {
    css: 'like-button-view-model button, #like-button button',
    what: '2023+ like button and the Shorts one',
    checkedOn: ['real/yt_watch_rendered_WTA76aFQMoE_2022.html', 'fixture/shorts-rendered-en.html', 'fixture/shorts-rendered-pt.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  likeHolder: {
    css: 'like-button-view-model, #like-button',
    what: 'the like renderer around the button: its text is the visible count',
    checkedOn: ['real/yt_watch_rendered_WTA76aFQMoE_2022.html', 'fixture/shorts-rendered-en.html', 'fixture/shorts-rendered-pt.html', 'fixture/watch-rendered.html', 'fixture/watch-stale-layouts.html'],
  },
  commentsHeader: {
    css: 'ytd-comments-header-renderer #count',
    what: '"1,204 Comments" once the comments load',
    checkedOn: ['real/yt_watch_rendered_WTA76aFQMoE_2022.html', 'real/yt_watch_rendered_uxC8x6A5KvU_2022.html', 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered.html'],
  },
  microformat: {
    css: 'ytd-player-microformat-renderer script[type="application/ld+json"]',
    what: 'the player\'s microformat kept in the page: embedUrl, interactionCount',
    checkedOn: [...R22, 'fixture/watch-rendered-2022-de.html', 'fixture/watch-rendered-2022-es.html', 'fixture/watch-stale-layouts.html'],
  },
  reelChannelName: {
    css: 'yt-reel-channel-bar-view-model, ytd-channel-name',
    what: 'the Short\'s channel name, where the badge goes (inside the active Short)',
    checkedOn: ['fixture/shorts-rendered-en.html', 'fixture/shorts-rendered-pt.html'],
  },
  reelComments: {
    css: '#comments-button',
    what: 'the Short\'s comments button (inside the active Short)',
    checkedOn: ['fixture/shorts-rendered-en.html', 'fixture/shorts-rendered-pt.html'],
  },
} satisfies Record<string, YouTubeSelector>;
