/**
 * The content-script side of the audience sample: while the page shows a followers list, report
 * the followers that newly appear as the user scrolls it (lib/audience/read.ts reads only new rows),
 * to the background, which keeps the sample (message `audience-report`, lib/messages.ts).
 *
 * Never scrolls, clicks or opens anything. Costs nothing on other pages: this runs in the site's
 * reader bundle, injected only once a followers list opened (./followers-load.ts); then the
 * observer's callback checks the URL (a regex) before scheduling anything, and reads run at most
 * every READ_EVERY_MS. No zod, no Intl, no UI code here.
 */
import { AUDIENCE_ENTRIES_MAX, createFollowersTracker, type FollowersSite } from '../audience/read';
import type { AudienceEntry } from '../snapshot';
import type { StartFollowers } from './followers-load';
import { handPartOver } from '../part-shelf';

export const READ_EVERY_MS = 400;

export interface AudienceReportMessage {
  type: 'audience-report';
  account: { platform: FollowersSite['platform']; handle: string };
  audience: { source: 'followers-list'; seen: number; entries: AudienceEntry[] };
}

export interface ReporterEnv {
  doc: Document;
  url(): URL;
  send(message: AudienceReportMessage): Promise<unknown>;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** `poke()` on any page change; reads and sends at most once per READ_EVERY_MS. Never throws. */
export function createFollowersReporter(site: FollowersSite, env: ReporterEnv) {
  const tracker = createFollowersTracker(site);
  let timer: number | undefined;
  /** Followers read but not yet delivered (a failed send is retried with the next batch). */
  let pending: { owner: string; entries: AudienceEntry[] } | undefined;

  async function flush(): Promise<void> {
    timer = undefined;
    let url: URL;
    try {
      url = env.url();
      const reading = tracker.read(env.doc, url);
      if (!reading) return;
      if (!pending || pending.owner !== reading.owner) pending = { owner: reading.owner, entries: [] };
      pending.entries.push(...reading.added.slice(0, AUDIENCE_ENTRIES_MAX - pending.entries.length));
    } catch (err) {
      console.warn('RealReach: could not read the followers list', err);
      return;
    }
    const batch = pending;
    if (!batch.entries.length) return;
    pending = undefined;
    const entries = batch.entries;
    try {
      await env.send({ type: 'audience-report', account: { platform: site.platform, handle: batch.owner }, audience: { source: 'followers-list', seen: entries.length, entries } });
    } catch {
      // The background may be restarting: keep them for the next batch (same owner only).
      const since = pending as typeof batch | undefined; // read meanwhile, while the send was pending
      if (!since) pending = batch;
      else if (since.owner === batch.owner) since.entries = [...entries, ...since.entries].slice(0, AUDIENCE_ENTRIES_MAX);
    }
  }

  return {
    poke(): void {
      if (timer !== undefined) return;
      try {
        if (!site.ownerOf(env.url())) return;
      } catch {
        return;
      }
      timer = env.setTimeout(() => void flush(), READ_EVERY_MS);
    },
    /** Reads now (tests, and the first look when the script starts on a followers list). */
    flush,
    stop(): void {
      if (timer !== undefined) env.clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** How often the page is checked for an open followers list (URL and one selector: cheap). */
export const LIST_CHECK_MS = 1000;

/**
 * Starts the reporter in a content script. A MutationObserver (childList, subtree, on the body)
 * exists only while a followers list is open: other pages keep the content script's single
 * observer (tests/e2e/stress.e2e.ts counts them). Whether a list is open is checked every second
 * (a regex on the URL, then the site's one selector). `isValid` is the content script's ctx.isValid (false once
 * the extension is reloaded or updated: everything stops then).
 */
export function watchFollowers(site: FollowersSite, send: ReporterEnv['send'], isValid: () => boolean): () => void {
  const reporter = createFollowersReporter(site, {
    doc: document,
    url: () => new URL(location.href),
    send,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  });
  let observer: MutationObserver | null = null;
  const check = () => {
    if (!isValid()) return stop();
    let open = false;
    try {
      open = site.ownerOf(new URL(location.href)) !== null && (site.listOpen?.(document) ?? true);
    } catch {
      open = false;
    }
    if (open && !observer) {
      observer = new MutationObserver(() => (isValid() ? reporter.poke() : stop()));
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
      reporter.poke();
    } else if (!open && observer) {
      observer.disconnect();
      observer = null;
      reporter.stop();
    }
  };
  const interval = window.setInterval(check, LIST_CHECK_MS);
  function stop() {
    window.clearInterval(interval);
    observer?.disconnect();
    observer = null;
    reporter.stop();
  }
  check();
  return stop;
}

/**
 * The injected reader bundle's whole work (content-scripts/<platform>-followers.js, written by
 * scripts/site-content-scripts.ts): leave the start function where the site's content script,
 * in this same isolated world, picks it up (./part-load.ts). Injected twice, the first stays.
 */
export function handFollowersOver(site: FollowersSite): void {
  const start: StartFollowers = (send, isValid) => watchFollowers(site, send, isValid);
  handPartOver('followers', start);
}
