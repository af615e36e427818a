/**
 * Twitch's test hooks and words, with where each was checked (tests/fixtures/twitch/):
 * - channel-en.html / channel-de.html: a channel page as the app renders it (2023-2025; Twitch's
 *   `data-a-target` test hooks are what extensions such as BetterTTV and 7TV select on): the
 *   channel name in an h1, "N followers" under it, the live viewer count in
 *   `[data-a-target="animated-channel-viewers-count"]`, VOD and clip cards (`article` holding
 *   `a[data-a-target="preview-card-image-link"]`) with "N views" on the thumbnail.
 * - vod-es.html: a VOD page in Spanish with its JSON-LD VideoObject (WatchAction counter).
 * - evidence-channel-en.html / evidence-channel-es.html: a channel's Videos tab with card titles and
 *   its About section's social links.
 *
 * Twitch shows no followers list of a channel (since 2023 only the broadcaster sees theirs), no
 * comments (chat is not kept with VODs) and no per-video disclosure label: ./extras.ts says more.
 */
export const SELECTORS = {
  liveViewers: { css: '[data-a-target="animated-channel-viewers-count"]', checkedOn: ['channel-en.html'] },
  card: { css: 'article', checkedOn: ['channel-en.html', 'channel-de.html'] },
  cardLink: { css: 'a[data-a-target="preview-card-image-link"], a[href*="/videos/"], a[href*="/clip/"]', checkedOn: ['channel-en.html', 'channel-de.html'] },
  /** A card's title heading; its title attribute holds the whole title (./extras.ts). */
  cardTitle: { css: 'a[data-a-target="preview-card-title-link"] h3, h3[title]', checkedOn: ['evidence-channel-en.html', 'evidence-channel-es.html'] },
} as const;

// Lower-case regex alternations, in the languages checked (en, es, fr, de, it, pt).
export const WORDS = {
  followers: 'followers|follower|seguidores|abonnés|follower:innen|seguaci',
  views: 'views|view|visualizaciones|visualización|vistas|vues|aufrufe|visualizzazioni|visualizações',
  /** The About section's heading, "About NAME" (./index.ts reads its first outside link as the bio link). */
  about: 'about|acerca de|sobre|à propos de|über|informazioni su',
};

/** First path segments that are Twitch's own pages, not channels. */
export const NOT_CHANNELS = new Set([
  'directory', 'videos', 'settings', 'search', 'downloads', 'jobs', 'p', 'subscriptions', 'inventory', 'wallet', 'drops',
  'friends', 'messages', 'turbo', 'prime', 'store', 'login', 'signup', 'broadcast', 'moderator', 'popout', 'embed',
  'following', 'team', 'collections', 'bits', 'privacy', 'legal', 'u', 'user', 'creatorcamp', 'redeem', 'activate',
  'dashboard', 'event', 'products', 'clips',
]);
