/**
 * Background: validates every message, scores each page report (with the account's history, for
 * growth), applies the user's settings in its answer, records history, keeps each tab's latest
 * state, sets the toolbar badge per tab, and answers the extension pages' vetting requests.
 * Logic lives in lib/; this file wires browser events.
 */
import { RequestSchema, type Answers, type TabState } from '../lib/messages';
import { analyzeSnapshot } from '../lib/score';
import { forgetTab, loadTabState, saveTabState } from '../lib/background/tab-state';
import { answerPageReport, createOpenLimiter, handleVetting, isVettingRequest, refusedReportState, reportFitsSender, type VettingContext } from '../lib/background/vetting';
import { fitToSchema } from '../lib/background/fit';
import { injectPart } from '../lib/background/inject';
import { createVettingStore } from '../lib/storage/store';
import { toolbarText, VERDICT_COLORS, verdictOf } from '../lib/view/verdict';

const isPageReport = (m: unknown) => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'page-report';

export default defineBackground(() => {
  const session = browser.storage.session;
  const store = createVettingStore();
  const ctx: VettingContext = {
    store,
    session,
    analyze: analyzeSnapshot,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };

  const mayOpen = createOpenLimiter();

  async function showTabState(tabId: number, state: TabState): Promise<void> {
    await saveTabState(session, tabId, state);
    if (state.status === 'ok') {
      await browser.action.setBadgeText({ tabId, text: toolbarText(state.analysis) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: VERDICT_COLORS[verdictOf(state.analysis)] });
    } else {
      await browser.action.setBadgeText({ tabId, text: '' });
    }
  }

  // Stored data is for the extension's own pages and service worker only: a content script (or a
  // page that got into one) can neither read nor wipe it (Chrome 102+; elsewhere the default stays).
  for (const area of [browser.storage.local, browser.storage.sync] as { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> }[]) {
    void area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((err: unknown) => console.warn('RealReach: storage access level', err));
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // A page report over a length limit (a long display name, a long URL) is cut to fit, not refused.
    const fitted = isPageReport(message) ? fitToSchema(RequestSchema, message) : null;
    const parsed = fitted?.success ? { success: true as const, data: fitted.data } : RequestSchema.safeParse(message);
    if (!parsed.success) {
      console.warn('RealReach: refused a malformed message', parsed.error.issues[0]?.message);
      const tabId = sender.tab?.id;
      const state = isPageReport(message) && tabId !== undefined ? refusedReportState(sender, fitted && !fitted.success ? fitted.issue : 'malformed', new Date()) : null;
      // Only where the popup has nothing to show for this page: a malformed message never replaces a good reading.
      if (state && tabId !== undefined) {
        void loadTabState(session, tabId).then((known) => {
          const same = known && (known.status === 'ok' ? known.snapshot.url : (known as { url?: string }).url) === (sender.url ?? sender.tab?.url)?.slice(0, 2000);
          if (!same) return showTabState(tabId, state);
        });
      }
      return undefined;
    }
    const request = parsed.data;
    switch (request.type) {
      case 'page-report': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        if (!reportFitsSender(request.report, sender)) {
          console.warn('RealReach: refused a page report about another site than its tab');
          return undefined;
        }
        // The content script gets its answer first; the tab's state and toolbar badge follow, in a
        // later task so that their storage and action calls do not delay the reply, and before
        // the visit is recorded (lib/background/vetting.ts).
        return answerPageReport(request.report, ctx, new Date(), (state) => showTabState(tabId, state)).then(({ answer }): Answers['page-report'] => answer);
      }
      case 'get-tab-state':
        return loadTabState(session, request.tabId) satisfies Promise<Answers['get-tab-state']>;
      case 'open-breakdown': {
        const tabId = sender.tab?.id;
        const opened: Answers['open-breakdown'] = {};
        if (!mayOpen(tabId)) return Promise.resolve(opened);
        const url = browser.runtime.getURL(`/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
        return browser.tabs.create({ url }).then(() => opened);
      }
      case 'part-load':
        // The file is one of ours, named from the part and the site list (lib/background/inject.ts); WXT types it by its public paths.
        return injectPart(sender, request.part, browser.runtime.id, { executeScript: (o) => browser.scripting.executeScript(o as never) });
      default:
        return isVettingRequest(request) ? handleVetting(request, sender, ctx) : undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(session, tabId);
  });

  // The shortlist follows the user across browsers: merge what sync holds at start-up (and push
  // what only this browser has), then whenever another browser changes it.
  void store.syncNow({ push: true });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith('sl'))) void store.syncNow({ push: false });
  });
});
