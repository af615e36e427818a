/**
 * Content script: reads the page with its site's adapter, asks the background to score it, and
 * shows the badge next to the account's name. Runs on the supported hosts only.
 *
 * Cost discipline: one MutationObserver (childList only) on the page's main column, whose callback
 * only pokes a batcher; reads happen at most every ~150-600 ms, and nothing is sent or re-rendered
 * when the counts did not change. Every listener and timer goes through `ctx`, so an extension
 * update or reload stops this script cleanly. Nothing here may throw into the page.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Badge } from '../../components/Badge';
import '../../components/badge.css';
import { SITE_MATCHES } from '../../lib/hosts';
import type { PageReportAnswer } from '../../lib/messages';
import { PING } from '../../lib/ping';
import type { Analysis } from '../../lib/score/types';
import type { Snapshot } from '../../lib/snapshot';
import { adapterForUrl, readPage } from '../../lib/sites';
import { reportFor, reportKey } from '../../lib/content/report';
import { isOwnMutation } from '../../lib/content/mutations';
import { createReadScheduler } from '../../lib/content/scheduler';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      startWatching(ctx);
    } catch (err) {
      console.warn('RealReach: could not start on this page', err);
    }
  },
});

function startWatching(ctx: ContentScriptContext) {
  let lastKey: string | undefined;
  let badge: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let badgeAnchor: Element | null = null;
  let observed: Element | undefined;
  let current: { snapshot: Snapshot; analysis: Analysis } | undefined;

  const observer = new MutationObserver((records) => {
    // Orphaned by an extension reload or update: reading ctx.isValid notices, and stops this script.
    if (!ctx.isValid) return;
    // Our own badge being inserted, moved or removed is not a page change.
    if (records.every(isOwnMutation)) return;
    batcher.poke();
  });
  // Reads are batched (lib/content/scheduler.ts): soon after a change on a quiet page, held back
  // while the page keeps changing (infinite scroll), never while the tab is hidden.
  const batcher = createReadScheduler(() => refresh().catch(onError), {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => performance.now(),
    hidden: () => document.hidden,
  });

  function onError(err: unknown) {
    console.warn('RealReach:', err);
  }

  /** Watches the page's main column (childList only): where posts load and headers re-render. */
  function observeMainColumn() {
    const target = document.querySelector('main') ?? document.body;
    if (!target || target === observed) return;
    observer.disconnect();
    observer.observe(target, { childList: true, subtree: true });
    observed = target;
  }

  function removeBadge() {
    badge?.remove();
    badge = undefined;
    badgeAnchor = null;
  }

  async function refresh() {
    if (ctx.isInvalid) return;
    observeMainColumn();
    const url = location.href;
    const reading = readPage(document, url);
    const report = reportFor(reading, url);
    if (!report) return;
    const key = reportKey(report);
    const changed = key !== lastKey;
    if (changed) {
      lastKey = key;
      const answer = (await browser.runtime.sendMessage({ type: 'page-report', report })) as PageReportAnswer | undefined;
      if (ctx.isInvalid || location.href !== url) return;
      const wanted = answer?.showBadge !== false && !answer?.disabled;
      current = wanted && reading.status === 'ok' && answer?.analysis ? { snapshot: reading.snapshot, analysis: answer.analysis } : undefined;
    }
    const anchor = reading.status === 'ok' ? reading.adapter.badgeAnchor(document, reading.snapshot) : null;
    // Same counts, badge still in place beside the same name: nothing to draw (most reads on a
    // scrolling page end here).
    if (!changed && current && badge?.shadowHost.isConnected && badgeAnchor === anchor) return;
    await showBadge(anchor);
  }

  async function showBadge(anchor: Element | null) {
    if (!current || !anchor) return removeBadge();
    if (badge && badgeAnchor === anchor && badge.shadowHost.isConnected) {
      renderBadge();
      return;
    }
    removeBadge();
    badgeAnchor = anchor;
    const placement = badgePlacement(anchor);
    const ui = await createShadowRootUi(ctx, {
      name: 'realreach-badge',
      position: 'inline',
      anchor: placement.anchor,
      append: placement.append,
      // Keys typed in the panel stay in it (X and YouTube have single-key shortcuts).
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    if (badgeAnchor !== anchor) return; // a newer read replaced the anchor while CSS loaded
    badge = ui;
    ui.mount();
    renderBadge();
  }

  function renderBadge() {
    if (!badge || !current) return;
    render(
      <Badge
        analysis={current.analysis}
        onOpenBreakdown={() => void browser.runtime.sendMessage({ type: 'open-breakdown' }).catch(onError)}
      />,
      badge.uiContainer,
    );
  }

  /**
   * Where the badge goes beside the adapter's anchor (the account's name): never inside a link or
   * button (a click on the badge must not follow the name's link, and a button may not nest in
   * one), and on the name's own line: inside a block-level name that is not a flex or grid item,
   * after it otherwise.
   */
  function badgePlacement(anchor: Element): { anchor: Element; append: 'after' | 'last' } {
    const link = anchor.closest('a[href], button, [role="link"], [role="button"]');
    // Only a link around the name itself; not a whole card that happens to be one link.
    if (link && (link.textContent ?? '').trim().length <= 120) return { anchor: link, append: 'after' };
    if (anchor.querySelector('a[href], button')) return { anchor, append: 'after' };
    const own = getComputedStyle(anchor).display;
    const parent = anchor.parentElement ? getComputedStyle(anchor.parentElement).display : 'block';
    const inRow = /flex|grid/.test(parent);
    return !inRow && /^(block|flow-root|list-item)$/.test(own) ? { anchor, append: 'last' } : { anchor, append: 'after' };
  }

  // In-site navigation: forget the old page at once, then read the new one as it renders.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastKey = undefined;
    current = undefined;
    removeBadge();
    batcher.poke();
  });
  // The popup asks whether a content script is alive here (it is not after an extension update).
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (ctx.isValid && typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PING.type) {
      return Promise.resolve({ alive: true, url: location.href });
    }
    return undefined;
  });
  // A hidden tab is not read; what changed meanwhile is read when it is shown again.
  ctx.addEventListener(document, 'visibilitychange', () => batcher.resume());
  // Once a second: ctx.setInterval checks ctx.isValid before each tick, so an extension reload or
  // update (runtime.id gone) invalidates this script and removes its badge even on a still page;
  // and a main column the page replaced without navigating is observed again.
  ctx.setInterval(() => {
    if (observed && !observed.isConnected) {
      observed = undefined;
      batcher.poke();
    }
  }, 1000);
  ctx.onInvalidated(() => {
    observer.disconnect();
    batcher.cancel();
    removeBadge();
  });

  if (adapterForUrl(location.href)) batcher.poke();
}
