/**
 * End to end on Facebook, LinkedIn, Threads and Twitch (the sites added from lib/sites/list.ts), in
 * real Chromium with the built extension, as tests/e2e/sites.e2e.ts does for the first five: an
 * account page served at its real URL gets a badge with the grade and rate the same adapters and
 * scoring compute in Node, placed beside the account's name; an in-site navigation moves it to the
 * new account's numbers; the popup shows the breakdown. Screenshots go to artifacts/e2e/.
 */
import { describeSiteCases, type SiteCase } from './support/site-case';
import { postsAround } from './support/pages';
import { facebookPage, linkedinCompany, threadsProfile, twitchChannel } from './support/more-site-pages';

const SITES: SiteCase[] = [
  {
    site: 'facebook',
    tabPattern: 'https://www.facebook.com/*',
    first: {
      url: 'https://www.facebook.com/lakesidepottery',
      name: 'Lakeside Pottery',
      handle: 'lakesidepottery',
      html: facebookPage({ handle: 'lakesidepottery', name: 'Lakeside Pottery', followers: 13_204, following: 12_480, posts: 0, items: postsAround('pfbid0lake', 8, 13_204, 0.004) }),
    },
    second: {
      url: 'https://www.facebook.com/ceramicalago',
      name: 'Cerámica Lago',
      handle: 'ceramicalago',
      html: facebookPage({ handle: 'ceramicalago', name: 'Cerámica Lago', followers: 940_000, following: 820_000, posts: 0, items: postsAround('pfbid0lago', 8, 940_000, 0.0002) }),
    },
  },
  {
    site: 'linkedin',
    tabPattern: 'https://www.linkedin.com/*',
    first: {
      url: 'https://www.linkedin.com/company/northwind/',
      name: 'Northwind',
      handle: 'northwind',
      html: linkedinCompany({ handle: 'northwind', name: 'Northwind', followers: 5_750, following: 0, posts: 0, items: postsAround('72480000000000', 6, 5_750, 0.004).map((p, i) => ({ ...p, id: `724800000000000${i}0${i}` })) }),
    },
    second: {
      url: 'https://www.linkedin.com/company/alfarerianorte/',
      name: 'Alfarería Norte',
      handle: 'alfarerianorte',
      html: linkedinCompany({ handle: 'alfarerianorte', name: 'Alfarería Norte', followers: 120_400, following: 0, posts: 0, items: postsAround('7249', 6, 120_400, 0.001).map((p, i) => ({ ...p, id: `724900000000000${i}0${i}` })) }),
    },
  },
  {
    site: 'threads',
    tabPattern: 'https://www.threads.com/*',
    first: {
      url: 'https://www.threads.com/@kiln.and.co',
      name: 'Kiln & Co',
      handle: 'kiln.and.co',
      html: threadsProfile({ handle: 'kiln.and.co', name: 'Kiln &amp; Co', followers: 48_213, following: 0, posts: 0, items: postsAround('DAkiln', 10, 48_213, 0.02) }),
    },
    second: {
      url: 'https://www.threads.com/@leeds.makers',
      name: 'Leeds Makers',
      handle: 'leeds.makers',
      html: threadsProfile({ handle: 'leeds.makers', name: 'Leeds Makers', followers: 2_950, following: 0, posts: 0, items: postsAround('DAleed', 10, 2_950, 0.05) }),
    },
  },
  {
    site: 'twitch',
    tabPattern: 'https://www.twitch.tv/*',
    first: {
      url: 'https://www.twitch.tv/glazeday',
      name: 'glazeday',
      handle: 'glazeday',
      html: twitchChannel({ handle: 'glazeday', name: 'glazeday', followers: 12_400, following: 0, posts: 0, liveViewers: 1_204, items: postsAround('22000000', 6, 12_400, 0.01, true) }),
    },
    second: {
      url: 'https://www.twitch.tv/toepferlive',
      name: 'toepferlive',
      handle: 'toepferlive',
      html: twitchChannel({ handle: 'toepferlive', name: 'toepferlive', followers: 1_200_000, following: 0, posts: 0, liveViewers: 8_310, items: postsAround('23000000', 6, 1_200_000, 0.01, true) }),
    },
  },
];

describeSiteCases(SITES);
