/**
 * Per-tab state kept by the background in storage.session: it survives the MV3 worker being
 * stopped, and is cleared with the browser session. A tab's entry goes when the tab closes.
 */
import type { TabState } from '../messages';
import type { Platform } from '../snapshot';
import { accountKey } from '../storage/account';

export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'tab:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

function asTabState(state: unknown): TabState | null {
  // Only the background writes these; a shape check guards against an older version's data.
  return state && typeof state === 'object' && 'status' in state ? (state as TabState) : null;
}

export async function saveTabState(area: SessionArea, tabId: number, state: TabState): Promise<void> {
  await area.set({ [key(tabId)]: state });
}

export async function loadTabState(area: SessionArea, tabId: number): Promise<TabState | null> {
  const got = await area.get(key(tabId));
  return asTabState(got[key(tabId)]);
}

export async function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(key(tabId));
}

/** The most recent analysis of an account that any open tab holds (for "shortlist this account" from a page without a tab). */
export async function findAccountState(area: SessionArea, platform: Platform, handle: string): Promise<Extract<TabState, { status: 'ok' }> | null> {
  const wanted = accountKey(platform, handle);
  const all = await area.get(null);
  let best: Extract<TabState, { status: 'ok' }> | null = null;
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(PREFIX)) continue;
    const state = asTabState(v);
    if (state?.status !== 'ok' || accountKey(state.snapshot.platform, state.snapshot.profile.handle) !== wanted) continue;
    if (!best || state.updatedAt > best.updatedAt) best = state;
  }
  return best;
}
