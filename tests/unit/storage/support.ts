/**
 * Helpers for the storage tests: saved storage samples (tests/fixtures/storage/*.json) loaded into
 * WXT's fake browser, Snapshots built the way adapters build them, and a store on a fake clock.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Count, Platform, Snapshot } from '../../../lib/snapshot';
import { analyzeSnapshot } from '../../../lib/score';
import type { Analysis } from '../../../lib/score/types';
import { createVettingStore, type StoreOptions } from '../../../lib/storage/store';
import { REPO_ROOT } from '../../support/shared';

export interface StorageSample {
  _about?: string;
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

export const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/storage');

export function loadSample(name: string): StorageSample {
  return JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as StorageSample;
}

/** A fresh browser whose storage holds the sample. */
export async function seed(sample: Partial<StorageSample> = {}): Promise<void> {
  fakeBrowser.reset();
  if (sample.local && Object.keys(sample.local).length) await fakeBrowser.storage.local.set(structuredClone(sample.local));
  if (sample.sync && Object.keys(sample.sync).length) await fakeBrowser.storage.sync.set(structuredClone(sample.sync));
}

export async function dump(area: 'local' | 'sync' = 'local'): Promise<Record<string, unknown>> {
  return structuredClone(await fakeBrowser.storage[area].get(null));
}

export async function quarantined(): Promise<{ key: string; area: string; reason: string; value: unknown; version?: number }[]> {
  const all = await dump('local');
  return Object.entries(all)
    .filter(([k]) => k.startsWith('quarantine:'))
    .map(([, v]) => v as { key: string; area: string; reason: string; value: unknown; version?: number });
}

/** A clock the test moves. */
export function clock(start = '2025-03-10T12:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
    days: (n: number) => {
      now = new Date(now.getTime() + n * 86_400_000);
    },
  };
}

export function makeStore(opts: StoreOptions = {}) {
  return createVettingStore({ sync: fakeBrowser.storage.sync, ...opts });
}

export function count(value: number, raw?: string, interval?: [number, number]): Count {
  return { value, exact: !interval, source: interval ? 'text' : 'embedded-json', raw: raw ?? String(value), min: interval?.[0] ?? value, max: interval?.[1] ?? value };
}

/** A profile page with `posts` own posts of `likes` likes and `comments` comments each. */
export function profile(platform: Platform, handle: string, followers: number, o: { posts?: number; likes?: number; comments?: number; name?: string; at?: string } = {}): Snapshot {
  const n = o.posts ?? 12;
  const base = platform === 'x' ? `https://x.com/${handle}` : `https://www.instagram.com/${handle}/`;
  return {
    platform,
    url: base,
    page: 'profile',
    capturedAt: o.at ?? '2025-03-10T12:00:00.000Z',
    profile: { handle, name: o.name ?? handle, followers: count(followers), following: count(300), posts: count(500) },
    posts: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, url: `${base}p/${i}`, likes: count(o.likes ?? Math.round(followers * 0.02)), comments: count(o.comments ?? 10) })),
  };
}

/** The real scoring engine, with its calls recorded (to see the `earlier` snapshots it was given). */
export function recordingAnalyze() {
  const calls: { snapshot: Snapshot; earlier: Snapshot[] }[] = [];
  const analyze = (snapshot: Snapshot, earlier: Snapshot[]): Analysis => {
    calls.push({ snapshot, earlier });
    return analyzeSnapshot(snapshot, earlier);
  };
  return { analyze, calls };
}
