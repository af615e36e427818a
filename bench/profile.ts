/**
 * Whose main-thread time is it: V8's sampling profiler (CDP `Profiler`) runs over each measured
 * window of a page, and the samples whose JS stack holds a frame of an extension's own scripts
 * (`chrome-extension://<id>/...`: a content script in its isolated world, or a script an extension
 * injected into the page) are that extension's time. This is what one extension adds to a page,
 * measured on one run without subtracting two noisy totals (the page's own scripting varies by tens
 * of milliseconds from run to run on the heavy X timeline). Native work an extension's code calls
 * (querySelectorAll, a layout it forces) is sampled under its JS frame and so counted; work the page
 * does later because of it (style and layout of a badge in the next frame) is not: the bench's
 * totals with / without (TaskDuration) show that part.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';

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

/**
 * Milliseconds of samples with a frame of `chrome-extension://<extensionId>/` on their stack. A
 * sample's time is the gap to the next sample (the last one gets the median gap).
 */
export function extensionMs(profile: CpuProfile, extensionId: string | undefined): number {
  if (!extensionId || !profile.samples?.length || !profile.timeDeltas) return 0;
  const prefix = `chrome-extension://${extensionId}/`;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const v = !!node && (node.callFrame.url.startsWith(prefix) || (up !== undefined && isOurs(up)));
    ours.set(id, v);
    return v;
  };
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
