/**
 * Batches bursts of page changes into one read: waits for a quiet `delay`, but never longer than
 * `maxWait` after the first change, so infinite scroll still updates while it keeps loading.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export function createBatcher(run: () => void, timers: Timers, delay = 150, maxWait = 600) {
  let timer: number | undefined;
  let firstAt: number | undefined;
  return {
    poke(now = Date.now()) {
      firstAt ??= now;
      if (timer !== undefined) timers.clearTimeout(timer);
      const wait = Math.max(0, Math.min(delay, firstAt + maxWait - now));
      timer = timers.setTimeout(() => {
        timer = undefined;
        firstAt = undefined;
        run();
      }, wait);
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      firstAt = undefined;
    },
  };
}
