/**
 * Background: validates every message, scores each page report, keeps each tab's latest state,
 * and sets the toolbar badge per tab. Logic lives in lib/; this file wires browser events.
 */
import { RequestSchema, type PageReportAnswer, type TabState } from '../lib/messages';
import { analyzeSnapshot } from '../lib/score';
import { forgetTab, loadTabState, saveTabState } from '../lib/background/tab-state';
import { toolbarText, VERDICT_COLORS, verdictOf } from '../lib/verdict';

export default defineBackground(() => {
  const session = browser.storage.session;

  async function onPageReport(tabId: number, state: TabState): Promise<void> {
    await saveTabState(session, tabId, state);
    if (state.status === 'ok') {
      await browser.action.setBadgeText({ tabId, text: toolbarText(state.analysis) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: VERDICT_COLORS[verdictOf(state.analysis)] });
    } else {
      await browser.action.setBadgeText({ tabId, text: '' });
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      console.warn('RealReach: refused a malformed message', parsed.error.issues[0]?.message);
      return undefined;
    }
    const request = parsed.data;
    const now = new Date().toISOString();
    switch (request.type) {
      case 'page-report': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const report = request.report;
        if (report.status === 'ok') {
          const analysis = analyzeSnapshot(report.snapshot);
          const answer: PageReportAnswer = { analysis };
          return onPageReport(tabId, { ...report, analysis, updatedAt: now }).then(() => answer);
        }
        return onPageReport(tabId, { ...report, updatedAt: now }).then(() => ({}));
      }
      case 'get-tab-state':
        return loadTabState(session, request.tabId);
      case 'open-breakdown': {
        const tabId = sender.tab?.id;
        const url = browser.runtime.getURL(`/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
        return browser.tabs.create({ url }).then(() => ({}));
      }
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(session, tabId);
  });
});
