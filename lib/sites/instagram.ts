// Placeholder until the instagram adapter lands: reads nothing.
import type { SiteAdapter } from './common';
export const instagram: SiteAdapter = {
  platform: 'instagram',
  hosts: [],
  route: () => null,
  read: () => null,
  badgeAnchor: () => null,
};
