/**
 * When the content script re-reads its page. Page changes arrive as a stream of pokes (one per
 * MutationObserver callback); reads are batched so that the page pays for as few of them as the
 * badge needs, measured in real Chromium (`npm run bench`, bench/results.md):
 *
 * - a change after a quiet page is read quickly (`first` ms later: one frame, so the mutations of
 *   one render land in one read): new posts show on the badge within tens of milliseconds;
 * - during a burst (infinite scroll loading page after page) reads are held back: the next one
 *   waits for `quiet` ms without changes, but not past a deadline (`maxWait`, doubled after each
 *   forced read of the same burst, up to `maxWaitCap`), so a long scroll still updates now and then;
 * - reads take a bounded share of the main thread: after a read that took d ms, the next one
 *   starts at least d / `share` ms later (a change after a still page: at most `idle` ms later);
 * - one read at a time: a poke during an asynchronous read (waiting for the background) is
 *   served by one more read after it;
 * - nothing is read while the tab is hidden; the pending change is read when it is shown again.
 */

export interface SchedulerClock {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
  /** Whether the page is hidden (document.hidden); absent: never hidden. */
  hidden?(): boolean;
}

export interface SchedulerOptions {
  /** Delay of the read after a change on a quiet page (ms). */
  first: number;
  /** Quiet time that ends a burst (ms). */
  quiet: number;
  /** Longest a burst holds its first read back (ms); doubles per forced read up to maxWaitCap. */
  maxWait: number;
  maxWaitCap: number;
  /** Largest share of main-thread time reads may take (0-1). */
  share: number;
  /** A change after the page was still this long starts a new burst, read quickly (ms). */
  idle: number;
}

export const DEFAULT_SCHEDULE: SchedulerOptions = {
  first: 16,
  quiet: 250,
  maxWait: 1000,
  maxWaitCap: 4000,
  share: 0.1,
  idle: 250,
};

export interface ReadScheduler {
  /** Something on the page changed. */
  poke(): void;
  /** The tab became visible again: read what changed while it was hidden. */
  resume(): void;
  /** Forget pending work (invalidation). */
  cancel(): void;
  /** A new page (in-site navigation): forget the old page's burst and read the new one soon. */
  restart(): void;
  /**
   * Not a change of the page, but the last read would now find more (a part it waited for came,
   * ./part-load.ts): read again soon, as after a still page, even in the middle of a burst (a
   * page rendering after a navigation is one: its reading would wait `quiet` ms more).
   */
  again(): void;
  /** For tests and the benchmark: reads run so far and the last read's synchronous cost (ms). */
  stats(): { reads: number; lastCost: number };
}

/**
 * `run` reads the page; it may return a promise (the wait for the background), during which no
 * other read starts. Its synchronous part is timed to keep reads within `share` of the thread.
 */
export function createReadScheduler(
  run: () => void | Promise<unknown>,
  clock: SchedulerClock,
  options: Partial<SchedulerOptions> = {},
): ReadScheduler {
  const o = { ...DEFAULT_SCHEDULE, ...options };
  let timer: number | undefined;
  let leading = false; // the pending timer is a quick read after a quiet page
  let dueAt = 0;
  let burstStart: number | undefined; // start of the current segment of a burst
  let wait = o.maxWait;
  let lastPoke = Number.NEGATIVE_INFINITY;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let lastCost = 0;
  let running = false;
  let dirty = false; // a change arrived while a read was running or the tab was hidden
  let reads = 0;

  const setTimer = (at: number, isLeading: boolean) => {
    if (timer !== undefined) clock.clearTimeout(timer);
    leading = isLeading;
    dueAt = at;
    timer = clock.setTimeout(fire, Math.max(0, at - clock.now()));
  };

  /** Earliest start that keeps reads within their share of the thread. */
  const earliest = () => lastEnd + lastCost / o.share - lastCost;

  /** `quietFor`: how long the page had been still before this change. */
  function schedule(now: number, quietFor: number) {
    if (running || clock.hidden?.()) {
      dirty = true;
      return;
    }
    if (timer !== undefined && leading) return; // the quick read will see this change too
    // A change after a still page is read soon, even if a trailing read of an earlier burst is
    // still pending (it is replaced) or a read ended a moment ago (the share still applies, but
    // waits no more than `idle` after that read: such reads are then at least `idle` apart, a
    // bounded share, and new posts on a still page show within frames even after an expensive
    // read; npm run bench measures posts painted -> badge painted).
    if (quietFor >= o.idle) {
      burstStart = undefined;
      wait = o.maxWait;
      setTimer(Math.max(now + o.first, Math.min(earliest(), lastEnd + o.idle)), true);
      return;
    }
    burstStart ??= now;
    const at = Math.max(Math.min(now + o.quiet, burstStart + wait), earliest());
    if (timer === undefined || at !== dueAt) setTimer(at, false);
  }

  function fire() {
    timer = undefined;
    const now = clock.now();
    if (clock.hidden?.()) {
      dirty = true;
      return;
    }
    // Forced by the deadline while changes keep coming: hold the next read back longer.
    const forced = !leading && burstStart !== undefined && now - lastPoke < o.quiet;
    wait = forced ? Math.min(wait * 2, o.maxWaitCap) : o.maxWait;
    burstStart = forced ? now : undefined;
    leading = false;
    running = true;
    dirty = false;
    let result: void | Promise<unknown>;
    try {
      result = run();
    } catch {
      result = undefined;
    }
    lastCost = clock.now() - now;
    reads++;
    const done = () => {
      running = false;
      lastEnd = clock.now();
      if (dirty) {
        dirty = false;
        schedule(lastEnd, lastEnd - lastPoke);
      }
    };
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
    else done();
  }

  return {
    poke() {
      const now = clock.now();
      const quietFor = now - lastPoke;
      lastPoke = now;
      schedule(now, quietFor);
    },
    resume() {
      if (dirty && !running && !clock.hidden?.()) {
        dirty = false;
        schedule(clock.now(), Number.POSITIVE_INFINITY);
      }
    },
    cancel() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      leading = false;
      burstStart = undefined;
      wait = o.maxWait;
      dirty = false;
    },
    restart() {
      this.cancel();
      const now = clock.now();
      lastPoke = now;
      if (running || clock.hidden?.()) {
        dirty = true;
        return;
      }
      setTimer(Math.max(now + o.first, earliest()), true);
    },
    again() {
      schedule(clock.now(), Number.POSITIVE_INFINITY);
    },
    stats: () => ({ reads, lastCost }),
  };
}
