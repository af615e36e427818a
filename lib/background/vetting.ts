/**
 * The background's side of the vetting features: page reports (settings applied, history
 * recorded, growth fed to scoring) and the vetting requests of lib/messages.ts. Kept apart from
 * entrypoints/background.ts so tests can drive it with fakeBrowser.
 *
 * Trust: content scripts run inside pages RealReach does not control, so the only vetting requests
 * they may make are `shortlist-add` for their own tab and `audience-report` (followers their page
 * listed; at worst a hostile page skews its own account's estimate). Everything that reads or changes stored data
 * is answered only to the extension's own pages (popup, shortlist, options).
 */
import { summarizeAudience } from '../audience/summary';
import { badgeView } from '../view/badge';
import { evidenceLines } from '../evidence/lines';
import { t, uiLocale } from '../i18n';
import type { Answers, PageReport, PageReportAnswer, Request, TabState, VettingAnswers, VettingRequest } from '../messages';
import type { Snapshot } from '../snapshot';
import type { Analysis } from '../score/types';
import { accountKey } from '../storage/account';
import { siteEnabled } from '../storage/schema';
import type { PageOutcome, VettingStore } from '../storage/store';
import { findAccountState, loadTabState, type SessionArea } from './tab-state';
import { platformOfUrl } from '../hosts';

export interface VettingContext {
  store: VettingStore;
  session: SessionArea;
  analyze(snapshot: Snapshot, earlier: Snapshot[]): Analysis;
  /** This extension's id and page origin (`chrome-extension://<id>/`). */
  extensionId: string;
  extensionOrigin: string;
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Whether a page report is about the site of the tab that sent it (issue 17, defect 9): a content
 * script on X reports X accounts, never Instagram ones. The sender's frame URL, else its tab's.
 */
export function reportFitsSender(report: PageReport, sender: MessageSender): boolean {
  const from = platformOfUrl(sender.url ?? sender.tab?.url);
  const about = report.status === 'ok' ? report.snapshot.platform : report.platform;
  if (!from || from !== about) return false;
  // The Snapshot's own URL must be on that site too: it is shown and linked in the popup.
  return report.status === 'ok' ? platformOfUrl(report.snapshot.url) === from : platformOfUrl(report.url) === from;
}

/** The state of a tab whose report could not be accepted even cut to fit: the popup says why. */
export function refusedReportState(sender: MessageSender, issue: string, now: Date): TabState | null {
  const url = sender.url ?? sender.tab?.url;
  const platform = platformOfUrl(url);
  if (!platform || !url) return null;
  return { status: 'unrecognised', platform, url: url.slice(0, 2000), reason: `The page's report could not be accepted (${issue.slice(0, 200)}).`, updatedAt: now.toISOString() };
}

/**
 * How often the in-page panel may open the breakdown (issue 17, defect 4): once per tab every two
 * seconds, and OPENS_PER_MINUTE in all. The badge already acts only on the user's own clicks; this
 * holds even if a page found a way to click for them.
 */
export function createOpenLimiter(now: () => number = Date.now, perTabMs = 2_000, perMinute = 6) {
  const lastByTab = new Map<number, number>();
  let recent: number[] = [];
  return (tabId: number | undefined): boolean => {
    const t = now();
    recent = recent.filter((at) => t - at < 60_000);
    const key = tabId ?? -1;
    if (recent.length >= perMinute || t - (lastByTab.get(key) ?? -Infinity) < perTabMs) return false;
    lastByTab.set(key, t);
    recent.push(t);
    return true;
  };
}

function fromExtensionPage(sender: MessageSender, ctx: Pick<VettingContext, 'extensionId' | 'extensionOrigin'>): boolean {
  return sender.id === ctx.extensionId && typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
}

/**
 * A page report -> the tab's new state and the answer for the content script (settings applied
 * here). `keepState`, when given, is called with the state once the answer has gone: before the
 * visit is recorded, which can take long with a full history.
 */
export async function answerPageReport(
  report: PageReport,
  ctx: VettingContext,
  now: Date,
  keepState?: (state: TabState) => Promise<void>,
): Promise<{ state: TabState; answer: PageReportAnswer }> {
  const updatedAt = now.toISOString();
  if (report.status === 'ok') {
    const stateFor = (outcome: PageOutcome): TabState =>
      outcome.disabled
        ? { status: 'disabled', platform: report.snapshot.platform, url: report.snapshot.url, updatedAt }
        : { ...report, analysis: outcome.analysis, updatedAt };
    const outcome = await ctx.store.pageReport(report.snapshot, ctx.analyze, keepState && ((o) => keepState(stateFor(o))));
    const answer: PageReportAnswer = outcome.disabled
      ? { disabled: true }
      : { badge: badgeView(outcome.analysis, undefined, outcome.shortlisted, [...evidenceLines(report.snapshot, outcome.analysis, uiLocale(), outcome.currency), ...audienceLine(outcome.audience, uiLocale())]), showBadge: outcome.showBadge };
    return { state: stateFor(outcome), answer };
  }
  let state: TabState = { ...report, updatedAt };
  if (report.status !== 'disabled') {
    const settings = await ctx.store.getSettings().catch(() => null);
    if (settings && !siteEnabled(settings, report.platform)) state = { status: 'disabled', platform: report.platform, url: report.url, updatedAt };
  }
  // Nothing to record: the state is kept in a later task, after the reply.
  if (keepState) setTimeout(() => keepState(state).catch((err) => console.warn('RealReach: could not keep the tab state', err)), 0);
  return { state, answer: state.status === 'disabled' ? { disabled: true } : {} };
}

const VETTING_TYPES = new Set<string>([
  'shortlist-add', 'shortlist-update', 'shortlist-campaign', 'shortlist-link', 'shortlist-remove', 'shortlist-get', 'account-get', 'history-get', 'evidence-get',
  'settings-get', 'settings-set', 'storage-report', 'data-export', 'data-import', 'data-delete-all', 'set-aside-discard',
  'audience-report', 'audience-get',
] satisfies (keyof VettingAnswers)[]);

export function isVettingRequest(request: Request): request is VettingRequest {
  return VETTING_TYPES.has(request.type);
}

/** Answers a vetting request, or undefined (no answer) when the sender may not make it. */
export async function handleVetting<R extends VettingRequest>(request: R, sender: MessageSender, ctx: VettingContext): Promise<Answers[R['type']] | undefined> {
  const page = fromExtensionPage(sender, ctx);
  if (!page && request.type !== 'shortlist-add' && !(request.type === 'audience-report' && sender.tab?.id !== undefined)) {
    console.warn(`RealReach: refused "${request.type}" from outside the extension's pages`);
    return undefined;
  }
  const r = request as VettingRequest;
  const answer = await (async (): Promise<VettingAnswers[keyof VettingAnswers]> => {
    switch (r.type) {
      case 'shortlist-add':
        return shortlistAdd(r, sender, page, ctx);
      case 'shortlist-update':
        return ctx.store.shortlistUpdate(r.account.platform, r.account.handle, { note: r.note, tags: r.tags });
      case 'shortlist-campaign':
        return ctx.store.shortlistCampaign(r.account.platform, r.account.handle, r.campaign);
      case 'shortlist-link':
        return ctx.store.shortlistLink(r.keys, r.link);
      case 'shortlist-remove':
        return ctx.store.shortlistRemove(r.keys);
      case 'shortlist-get':
        return ctx.store.shortlistView();
      case 'account-get':
        return ctx.store.account(r.account.platform, r.account.handle);
      case 'history-get':
        return ctx.store.historyFor(r.accounts);
      case 'evidence-get':
        return { observations: await ctx.store.evidenceFor(r.account.platform, r.account.handle) };
      case 'settings-get':
        return ctx.store.getSettings();
      case 'settings-set':
        return ctx.store.setSettings(r.settings);
      case 'storage-report':
        return ctx.store.storageReport();
      case 'data-export':
        return ctx.store.exportData(r.scope);
      case 'data-import':
        return ctx.store.importData(r.text);
      case 'data-delete-all':
        return ctx.store.deleteAll();
      case 'set-aside-discard':
        return { removed: await ctx.store.discardSetAside(r.ids) };
      case 'audience-report': {
        const { sample, added } = await ctx.store.audience.record(r.account.platform, r.account.handle, r.audience.entries);
        return { added, stored: sample.entries.length };
      }
      case 'audience-get':
        return summarizeAudience(await ctx.store.audience.get(r.account.platform, r.account.handle)) ?? { none: true as const };
    }
  })();
  return answer as Answers[R['type']];
}

async function shortlistAdd(
  r: Extract<VettingRequest, { type: 'shortlist-add' }>,
  sender: MessageSender,
  page: boolean,
  ctx: VettingContext,
): Promise<VettingAnswers['shortlist-add']> {
  // A content script adds the account its own tab shows; a page may name a tab or an account.
  const tabId = page ? (r.tabId ?? sender.tab?.id) : sender.tab?.id;
  const fromTab = tabId !== undefined ? await loadTabState(ctx.session, tabId) : null;
  const matches = (s: Snapshot) => !r.account || accountKey(s.platform, s.profile.handle) === accountKey(r.account.platform, r.account.handle);
  let seen: { snapshot: Snapshot; analysis: Analysis } | undefined;
  if (fromTab?.status === 'ok' && matches(fromTab.snapshot)) seen = { snapshot: fromTab.snapshot, analysis: fromTab.analysis };
  else if (r.account && page) {
    const found = await findAccountState(ctx.session, r.account.platform, r.account.handle);
    if (found) seen = { snapshot: found.snapshot, analysis: found.analysis };
  }
  const account = seen ? { platform: seen.snapshot.platform, handle: seen.snapshot.profile.handle } : page ? r.account : undefined;
  if (!account) return { ok: false, error: 'not-found', detail: 'no account is shown in this tab' };
  return ctx.store.shortlistAdd({ ...account, note: r.note, tags: r.tags, seen });
}

/** The panel's line for the account's followers sample ("Audience sample: 312 followers seen, about 18% look fake (12-25%)"). */
function audienceLine(a: { seen: number; share: number; low: number; high: number } | undefined, locale: string | undefined): string[] {
  if (!a) return [];
  // The message puts the "%" itself (as the popup's section does).
  const num = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  return [t('aud_line', [num(a.seen), num(a.share * 100), num(a.low * 100), num(a.high * 100)])];
}
