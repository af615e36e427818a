/**
 * The content scripts' context, in place of WXT's ContentScriptContext (wxt.config.ts resolves
 * `wxt/utils/content-script-context` here in content-script builds, scripts/content-browser.ts):
 * only what lib/content uses, in a fraction of the code every page compiles (npm run bench).
 *
 * - valid while the extension that injected it is (`browser.runtime.id` is gone once it is reloaded
 *   or updated): read through `isValid`/`isInvalid`, which invalidate on the first look after;
 * - `onInvalidated` listeners run once then; intervals and event listeners added through it end then;
 * - `wxt:locationchange`: in-site navigations (the Navigation API's `navigate` event where there is
 *   one, else a check of the URL every second), told to the listener directly: no event goes
 *   through the page's DOM, so the page sees nothing of it.
 */
import { browser } from 'wxt/browser';

/** What lib/content uses of a context (WXT's own satisfies it too). */
export interface PageContext {
  readonly isValid: boolean;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, ms: number): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

interface NavigationLike {
  addEventListener(type: 'navigate', fn: (e: { destination: { url: string } }) => void, o: { signal: AbortSignal }): void;
}

export class ContentScriptContext implements PageContext {
  private readonly aborter = new AbortController();
  private readonly locationListeners: ((event: Event) => void)[] = [];
  private lastUrl = '';

  /** The same arguments as WXT's (its entrypoint wrapper constructs this); neither is needed. */
  constructor(_name?: string, _options?: unknown) {}

  get isInvalid(): boolean {
    if (!this.aborter.signal.aborted && browser.runtime?.id == null) this.aborter.abort();
    return this.aborter.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.aborter.signal.addEventListener('abort', cb);
    return () => this.aborter.signal.removeEventListener('abort', cb);
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => this.isValid && handler(), ms);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type !== 'wxt:locationchange') {
      target.addEventListener(type, handler, { ...options, signal: this.aborter.signal });
      return;
    }
    if (this.isInvalid) return;
    if (!this.locationListeners.length) this.watchLocation();
    this.locationListeners.push(handler);
  }

  private watchLocation(): void {
    this.lastUrl = location.href;
    const moved = (href: string) => {
      if (href === this.lastUrl) return;
      this.lastUrl = href;
      const event = new Event('wxt:locationchange');
      for (const fn of this.locationListeners) fn(event);
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (e) => moved(new URL(e.destination.url).href), { signal: this.aborter.signal });
    } else {
      this.setInterval(() => moved(location.href), 1000);
    }
  }
}
