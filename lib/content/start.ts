/**
 * The content script, shared by the per-site entrypoints (one per site of lib/sites/list.ts, written
 * by scripts/site-content-scripts.ts): reads the page with its site's adapter, asks the background
 * to score it, and shows the badge next to the account's name. Each site's script bundles only its own adapter.
 *
 * Cost discipline (measured by `npm run bench`, bench/results.md): one MutationObserver (childList)
 * on the page's main column, whose callback only pokes a read scheduler (lib/content/scheduler.ts):
 * a change on a quiet page is read a frame later, a burst of changes (infinite scroll) is read a
 * few times at growing intervals and once when it ends, never while the tab is hidden; nothing is
 * sent or re-rendered when the counts did not change. Every listener and timer goes through `ctx`,
 * so an extension update or reload stops this script cleanly (a 1 s tick notices even on a still
 * page), and removes the badge. Nothing here may throw into the page.
 *
 * The badge is plain DOM (components/badge.ts) showing strings the background worded
 * (lib/view/badge.ts): no UI framework, no Intl and no scoring code in the page (npm run bench).
 */
import type { PageContext } from './context';
import type { ContentScriptDefinition } from 'wxt';
import type { BadgeView } from '../view/badge';
import { createBadge, type BadgeActions, type BadgeHandle, type PanelSource } from '../../components/badge';
import { PING } from '../ping';
import { send } from '../send';
import type { SiteAdapter } from '../sites/common';
import { createFollowersLoader, type FollowersGate } from './followers-load';
import { createPartWaiter, loadPart, type AskForPart } from './part-load';
import { partHandedOver } from '../part-shelf';
import { createBadgeHost, type BadgeHost } from './badge-host';
import { isOwnMutation } from './mutations';
import { isBeyond, postBoundary } from './relevance';
import { readWithin } from '../sites/read';
import { reportFor, reportKey } from './report';
import { createReadScheduler } from './scheduler';

/** Asks the background to inject a part (lib/parts.ts) into this frame: true once it ran here. */
const askForPart: AskForPart = async (part) => (await send({ type: 'part-load', part }))?.loaded === true;

/** The badge's panel: here once a badge of this page loaded it, else loaded (./part-load.ts). */
const panelPart: PanelSource = () => partHandedOver('panel') ?? loadPart('panel', askForPart);

/**
 * The content script definition for one site: its hosts and match patterns from the site list
 * (written into the entrypoint at build time), its adapter only.
 */
export function siteContentScript(adapter: SiteAdapter, site: { hosts: readonly string[]; matches: string[] }, followers?: FollowersGate): ContentScriptDefinition {
  return {
    matches: site.matches,
    runAt: 'document_idle',
    main(wxtContext) {
      // In the built scripts this is ./context.ts's (wxt.config.ts): only what PageContext has.
      const ctx: PageContext = wxtContext;
      // The followers list, when the user opens one: its reader is injected then (./followers-load.ts),
      // and has its own observer, so the page reading is unchanged. Checked on the page's 1 s tick.
      let followersCheck: (() => void) | undefined;
      if (followers) {
        const loader = createFollowersLoader(followers, {
          load: () => askForPart('followers'),
          handoff: () => partHandedOver('followers'),
          send,
          isValid: () => ctx.isValid,
          onInvalidated: (stop) => ctx.onInvalidated(stop),
        });
        // Once loaded, the reader watches the list itself: this check stops costing anything.
        followersCheck = () => loader.tick(location.href, document);
        followersCheck();
      }
      try {
        startWatching(ctx, adapter, site.hosts, followersCheck);
      } catch (err) {
        console.warn('RealReach: could not start on this page', err);
        if (followersCheck) ctx.setInterval(followersCheck, 1000); // its tick, without the page's
      }
    },
  };
}

/** `onTick`: more to check on the script's one 1 s tick (the followers list, above). */
function startWatching(ctx: PageContext, adapter: SiteAdapter, hosts: readonly string[], onTick?: () => void) {
  let lastKey: string | undefined;
  let observed: Element | undefined;
  /** What the badge shows, as the background worded it (lib/view/badge.ts); none when it is off. */
  let current: BadgeView | undefined;
  /** The list item of the last post a report keeps, when the page has more (./relevance.ts). */
  let boundary: Element | null = null;

  let alive = true;
  ctx.onInvalidated(() => (alive = false));
  const observer = new MutationObserver((records) => {
    // Stopped (extension reloaded or updated). Not ctx.isValid: that asks the browser for runtime.id
    // on every call, a cost on every batch of a growing page (npm run bench:hot); an orphaned script
    // is still noticed by the read this poke schedules, which checks ctx.isInvalid, or by the 1 s tick.
    if (!alive) return;
    // Our own badge being inserted, moved or removed is not a page change, nor are more posts
    // added after the last one a report keeps (./relevance.ts).
    // Beyond first: nearly every record of a growing page is one, and that check is the cheaper.
    if (records.every((r) => (boundary !== null && isBeyond(boundary, r)) || isOwnMutation(r))) {
      // The page took the badge out: put it back (issue 17, defect 12), a bounded number of times.
      if (host && !host.host.isConnected && current) restoreBadge();
      return;
    }
    batcher.poke();
  });
  // Reads are batched (lib/content/scheduler.ts): soon after a change on a quiet page, held back
  // while the page keeps changing (infinite scroll), never while the tab is hidden.
  // Plain timers, not ctx.setTimeout: that one adds a ctx.onInvalidated listener per call, kept
  // until the script ends (one per read scheduled: thousands on a long session, found by the stress
  // test). The scheduler's one pending timer is cleared on invalidation (batcher.cancel below).
  // Each read runs in the first task after a frame is painted: the page's own render has computed
  // style and layout, so the reads' visibility checks and the badge's placement do not force them
  // again (they did: a third of a visit's cost, npm run bench), and new posts are read as soon as
  // they are on screen. A timer cleared while waiting for that frame does not run.
  let frameTimer = 0;
  const afterFrame = (id: number, fn: () => void) => requestAnimationFrame(() => window.setTimeout(() => id === frameTimer && alive && fn(), 0));
  const batcher = createReadScheduler(() => refresh().catch(onError), {
    setTimeout: (fn, ms) => (frameTimer = window.setTimeout(() => alive && afterFrame(frameTimer, fn), ms)),
    clearTimeout: (id) => {
      window.clearTimeout(id);
      if (id === frameTimer) frameTimer = 0;
    },
    now: () => performance.now(),
    hidden: () => document.hidden,
    // No wait of the scheduler's own before a quick read: the clock's wait for the frame gathers a render's changes.
  }, { first: 0 });

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

  // A page whose reader needs code loaded on demand waits for it, then is read again; the badge
  // shows nothing new meanwhile (never a half-read page). Parts that will not load are said plainly.
  // The part's arrival is no page change: read again soon, not after the page's burst of changes.
  const parts = createPartWaiter(askForPart, () => alive && batcher.again());

  async function refresh() {
    if (ctx.isInvalid) return;
    observeMainColumn();
    const url = location.href;
    let reading = readWithin(adapter, hosts, document, url);
    if (reading.status === 'waiting') {
      if (parts.want(reading.parts)) return;
      reading = { status: 'unrecognised', platform: reading.platform, reason: `RealReach could not load the part of its reader this page needs (${reading.parts.join(', ')}). Reload the page to try again.` };
    }
    boundary = reading.status === 'ok' ? postBoundary(document, reading.snapshot) : null;
    const report = reportFor(reading, url);
    if (!report) return;
    const key = reportKey(report);
    const changed = key !== lastKey;
    if (changed) {
      lastKey = key;
      const answer = await send({ type: 'page-report', report });
      if (ctx.isInvalid || location.href !== url) return;
      const wanted = answer?.showBadge !== false && !answer?.disabled;
      current = wanted && reading.status === 'ok' ? answer?.badge : undefined;
    }
    // Found in the read (its lookups shared, lib/sites/read-scope.ts); looked for again only when it
    // was missing or the page took it out while the background answered.
    let anchor = reading.status === 'ok' ? reading.anchor : null;
    if (reading.status === 'ok' && !anchor?.isConnected) anchor = reading.adapter.badgeAnchor(document, reading.snapshot);
    // Same counts, badge still in place beside the same name: nothing to draw (most reads on a
    // scrolling page end here).
    if (!changed && current && badgeAnchor === anchor && host?.host.isConnected) return;
    showBadge(anchor);
  }

  /**
   * One badge host for the script's life, moved beside each page's anchor in turn; the badge in it
   * is updated in place while the page stays, and destroyed (with its listeners) when it goes. The
   * stress test (tests/e2e/stress.e2e.ts) counts listeners and nodes over 500 in-site navigations.
   */
  let host: BadgeHost | undefined;
  let badge: BadgeHandle | undefined;
  let badgeAnchor: Element | null = null;

  const badgeActions: BadgeActions = {
    openBreakdown: () => void send({ type: 'open-breakdown' }).catch(onError),
    // The background adds the account this tab shows (the only vetting request a page's script may make).
    shortlist: async () => {
      const change = await send({ type: 'shortlist-add' });
      return change?.ok ? 'ok' : change?.error === 'full' ? 'full' : 'failed';
    },
  };

  function showBadge(anchor: Element | null) {
    if (!current || !anchor) return removeBadge();
    host ??= createBadgeHost();
    badge ??= createBadge(host.container, badgeActions, panelPart);
    if (badgeAnchor !== anchor || !host.host.isConnected) {
      const place = badgePlacement(anchor);
      badge.themeFrom(place.append === 'last' ? place.anchor : place.anchor.parentElement);
      if (place.append === 'last') place.anchor.append(host.host);
      else place.anchor.after(host.host);
      badgeAnchor = anchor;
    }
    badge.update(current);
  }

  /**
   * Puts back a badge the page removed while staying on the same page (a still page is not read
   * again, so nothing else would). Bounded, so a page that keeps removing it does not start a loop:
   * after RESTORES_MAX the badge stays out until the next page.
   */
  let restores = 0;
  const RESTORES_MAX = 20;
  function restoreBadge() {
    if (restores >= RESTORES_MAX) return;
    restores++;
    batcher.poke();
  }

  function removeBadge() {
    badge?.destroy();
    badge = undefined;
    host?.host.remove();
    badgeAnchor = null;
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
    restores = 0;
    lastKey = undefined;
    current = undefined;
    boundary = null;
    removeBadge();
    batcher.restart();
  });
  // The popup asks whether a content script is alive here (it is not after an extension update).
  // Answered with sendResponse: the browser's own API here (./browser.ts) takes no promise from Chrome's listeners.
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (ctx.isValid && typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PING.type) {
      sendResponse({ alive: true, url: location.href });
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
    } else if (host && current && !host.host.isConnected) restoreBadge(); // removed outside the observed column
    onTick?.();
  }, 1000);
  ctx.onInvalidated(() => {
    observer.disconnect();
    batcher.cancel();
    removeBadge();
  });

  batcher.poke();
}
