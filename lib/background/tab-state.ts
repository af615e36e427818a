/**
 * Per-tab state kept by the background in storage.session: it survives the MV3 worker being
 * stopped, and is cleared with the browser session. A tab's entry goes when the tab closes.
 */
import type { TabState } from '../messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(area: SessionArea, tabId: number, state: TabState): Promise<void> {
  await area.set({ [key(tabId)]: state });
}

export async function loadTabState(area: SessionArea, tabId: number): Promise<TabState | null> {
  const got = await area.get(key(tabId));
  const state = got[key(tabId)];
  // Only the background writes these; a shape check guards against an older version's data.
  return state && typeof state === 'object' && 'status' in state ? (state as TabState) : null;
}

export async function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(key(tabId));
}
