/**
 * End to end on each site, in real Chromium with the built extension: a profile served at its real
 * URL gets a badge with the grade and rate that the same adapters and scoring compute in Node; an
 * in-site navigation to another profile moves the badge to the new numbers; the popup page shows
 * the breakdown. Screenshots go to artifacts/e2e/.
 */
import { describeSiteCases, type SiteCase } from './support/site-case';
import { blueskyProfile, fixture, instagramProfile, postsAround, tiktokProfile, xProfile, youtubeChannel } from './support/pages';


const SITES: SiteCase[] = [
  {
    site: 'instagram',
    tabPattern: 'https://www.instagram.com/*',
    first: {
      url: 'https://www.instagram.com/lena.travels/reels/',
      name: 'Lena | Travel',
      handle: 'lena.travels',
      html: instagramProfile({ handle: 'lena.travels', name: 'Lena | Travel', followers: 48_213, following: 312, posts: 1_024, items: postsAround('C9lena', 12, 48_213, 0.021, true) }),
    },
    second: {
      url: 'https://www.instagram.com/cafe.ritual/reels/',
      name: 'Café Ritual',
      handle: 'cafe.ritual',
      html: instagramProfile({ handle: 'cafe.ritual', name: 'Café Ritual', followers: 2_230_586, following: 4_810, posts: 301, items: postsAround('C9cafe', 12, 2_230_586, 0.0009, true) }),
    },
  },
  {
    site: 'x',
    tabPattern: 'https://x.com/*',
    first: {
      url: 'https://x.com/nadia_codes',
      name: 'Nadia Ortiz',
      handle: 'nadia_codes',
      html: xProfile({ handle: 'nadia_codes', name: 'Nadia Ortiz', followers: 4_820, following: 1_045, posts: 12_400, items: postsAround('18430000000000', 10, 4_820, 0.012, true) }),
    },
    second: {
      url: 'https://x.com/growthhacker_9',
      name: 'Growth Hacker',
      handle: 'growthhacker_9',
      html: xProfile({ handle: 'growthhacker_9', name: 'Growth Hacker', followers: 171, following: 5_001, posts: 9_800, items: postsAround('18440000000000', 10, 171, 0.004, true) }),
    },
  },
  {
    site: 'tiktok',
    tabPattern: 'https://www.tiktok.com/*',
    first: {
      url: 'https://www.tiktok.com/@miacocina',
      name: 'Mia Cocina',
      handle: 'miacocina',
      html: tiktokProfile({ handle: 'miacocina', name: 'Mia Cocina', followers: 128_345, following: 212, posts: 342, items: postsAround('74100000000000', 12, 128_345, 0.05, true) }),
    },
    second: {
      url: 'https://www.tiktok.com/@bikerepairbob',
      name: 'Bike Repair Bob',
      handle: 'bikerepairbob',
      html: tiktokProfile({ handle: 'bikerepairbob', name: 'Bike Repair Bob', followers: 45_600, following: 1_204, posts: 88, items: postsAround('74200000000000', 12, 45_600, 0.01, true) }),
    },
  },
  {
    site: 'youtube',
    tabPattern: 'https://www.youtube.com/*',
    first: {
      url: 'https://www.youtube.com/@mrbakes/videos',
      name: 'Mr Bakes',
      handle: 'mrbakes',
      html: youtubeChannel({ handle: 'mrbakes', name: 'Mr Bakes', followers: 1_230_000, following: 0, posts: 412, items: postsAround('bakes00', 12, 1_230_000, 0.01, true) }),
    },
    second: {
      url: 'https://www.youtube.com/@chefamelie/videos',
      name: 'Chef Amélie',
      handle: 'chefamelie',
      html: youtubeChannel({ handle: 'chefamelie', name: 'Chef Amélie', followers: 412_000, following: 0, posts: 318, items: postsAround('amelie0', 12, 412_000, 0.01, true) }),
    },
  },
  {
    // A rendered 2022 watch page, then in-site to a watch page whose previous renderers stay beside the new.
    site: 'youtube-watch',
    tabPattern: 'https://www.youtube.com/*',
    first: {
      url: 'https://www.youtube.com/watch?v=gggggggggg1',
      name: 'Bäckerei Lenz',
      handle: 'UCbaeckerei0000000000000',
      html: fixture('youtube/watch-rendered-2022-de.html'),
    },
    second: {
      url: 'https://www.youtube.com/watch?v=ssssssssss2',
      name: 'New Channel',
      handle: 'newchannel',
      html: fixture('youtube/watch-stale-layouts.html'),
    },
  },
  {
    // Rendered pages: a German profile, then in-app to a Spanish Reels tab whose document still holds the profile's renderers, hidden.
    site: 'instagram-rendered',
    tabPattern: 'https://www.instagram.com/*',
    first: {
      url: 'https://www.instagram.com/bergwelt.foto/',
      name: 'Bergwelt Fotografie',
      handle: 'bergwelt.foto',
      html: fixture('instagram/rendered-profile-de.html'),
    },
    second: {
      url: 'https://www.instagram.com/lena.viaja/reels/',
      name: 'Lena Viaja',
      handle: 'lena.viaja',
      html: fixture('instagram/rendered-stale-reels-es.html'),
    },
  },
  {
    // Rendered pages: a Spanish profile, then in-site to a German one whose document still holds the first one's header and grid under display:none.
    site: 'tiktok-rendered',
    tabPattern: 'https://www.tiktok.com/*',
    first: {
      url: 'https://www.tiktok.com/@cocina.con.lu',
      name: 'Lu Cocina',
      handle: 'cocina.con.lu',
      html: fixture('tiktok/rendered-profile-es.html'),
    },
    second: {
      url: 'https://www.tiktok.com/@werkstatt.jonas',
      name: 'Jonas Werkstatt',
      handle: 'werkstatt.jonas',
      html: fixture('tiktok/rendered-stale-profile-de.html'),
    },
  },
  {
    site: 'bluesky',
    tabPattern: 'https://bsky.app/*',
    first: {
      url: 'https://bsky.app/profile/potterybarn.bsky.social',
      name: 'Pottery Pam',
      handle: 'potterybarn.bsky.social',
      html: blueskyProfile({ handle: 'potterybarn.bsky.social', name: 'Pottery Pam', followers: 18_342, following: 412, posts: 2_204, items: postsAround('3kpot00000', 10, 18_342, 0.03) }),
    },
    second: {
      url: 'https://bsky.app/profile/glazechemist.bsky.social',
      name: 'Glaze Chemist',
      handle: 'glazechemist.bsky.social',
      html: blueskyProfile({ handle: 'glazechemist.bsky.social', name: 'Glaze Chemist', followers: 2_950, following: 2_800, posts: 610, items: postsAround('3kgla00000', 10, 2_950, 0.006) }),
    },
  },
];

describeSiteCases(SITES);
