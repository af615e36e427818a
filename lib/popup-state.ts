/**
 * What the popup shows for a tab: the background's state for it, or why there is none.
 */
import type { TabState } from './messages';
import { adapterForUrl } from './sites';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unsupported-site' }
  | { status: 'reload-needed' }
  | { status: 'reading' }
  | TabState;

export interface PopupDeps {
  getTabState(tabId: number): Promise<TabState | null>;
  /** True when a RealReach content script answers in that tab. */
  pingTab(tabId: number): Promise<boolean>;
}

export async function resolvePopupState(tab: { id?: number; url?: string } | undefined, deps: PopupDeps): Promise<PopupState> {
  if (tab?.id === undefined) return { status: 'unsupported-site' };
  const state = await deps.getTabState(tab.id).catch(() => null);
  if (state) return state;
  // No host permission means no URL: the tab is on a site RealReach does not read.
  if (!tab.url || !adapterForUrl(tab.url)) return { status: 'unsupported-site' };
  // A supported site without a live content script: it was open before RealReach was installed or updated.
  return (await deps.pingTab(tab.id).catch(() => false)) ? { status: 'reading' } : { status: 'reload-needed' };
}
