/**
 * What the popup shows for a tab: the background's state for it, or why there is none; and, for
 * an account that was read, which notices the breakdown leads with (too little to grade, likes
 * hidden, a small sample).
 */
import type { TabState } from '../messages';
import type { Analysis } from '../score/types';
import type { Snapshot } from '../snapshot';
import { SITE_MATCHES } from '../hosts';

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

/**
 * True for a URL the content script runs on (the manifest's match patterns, `https://HOST/*`).
 * Kept to the host list so that the popup does not bundle every site adapter to answer it.
 */
export function isSupportedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return SITE_MATCHES.some((pattern) => {
    const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
    return !!m && (m[1] === '*' || `${m[1]}:` === u.protocol) && m[2].toLowerCase() === u.hostname.toLowerCase();
  });
}

export async function resolvePopupState(tab: { id?: number; url?: string } | undefined, deps: PopupDeps): Promise<PopupState> {
  if (tab?.id === undefined) return { status: 'unsupported-site' };
  const state = await deps.getTabState(tab.id).catch(() => null);
  if (state) return state;
  // No host permission means no URL: the tab is on a site RealReach does not read.
  if (!isSupportedUrl(tab.url)) return { status: 'unsupported-site' };
  // A supported site without a live content script: it was open before RealReach was installed or updated.
  return (await deps.pingTab(tab.id).catch(() => false)) ? { status: 'reading' } : { status: 'reload-needed' };
}

/** States worth asking again about shortly: the content script has not reported yet. */
export function isTransient(state: PopupState): boolean {
  return state.status === 'loading' || state.status === 'reading';
}

/** Fewer posts than this makes a median wobbly (HypeAuditor's rate uses the last 12 posts). */
export const SMALL_SAMPLE = 12;

export interface BreakdownNotices {
  /** No grade: too little could be read to grade honestly. */
  tooLittle: boolean;
  /** Posts whose author hides the like count (never counted as 0). */
  likesHidden: { hidden: number; total: number } | null;
  /** 'post-page': read from a single post; 'small': fewer than SMALL_SAMPLE posts on a profile. */
  sample: 'post-page' | 'small' | null;
}

export function breakdownNotices(snapshot: Snapshot, analysis: Analysis): BreakdownNotices {
  const hidden = snapshot.posts.filter((p) => p.likesHidden).length;
  const used = analysis.sample.postsUsed;
  return {
    tooLittle: analysis.grade === null,
    likesHidden: hidden ? { hidden, total: snapshot.posts.length } : null,
    sample: snapshot.page === 'post' ? 'post-page' : snapshot.page === 'profile' && used < SMALL_SAMPLE ? 'small' : null,
  };
}
