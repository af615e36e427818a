/**
 * Whose main-thread time is it: V8's sampling profiler (CDP `Profiler`) runs over each measured
 * window of a page, and the samples whose JS stack holds a frame of an extension's own scripts
 * (`chrome-extension://<id>/...`: a content script in its isolated world, or a script an extension
 * injected into the page) are that extension's time. This is what one extension adds to a page,
 * measured on one run without subtracting two noisy totals (the page's own scripting varies by tens
 * of milliseconds from run to run on the heavy X timeline). Native work an extension's code calls
 * (querySelectorAll, a layout it forces) is sampled under its JS frame and so counted; work the page
 * does later because of it (style and layout of a badge in the next frame) is not: the bench's
 * totals with / without (TaskDuration) show that part. The compile of an injected script, before
 * any of its code runs, has no frame of it on the stack: ./trace.ts adds it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { CompileSpan } from './trace';

/** Profiler sampling interval, µs: fine enough for a few ms of work, cheap enough for seconds. */
const SAMPLING_US = 200;

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  return profile;
}

/** The extension ids (hosts of chrome-extension:// URLs) whose frames a profile holds. */
export function extensionIdsIn(profile: CpuProfile): string[] {
  const ids = new Set<string>();
  for (const n of profile.nodes) {
    const m = /^chrome-extension:\/\/([a-p]{32})\//.exec(n.callFrame.url);
    if (m) ids.add(m[1]);
  }
  return [...ids];
}

/** Whether a profile holds any frame of the page's own scripts (those served at `pageUrl`'s origin). */
export function profiledPage(profile: CpuProfile, pageUrl: string): boolean {
  const origin = new URL(pageUrl).origin;
  return profile.nodes.some((n) => n.callFrame.url.startsWith(`${origin}/`));
}

/**
 * Milliseconds of samples with a frame of `chrome-extension://<extensionId>/` on their stack. A
 * sample's time is the gap to the next sample (the last one gets the median gap).
 */
export function extensionMs(profile: CpuProfile, extensionId: string | undefined): number {
  if (!extensionId || !profile.samples?.length || !profile.timeDeltas) return 0;
  const isOurs = ownSamples(profile, `chrome-extension://${extensionId}/`);
  const deltas = profile.timeDeltas;
  const gaps = deltas.slice(1).sort((a, b) => a - b);
  const lastGap = gaps.length ? gaps[Math.floor(gaps.length / 2)] : SAMPLING_US;
  // A gap far above the interval is the sampler (or the whole process) descheduled on a busy
  // machine, not work: counted as at most a few intervals.
  const cap = 5 * SAMPLING_US;
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) us += Math.min(cap, i + 1 < deltas.length ? deltas[i + 1] : lastGap);
  });
  return us / 1000;
}

export function saveProfiles(dir: string, name: string, profiles: Record<string, CpuProfile>): void {
  mkdirSync(dir, { recursive: true });
  for (const [part, profile] of Object.entries(profiles)) writeFileSync(resolve(dir, `${name}-${part}.cpuprofile`), JSON.stringify(profile));
}

// ---- Long tasks, attributed ----

/** The page-world function the bench runs at the end of each profiled window to line up clocks. */
const MARK = '__rrBenchClockMark';
const MARK_SRC = `(function ${MARK}() { const t0 = performance.now(); while (performance.now() - t0 < 3); return t0; })()`;

/** A window's profile, with where its clock stands against the page's performance.now() (ms). */
export interface MarkedProfile {
  profile: CpuProfile;
  /** performance.now() (ms) = profile time (µs) / 1000 - offsetMs; null when the mark was not sampled. */
  offsetMs: number | null;
}

/**
 * Stops a window's profile after a 3 ms mark in the page (the same on every variant, after the
 * window's measured work): the mark's first sample gives the profile's clock in the page's
 * performance.now() time, which the long tasks API uses.
 */
export async function stopMarkedProfile(cdp: CDPSession): Promise<MarkedProfile> {
  const { result } = (await cdp.send('Runtime.evaluate', { expression: MARK_SRC, returnByValue: true })) as { result: { value?: number } };
  const profile = await stopProfile(cdp);
  return { profile, offsetMs: typeof result.value === 'number' ? markOffset(profile, result.value) : null };
}

function sampleTimes(profile: CpuProfile): number[] {
  let t = profile.startTime;
  return (profile.timeDeltas ?? []).map((d) => (t += d));
}

function markOffset(profile: CpuProfile, markAt: number): number | null {
  const marked = new Set(profile.nodes.filter((n) => n.callFrame.functionName === MARK).map((n) => n.id));
  const times = sampleTimes(profile);
  const i = (profile.samples ?? []).findIndex((id) => marked.has(id));
  return i < 0 ? null : times[i] / 1000 - markAt;
}

/**
 * Long tasks RealReach caused: tasks over 50 ms that held at least one sample of the extension's
 * own scripts, or a compile of one (./trace.ts), and would have stayed at or under 50 ms without
 * that time (the page's own long tasks, which the extension's MutationObserver callback may end,
 * are the page's). Tasks in no profiled window (the bench's own calls between windows) are not
 * attributed.
 */
export function longTasksCaused(tasks: { start: number; duration: number }[], windows: (MarkedProfile & { compiles?: CompileSpan[] })[], extensionId: string | undefined): number {
  if (!extensionId) return 0;
  const prefix = `chrome-extension://${extensionId}/`;
  return tasks.filter((task) => {
    let ownUs = 0;
    for (const { profile, offsetMs, compiles } of windows) {
      if (offsetMs === null) continue;
      // Its scripts' compiles (./trace.ts: the same clock as the profile's), the part inside the task.
      for (const c of compiles ?? []) {
        if (!c.url.startsWith(prefix)) continue;
        const start = c.startUs / 1000 - offsetMs;
        ownUs += Math.max(0, Math.min(start + c.durUs / 1000, task.start + task.duration) - Math.max(start, task.start)) * 1000;
      }
      const times = sampleTimes(profile);
      const ours = ownSamples(profile, prefix);
      (profile.samples ?? []).forEach((id, i) => {
        const at = times[i] / 1000 - offsetMs;
        if (at >= task.start && at <= task.start + task.duration && ours(id)) ownUs += Math.min(5 * SAMPLING_US, profile.timeDeltas?.[i + 1] ?? SAMPLING_US);
      });
    }
    return ownUs > 0 && task.duration - ownUs / 1000 <= 50;
  }).length;
}

/** Whether a sample's stack holds a frame of the scripts under `prefix`. */
function ownSamples(profile: CpuProfile, prefix: string): (id: number) => boolean {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const known = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const hit = known.get(id);
    if (hit !== undefined) return hit;
    const up = parent.get(id);
    const v = !!byId.get(id)?.callFrame.url.startsWith(prefix) || (up !== undefined && isOurs(up));
    known.set(id, v);
    return v;
  };
  return isOurs;
}
