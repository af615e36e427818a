/**
 * popup -> content: is a RealReach content script alive in this tab? Kept apart from
 * lib/messages.ts so the content script does not bundle the zod schemas just for this.
 */
export const PING = { type: 'realreach-ping' } as const;
