/**
 * The content scripts' own context (lib/content/context.ts, in place of WXT's): invalid once the
 * extension's runtime id is gone, its listeners run once then, its interval and event listeners
 * end then; in-site navigations reach the `wxt:locationchange` listeners without any event in the
 * page's DOM (with the Navigation API, and by a check each second without it).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../../lib/content/context';

let href = 'https://x.com/a';
const runtime = browser.runtime as { id?: string };
let savedId: string | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  savedId = runtime.id;
  Object.defineProperty(runtime, 'id', { value: 'test-extension', configurable: true, writable: true });
  href = 'https://x.com/a';
  // A window that is an event target: nothing may be dispatched on it (the page would see it).
  vi.stubGlobal('window', Object.assign(new EventTarget(), { setInterval: (f: () => void, ms: number) => setInterval(f, ms), clearInterval: (id: number) => clearInterval(id) }));
  vi.stubGlobal('location', { get href() { return href; } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Object.defineProperty(runtime, 'id', { value: savedId, configurable: true, writable: true });
});

const unload = () => Object.defineProperty(runtime, 'id', { value: undefined, configurable: true, writable: true });

describe('the content scripts’ context', () => {
  it('is valid while the extension is, and invalid for good once its runtime id is gone; listeners run once', () => {
    const ctx = new ContentScriptContext('x', {});
    const gone = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(gone);
    ctx.onInvalidated(removed)();
    expect(ctx.isValid).toBe(true);
    unload();
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isValid).toBe(false);
    expect(gone).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('runs its interval only while valid, and clears it on invalidation', () => {
    const ctx = new ContentScriptContext();
    const tick = vi.fn();
    ctx.setInterval(tick, 1000);
    vi.advanceTimersByTime(3000);
    expect(tick).toHaveBeenCalledTimes(3);
    unload();
    vi.advanceTimersByTime(1000); // the tick's own check notices, and the interval is cleared
    expect(tick).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes the event listeners added through it on invalidation', () => {
    const ctx = new ContentScriptContext();
    const target = new EventTarget();
    const seen = vi.fn();
    ctx.addEventListener(target, 'visibilitychange', seen);
    target.dispatchEvent(new Event('visibilitychange'));
    unload();
    void ctx.isValid;
    target.dispatchEvent(new Event('visibilitychange'));
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('tells in-site navigations by a check each second where there is no Navigation API, and stops with the extension', () => {
    const ctx = new ContentScriptContext();
    const moved = vi.fn();
    const dispatched = vi.spyOn(window, 'dispatchEvent');
    ctx.addEventListener(window, 'wxt:locationchange', moved);
    vi.advanceTimersByTime(1000);
    expect(moved).not.toHaveBeenCalled();
    href = 'https://x.com/b';
    vi.advanceTimersByTime(1000);
    expect(moved).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(moved).toHaveBeenCalledTimes(1);
    expect(dispatched).not.toHaveBeenCalled();
    unload();
    href = 'https://x.com/c';
    vi.advanceTimersByTime(2000);
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('tells them from the Navigation API where there is one, once per new URL, until invalidated', () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const navigate = (url: string) => navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    const ctx = new ContentScriptContext();
    const moved = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', moved);
    ctx.addEventListener(window, 'wxt:locationchange', moved);
    navigate('https://x.com/a'); // the same page: nothing
    navigate('https://x.com/b');
    expect(moved).toHaveBeenCalledTimes(2); // both listeners, once
    expect(vi.getTimerCount()).toBe(0); // no polling beside the API
    unload();
    void ctx.isValid;
    navigate('https://x.com/c');
    expect(moved).toHaveBeenCalledTimes(2);
  });
});
