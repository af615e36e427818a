/**
 * The bench's side in the extension's service worker: when the background receives each page report
 * and stores each reading (the moments the bench times), and a long-time user's history to start from.
 */
import type { Worker } from 'playwright-core';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> }; onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void } };
  runtime: { onMessage: { addListener(cb: (message: unknown) => undefined): void } };
};

/** Records, in the service worker, when the background stores a tab's reading and how many posts it had. */
export async function installStoreProbe(worker: Worker) {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __stores?: { wall: number; posts: number }[]; __reports?: { wall: number; posts: number }[] };
    if (g.__stores) return;
    g.__stores = [];
    g.__reports = [];
    // When each page report reaches the background (this listener answers nothing).
    chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; report?: { snapshot?: { posts?: unknown[] } } };
      if (m?.type === 'page-report') g.__reports!.push({ wall: Date.now(), posts: m.report?.snapshot?.posts?.length ?? -1 });
      return undefined;
    });
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith('tab:')) continue;
        const v = change.newValue as { snapshot?: { posts?: unknown[] } } | undefined;
        g.__stores!.push({ wall: Date.now(), posts: v?.snapshot?.posts?.length ?? -1 });
      }
    });
  });
}

export async function storeCount(worker: Worker): Promise<number> {
  return worker.evaluate(() => (globalThis as unknown as { __stores: unknown[] }).__stores.length);
}

export async function waitForStore(worker: Worker, after: number, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await storeCount(worker)) <= after) {
    if (Date.now() > deadline) throw new Error('the background stored no reading');
    await sleep(20);
  }
}

/**
 * Stores `n` history records (400 accounts, one record a day each, the newest today), as a
 * long-time user's browser holds them (the limit is 5,000): page reports are then scored against a
 * full history. Built from a record of the saved storage sample, so it validates as real data does.
 */
export async function seedHistory(worker: Worker, n: number, template: Record<string, unknown>): Promise<void> {
  const day = 86_400_000;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12);
  const records = Array.from({ length: n }, (_, i) => {
    const at = new Date(today - Math.floor(i / 400) * day);
    return { ...template, handle: `bench.account${i % 400}`, day: at.toISOString().slice(0, 10), at: at.toISOString() };
  }).reverse(); // oldest first, as the store keeps them
  await worker.evaluate((history) => chrome.storage.local.set({ history, 'history$': { v: 2 } }), { records });
}
