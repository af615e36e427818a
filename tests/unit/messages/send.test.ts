/** The protocol helper (lib/send.ts): answers typed by the request, and the ping to a content script. */
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShortlistChange } from '../../../lib/storage/store';
import type { PageReportAnswer, TabState } from '../../../lib/messages';
import { pingTab, send } from '../../../lib/send';

describe('send', () => {
  beforeEach(() => fakeBrowser.reset());

  it('passes the request to the background and gives back its answer, typed by the request', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen.push(message);
      return Promise.resolve({ ok: false, error: 'not-found' });
    });
    const change = await send({ type: 'shortlist-add' });
    expectTypeOf(change).toEqualTypeOf<ShortlistChange | undefined>();
    expect(seen).toEqual([{ type: 'shortlist-add' }]);
    // Types only: never called.
    const typed = () => {
      expectTypeOf(send({ type: 'get-tab-state', tabId: 1 })).resolves.toEqualTypeOf<TabState | null | undefined>();
      expectTypeOf(send({ type: 'page-report', report: { status: 'disabled', platform: 'x', url: 'https://x.com/' } })).resolves.toEqualTypeOf<PageReportAnswer | undefined>();
    };
    void typed;
    expect(change).toEqual({ ok: false, error: 'not-found' });
  });

  it('resolves undefined when the background gives no answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    expect(await send({ type: 'open-breakdown' })).toBeUndefined();
  });
});

describe('pingTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is true only for a content script that says it is alive', async () => {
    const answers: unknown[] = [{ alive: true, url: 'https://x.com/' }, { alive: 'yes' }, undefined];
    fakeBrowser.tabs.sendMessage = (async () => answers.shift()) as typeof fakeBrowser.tabs.sendMessage;
    expect(await pingTab(1)).toBe(true);
    expect(await pingTab(1)).toBe(false);
    expect(await pingTab(1)).toBe(false);
  });
});
