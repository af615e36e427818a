// Placeholder until the x adapter lands: reads nothing.
import type { SiteAdapter } from './common';
export const x: SiteAdapter = {
  platform: 'x',
  hosts: [],
  route: () => null,
  read: () => null,
  badgeAnchor: () => null,
};
