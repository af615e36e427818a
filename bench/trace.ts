/**
 * What the sampling profiler (./profile.ts) cannot see: the compile of an extension's injected
 * script. Chrome compiles a content script on the page's main thread before running it (not
 * streamed: "inline script"), and while it compiles no JS frame of the script is on the stack, so
 * the profiler's samples of that time name no extension ("(program)"). With V8's compile hint
 * (scripts/compile-hint.ts) every function is compiled then: about 4 ms of X's visit that the
 * samples missed (bench/ANALYSIS.md, 2026-12-03, late). A trace of the `v8` category runs beside
 * each profile and its `v8.compile` events of an extension's scripts are added to its time. The
 * functions compiled lazily, on their first call, are compiled under the caller's frame: the
 * profile counts those already, and they are no `v8.compile` event.
 */
import type { CDPSession } from 'playwright-core';

/** One compile of a whole script, on the trace's clock (the profiler's: µs of the same monotonic clock). */
export interface CompileSpan {
  url: string;
  startUs: number;
  /** Wall time on the main thread, µs: what the page waited, as the profile's samples count it. */
  durUs: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time, µs: the thread's own CPU time in the event, without what contention adds. */
  tdur?: number;
  tid?: number;
  args?: { data?: { url?: unknown; stackTrace?: { url?: unknown }[] }; fileName?: unknown };
}

/** Starts a trace of `categories` on the page's session; the function it returns ends it and gives its events. */
export async function startTrace(cdp: CDPSession, categories: string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: TraceEvent[] }) => events.push(...e.value);
  cdp.on('Tracing.dataCollected' as never, collect as never);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' } as never);
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete' as never, resolve as never));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected' as never, collect as never);
    return events;
  };
}

/** Starts a trace of V8's own events (few: compiles, script runs, collections); it ends with the compiles. */
export async function startCompileTrace(cdp: CDPSession): Promise<() => Promise<CompileSpan[]>> {
  const stop = await startTrace(cdp, ['v8']);
  return async () => compileSpans(await stop());
}

/** The whole-script compiles in a trace's events, with the script's address. */
export function compileSpans(events: TraceEvent[]): CompileSpan[] {
  const spans: CompileSpan[] = [];
  for (const e of events) {
    if (e.name !== 'v8.compile' || e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const url = e.args?.data?.url ?? e.args?.fileName;
    if (typeof url === 'string') spans.push({ url, startUs: e.ts, durUs: e.dur });
  }
  return spans;
}

/** Milliseconds an extension's scripts spent compiling (`chrome-extension://<id>/...`). */
export function compileMs(spans: CompileSpan[], extensionId: string | undefined): number {
  if (!extensionId) return 0;
  const prefix = `chrome-extension://${extensionId}/`;
  return spans.filter((s) => s.url.startsWith(prefix)).reduce((ms, s) => ms + s.durUs / 1000, 0);
}

/**
 * The main thread's own time (thread time, ms) in an extension's scripts, from a trace of
 * `devtools.timeline` and `v8` without the profiler: its scripts' evaluations (compile and first
 * run) and the calls the page makes into them (timers, observers, listeners), outermost events
 * only. Not in it: the callbacks of messages the background answers (the badge drawn after the
 * answer), for which the trace names no script. For A/B comparisons (`npm run bench:visit -- --trace`).
 */
export function ownThreadMs(events: TraceEvent[], extensionId: string): { totalMs: number; compileMs: number } {
  const prefix = `chrome-extension://${extensionId}/`;
  const named = (e: TraceEvent) =>
    [e.args?.data?.url, e.args?.data?.stackTrace?.[0]?.url, e.args?.fileName].some((u) => typeof u === 'string' && u.startsWith(prefix));
  const ours = events.filter((e) => e.ph === 'X' && named(e)).sort((a, b) => a.ts - b.ts);
  let totalUs = 0;
  let compileUs = 0;
  let end = -1;
  let tid: number | undefined;
  for (const e of ours) {
    if (e.name === 'v8.compile') compileUs += e.tdur ?? 0;
    if (e.tid === tid && e.ts < end) continue; // inside the last outermost event
    tid = e.tid;
    end = e.ts + (e.dur ?? 0);
    totalUs += e.tdur ?? 0;
  }
  return { totalMs: totalUs / 1000, compileMs: compileUs / 1000 };
}
