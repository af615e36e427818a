/**
 * What the bench runs inside the page: the long-task probe (main world, before any page script),
 * and the badge watchers, which run in the content script's isolated world: the badge's shadow root
 * is closed (lib/content/badge-host.ts), so only that world reaches it, through the handle the
 * content script keeps on its own global object (BADGE_HANDLE), as the e2e tests do. Sources are
 * strings, evaluated in the page (tsx would wrap named functions with helpers the page lacks).
 */
import type { CDPSession } from 'playwright-core';

/** Installed in the page's main world before any page script: records long tasks. */
export const LONGTASK_PROBE = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/**
 * Resolves at the end of the next frame: the first task after its requestAnimationFrame callbacks,
 * style, layout and paint (what was changed before is then on screen).
 */
export const PAINTED = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => resolve({ at: performance.now(), wall: Date.now() });
  ch.port2.postMessage(0);
}))`;

/** The badge's visible text (label | text), or null: isolated world only. */
const BADGE_TEXT_FN = `() => { const h = globalThis.__realreachBadge; const b = h && h.host.isConnected ? h.root.querySelector('.rr-badge') : null; return b ? (b.getAttribute('aria-label') || '') + '|' + b.textContent : null; }`;

/**
 * Isolated world: starts watching for the badge's text to differ from what it shows now; the result
 * ({ changedAt, paintedAt }: performance.now() when it changed and when that frame was painted, -1
 * on timeout) is kept in globalThis.__benchWatch, awaited by WATCH_RESULT. performance.now() has the
 * page's time origin in both worlds.
 */
export const WATCH_START = (timeout: number) => `(() => {
  const text = ${BADGE_TEXT_FN};
  const painted = ${PAINTED};
  const before = text();
  globalThis.__benchWatch = new Promise((resolve) => {
    const observers = [];
    const done = async (at) => { observers.forEach((o) => o.disconnect()); clearTimeout(timer); resolve({ changedAt: at, paintedAt: at < 0 ? -1 : (await painted()).at }); };
    let watched = null;
    const watchRoot = () => {
      const root = globalThis.__realreachBadge?.root;
      if (!root || root === watched) return;
      watched = root;
      const o = new MutationObserver(check); o.observe(root, { subtree: true, childList: true, characterData: true, attributes: true }); observers.push(o);
    };
    function check() { const t = text(); if (t !== null && t !== before) return done(performance.now()); watchRoot(); }
    const d = new MutationObserver(check); d.observe(document.documentElement, { subtree: true, childList: true }); observers.push(d);
    const timer = setTimeout(() => done(-1), ${timeout});
    watchRoot();
  });
  return before;
})()`;
export const WATCH_RESULT = `globalThis.__benchWatch`;
export const BADGE_TEXT = `(${BADGE_TEXT_FN})()`;

type Context = { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } };

/** Evaluates expressions in an extension's isolated world of a page (its content script's globals). */
export async function isolatedWorld(cdp: CDPSession, extensionId: string) {
  const contexts = new Map<number, Context>();
  cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => void contexts.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => void contexts.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const find = () => [...contexts.values()].filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId)).at(-1);
  return async function evaluate<T>(expression: string): Promise<T> {
    let world = find();
    for (let i = 0; !world && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      world = find();
    }
    if (!world) throw new Error('no isolated world of the extension in this page');
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`in the extension's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  };
}
