// Placeholder until the youtube adapter lands: reads nothing.
import type { SiteAdapter } from './common';
export const youtube: SiteAdapter = {
  platform: 'youtube',
  hosts: [],
  route: () => null,
  read: () => null,
  badgeAnchor: () => null,
};
