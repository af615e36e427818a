import { describe, expect, it } from 'vitest';
import { createReadScheduler, DEFAULT_SCHEDULE, type SchedulerClock } from '../../../lib/content/scheduler';

/** A fake clock: timers fire in order as time is advanced; a read costs `cost` ms of the clock. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let hidden = false;
  const clock: SchedulerClock & { advance(ms: number): void; setHidden(h: boolean): void; t(): number } = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
    hidden: () => hidden,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = end;
    },
    setHidden(h) {
      hidden = h;
    },
    t: () => now,
  };
  return clock;
}

function setup(cost = 5, options = {}) {
  const clock = fakeClock();
  const reads: number[] = [];
  const scheduler = createReadScheduler(
    () => {
      reads.push(clock.t());
      clock.advance(0);
      // the synchronous cost of a read, seen by the scheduler through the clock
      (clock as unknown as { advance(ms: number): void }).advance(cost);
    },
    clock,
    options,
  );
  return { clock, reads, scheduler };
}

describe('read scheduler', () => {
  it('reads a change on a quiet page one frame later', () => {
    const { clock, reads, scheduler } = setup();
    clock.advance(1000);
    scheduler.poke();
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads).toEqual([1000 + DEFAULT_SCHEDULE.first]);
  });

  it('reads the mutations of one render once', () => {
    const { clock, reads, scheduler } = setup();
    clock.advance(1000);
    for (let i = 0; i < 10; i++) {
      scheduler.poke();
      clock.advance(1);
    }
    clock.advance(2000);
    expect(reads).toHaveLength(1);
  });

  it('holds reads back during a long burst (infinite scroll), then reads once it ends', () => {
    const { clock, reads, scheduler } = setup(5);
    clock.advance(1000);
    // 40 pages of results, one every 150 ms (6 s of loading)
    for (let i = 0; i < 40; i++) {
      scheduler.poke();
      clock.advance(150);
    }
    const during = reads.length;
    clock.advance(5000);
    // a quick first read, a few forced ones (1 s, then 2 s, then 4 s apart), one after the burst
    expect(during).toBeGreaterThanOrEqual(3);
    expect(during).toBeLessThanOrEqual(5);
    expect(reads.length).toBe(during + 1);
    expect(reads.at(-1)! - (1000 + 40 * 150)).toBeLessThanOrEqual(DEFAULT_SCHEDULE.quiet + 150);
  });

  it('keeps expensive reads within their share of the main thread', () => {
    const { clock, reads, scheduler } = setup(50, { share: 0.1 });
    for (let i = 0; i < 200; i++) {
      scheduler.poke();
      clock.advance(20);
    }
    const gaps = reads.slice(1).map((t, i) => t - reads[i]);
    // a 50 ms read is followed by at least 450 ms without reading
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(500);
  });

  it('reads a change after a still page within `idle` of an expensive read, not d / share later', () => {
    const { clock, reads, scheduler } = setup(100, { share: 0.1 });
    scheduler.poke();
    clock.advance(DEFAULT_SCHEDULE.first + 100); // one read of 100 ms: the share alone would wait 900 ms
    expect(reads).toHaveLength(1);
    clock.advance(DEFAULT_SCHEDULE.idle + 50); // the page stays still
    const at = clock.t();
    scheduler.poke(); // new posts on the still page
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads).toHaveLength(2);
    expect(reads[1] - at).toBeLessThanOrEqual(DEFAULT_SCHEDULE.first);
    // and such reads stay at least `idle` apart, however fast the changes come after a pause
    clock.advance(DEFAULT_SCHEDULE.idle);
    scheduler.poke();
    clock.advance(2000);
    expect(reads[2] - (reads[1] + 100)).toBeGreaterThanOrEqual(DEFAULT_SCHEDULE.idle);
  });

  it('runs one read at a time, and reads again after a change during an asynchronous read', async () => {
    const clock = fakeClock();
    let release!: () => void;
    let runs = 0;
    const scheduler = createReadScheduler(
      () => {
        runs++;
        return new Promise<void>((r) => (release = r));
      },
      clock,
    );
    scheduler.poke();
    clock.advance(20);
    expect(runs).toBe(1);
    scheduler.poke(); // while the first read waits for the background
    clock.advance(2000);
    expect(runs).toBe(1);
    release();
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(2000);
    expect(runs).toBe(2);
  });

  it('does not read a hidden tab, and reads what changed when it is shown', () => {
    const { clock, reads, scheduler } = setup();
    clock.setHidden(true);
    scheduler.poke();
    clock.advance(5000);
    expect(reads).toHaveLength(0);
    clock.setHidden(false);
    scheduler.resume();
    clock.advance(100);
    expect(reads).toHaveLength(1);
  });

  it('forgets pending work when cancelled', () => {
    const { clock, reads, scheduler } = setup();
    scheduler.poke();
    scheduler.cancel();
    clock.advance(5000);
    expect(reads).toHaveLength(0);
  });

  it('survives a read that throws', () => {
    const clock = fakeClock();
    let runs = 0;
    const scheduler = createReadScheduler(() => {
      runs++;
      throw new Error('boom');
    }, clock);
    scheduler.poke();
    clock.advance(100);
    clock.advance(1000);
    scheduler.poke();
    clock.advance(1000);
    expect(runs).toBe(2);
  });
});

describe('read scheduler on navigation', () => {
  it('reads a new page a frame after navigating, even in the middle of a burst', () => {
    const { clock, reads, scheduler } = setup(5);
    clock.advance(1000);
    for (let i = 0; i < 5; i++) {
      scheduler.poke();
      clock.advance(100);
    }
    const before = reads.length;
    scheduler.restart();
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads.length).toBe(before + 1);
  });

  it('reads again a frame after a part a read waited for came, even while the page keeps changing', () => {
    const { clock, reads, scheduler } = setup(1);
    clock.advance(1000);
    scheduler.restart(); // an in-site navigation: its first read waits for a part
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      scheduler.poke(); // the new page rendering
      clock.advance(20);
    }
    // A poke now would be read `quiet` ms after the last change; the part's arrival is read at once.
    scheduler.again();
    const at = clock.t();
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads).toHaveLength(2);
    expect(reads[1] - at).toBeLessThanOrEqual(DEFAULT_SCHEDULE.first);
  });
});

describe('read scheduler after a burst', () => {
  it('reads a change after a still page soon, even with a trailing read of the last burst pending', async () => {
    const clock = fakeClock();
    const reads: number[] = [];
    let release: (() => void) | undefined;
    const scheduler = createReadScheduler(
      () => {
        reads.push(clock.t());
        return new Promise<void>((r) => (release = r));
      },
      clock,
    );
    clock.advance(1000);
    scheduler.poke(); // a change on a still page
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads).toHaveLength(1);
    scheduler.poke(); // another while the first read waits for the background
    clock.advance(100);
    release!();
    await Promise.resolve();
    await Promise.resolve();
    // a trailing read is now pending, DEFAULT_SCHEDULE.quiet after the read ended
    clock.advance(DEFAULT_SCHEDULE.idle + 10);
    const before = reads.length;
    release?.();
    await Promise.resolve();
    await Promise.resolve();
    scheduler.poke(); // new posts after the page was still
    const at = clock.t();
    clock.advance(DEFAULT_SCHEDULE.first);
    expect(reads.length).toBe(before + 1);
    expect(reads.at(-1)! - at).toBeLessThanOrEqual(DEFAULT_SCHEDULE.first);
  });
});
