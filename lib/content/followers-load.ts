/**
 * The followers-list reader on demand. A site's content script carries only its gate (the URL
 * check and one selector, lib/sites/<site>/followers-open.ts), checked once a second; when it says
 * a followers list is open, the script asks the background for the `followers` part (`part-load`,
 * lib/parts.ts) to inject the site's reader bundle (content-scripts/<platform>-followers.js:
 * ./audience.ts with the site's reader) into this frame. That bundle runs in this same isolated
 * world and leaves its start function on the parts' private shelf (./part-load.ts); this script
 * calls it, and stops it on invalidation.
 * Most visits never open a followers list, so most pages never compile the reader.
 */
import type { FollowersSite } from '../audience/read';
import type { ReporterEnv } from './audience';

export type FollowersGate = Pick<FollowersSite, 'ownerOf' | 'listOpen'>;

/** Starts the injected reader: returns its stop function. */
export type StartFollowers = (send: ReporterEnv['send'], isValid: () => boolean) => () => void;

/** How many times a failed load is asked for again in one page's life (then the list is left unread). */
export const LOAD_TRIES = 3;

export interface FollowersLoadEnv {
  /** Asks the background to inject the reader; true once it ran in this frame. */
  load(): Promise<boolean>;
  /** The start function the injected bundle left, if it ran. */
  handoff(): StartFollowers | undefined;
  send: Parameters<StartFollowers>[0];
  isValid(): boolean;
  onInvalidated(stop: () => void): void;
}

/** The gate's answer for this page now; false when it throws (a page can hold anything). */
export function followersOpen(gate: FollowersGate, url: URL, doc: Document): boolean {
  try {
    return gate.ownerOf(url) !== null && (gate.listOpen?.(doc) ?? true);
  } catch {
    return false;
  }
}

/**
 * `check()` on each tick: loads the reader the first time the gate opens, then hands over (the
 * reader watches the list itself from then on). Never throws.
 */
export function createFollowersLoader(gate: FollowersGate, env: FollowersLoadEnv) {
  let state: 'waiting' | 'loading' | 'started' = 'waiting';
  let tries = 0;
  let noListAt: string | undefined;
  return {
    async check(url: URL, doc: Document): Promise<void> {
      // The page's own check first: asking the browser whether the extension is alive costs more.
      if (state !== 'waiting' || tries >= LOAD_TRIES || !followersOpen(gate, url, doc) || !env.isValid()) return;
      state = 'loading';
      tries++;
      try {
        const start = (await env.load()) && env.isValid() ? env.handoff() : undefined;
        if (!start) {
          state = 'waiting';
          return;
        }
        env.onInvalidated(start(env.send, env.isValid));
        state = 'started';
      } catch (err) {
        state = 'waiting';
        console.warn('RealReach: could not load the followers-list reader', err);
      }
    },
    /**
     * The content script's 1 s tick: `check` on the page's address, except at an address where the
     * gate's URL test already said no list can be (no page query, no URL parsed until it changes).
     */
    tick(href: string, doc: Document): void {
      if (state !== 'waiting' || href === noListAt) return;
      let url: URL;
      try {
        url = new URL(href);
        if (gate.ownerOf(url) === null) {
          noListAt = href;
          return;
        }
      } catch {
        return;
      }
      void this.check(url, doc);
    },
    get state() {
      return state;
    },
  };
}
