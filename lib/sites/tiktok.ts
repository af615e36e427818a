// Placeholder until the tiktok adapter lands: reads nothing.
import type { SiteAdapter } from './common';
export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  hosts: [],
  route: () => null,
  read: () => null,
  badgeAnchor: () => null,
};
