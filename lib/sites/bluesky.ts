// Placeholder until the bluesky adapter lands: reads nothing.
import type { SiteAdapter } from './common';
export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  hosts: [],
  route: () => null,
  read: () => null,
  badgeAnchor: () => null,
};
