/**
 * The badge's panel on demand (components/badge.ts with components/badge-panel.ts, lib/parts.ts):
 * the pill carries no panel; its code is asked for when the pointer enters the pill or it gets the
 * focus, once; a click before it is here opens the panel when it arrives; a load that fails opens
 * the full breakdown instead, never a broken panel; a badge gone meanwhile opens nothing.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadge, type BadgeActions, type BadgeHandle, type PanelSource } from '../../../components/badge';
import { createPanel, type CreatePanel } from '../../../components/badge-panel';
import { badgeView } from '../../../lib/view/badge';
import { SAMPLE_ANALYSIS } from './samples';
import { useMessages } from './support/messages';

const saved = { document: globalThis.document };
let doc: Document;
let container: HTMLElement;
let handles: BadgeHandle[];

beforeEach(() => {
  useMessages('en');
  ({ document: doc } = parseHTML('<!doctype html><html><body><div id="ui"></div></body></html>') as unknown as { document: Document });
  (globalThis as { document: unknown }).document = doc;
  container = doc.getElementById('ui')!;
  handles = [];
});
afterEach(() => {
  handles.forEach((h) => h.destroy());
  (globalThis as { document: unknown }).document = saved.document;
  vi.restoreAllMocks();
});

/** An event as the user makes it (isTrusted), unless `trusted: false`. */
function fire(target: EventTarget, type: string, trusted = true) {
  const e = new (doc.defaultView as unknown as typeof globalThis).Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  target.dispatchEvent(e);
}

/** A panel source whose load the test settles: `arrive()` with the code, `fail()` without. */
function slowSource() {
  const pending: ((code: CreatePanel | undefined) => void)[] = [];
  const source = vi.fn<PanelSource>(() => new Promise<CreatePanel | undefined>((resolve) => pending.push(resolve)));
  return {
    source,
    arrive: async () => {
      pending.shift()!(createPanel);
      await flush();
    },
    fail: async () => {
      pending.shift()!(undefined);
      await flush();
    },
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

function mount(source: PanelSource, actions: Partial<BadgeActions> = {}) {
  const h = createBadge(container, { openBreakdown: () => undefined, shortlist: async () => 'ok', ...actions }, source);
  h.update(badgeView(SAMPLE_ANALYSIS));
  handles.push(h);
  return h;
}
const $ = (sel: string) => container.querySelector<HTMLElement>(sel);

describe('the panel on demand', () => {
  it('is not in the pill: nothing is asked for, and no panel or its stylesheet is made, until the user comes near', async () => {
    const slow = slowSource();
    mount(slow.source);
    expect(slow.source).not.toHaveBeenCalled();
    expect($('.rr-panel')).toBeNull();
    expect($('style')).toBeNull();
    // The pointer enters the pill, then it gets the focus: one request in all.
    fire($('.rr-badge')!, 'pointerenter');
    fire($('.rr-badge')!, 'focus');
    expect(slow.source).toHaveBeenCalledTimes(1);
    await slow.arrive();
    expect($('.rr-panel')).toBeNull(); // loaded, not opened
    fire($('.rr-badge')!, 'click');
    expect($('.rr-panel')).not.toBeNull();
    expect(container.querySelectorAll('style')).toHaveLength(1);
    expect(slow.source).toHaveBeenCalledTimes(1);
  });

  it('a click before the code is here opens the panel when it arrives, with the focus in it; more clicks meanwhile change nothing', async () => {
    const slow = slowSource();
    mount(slow.source);
    const button = $('.rr-badge')!;
    let proto: object | null = container;
    while (proto && !Object.hasOwn(proto, 'focus')) proto = Object.getPrototypeOf(proto);
    const focus = vi.spyOn(proto as HTMLElement, 'focus');
    fire(button, 'click');
    fire(button, 'click');
    expect($('.rr-panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await slow.arrive();
    expect($('.rr-panel')).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(focus.mock.contexts.map((el) => (el as HTMLElement).className)).toEqual(['rr-panel']);
    expect(container.querySelectorAll('.rr-panel')).toHaveLength(1);
    expect(slow.source).toHaveBeenCalledTimes(1);
    // From then on the pill toggles it at once.
    fire(button, 'click');
    expect($('.rr-panel')).toBeNull();
    fire(button, 'click');
    expect($('.rr-panel')).not.toBeNull();
  });

  it('a load that fails opens the full breakdown instead, once for the clicks that waited; the next click asks again', async () => {
    const slow = slowSource();
    const openBreakdown = vi.fn();
    mount(slow.source, { openBreakdown });
    fire($('.rr-badge')!, 'click');
    fire($('.rr-badge')!, 'click');
    await slow.fail();
    expect(openBreakdown).toHaveBeenCalledTimes(1);
    expect($('.rr-panel')).toBeNull();
    expect($('.rr-badge')!.getAttribute('aria-expanded')).toBe('false');
    fire($('.rr-badge')!, 'click');
    expect(slow.source).toHaveBeenCalledTimes(2);
    await slow.arrive();
    expect($('.rr-panel')).not.toBeNull();
    expect(openBreakdown).toHaveBeenCalledTimes(1);
  });

  it('a source that throws or rejects counts as a failed load', async () => {
    for (const source of [() => { throw new Error('Extension context invalidated.'); }, () => Promise.reject(new Error('Could not establish connection'))] as PanelSource[]) {
      const openBreakdown = vi.fn();
      const h = mount(source, { openBreakdown });
      fire($('.rr-badge')!, 'click');
      await flush();
      expect(openBreakdown).toHaveBeenCalledTimes(1);
      expect($('.rr-panel')).toBeNull();
      h.destroy();
    }
  });

  it('a click a script made asks for nothing and opens nothing', async () => {
    const slow = slowSource();
    const openBreakdown = vi.fn();
    mount(slow.source, { openBreakdown });
    fire($('.rr-badge')!, 'click', false);
    expect(slow.source).not.toHaveBeenCalled();
    fire($('.rr-badge')!, 'pointerenter');
    fire($('.rr-badge')!, 'click', false);
    await slow.fail();
    expect(openBreakdown).not.toHaveBeenCalled();
  });

  it('a badge removed while its panel loads opens nothing and leaves no listener', async () => {
    const slow = slowSource();
    const openBreakdown = vi.fn();
    const h = mount(slow.source, { openBreakdown });
    const added = vi.spyOn(doc, 'addEventListener');
    fire($('.rr-badge')!, 'click');
    h.destroy();
    await slow.arrive();
    expect(container.childNodes).toHaveLength(0);
    expect(added).not.toHaveBeenCalled();
    expect(openBreakdown).not.toHaveBeenCalled();
  });

  it('an update while the code loads is what the panel shows when it opens', async () => {
    const slow = slowSource();
    const h = mount(slow.source);
    fire($('.rr-badge')!, 'click');
    h.update(badgeView({ ...SAMPLE_ANALYSIS, signals: [] }));
    await slow.arrive();
    expect($('.rr-none')?.textContent).toBe('No signs of inflation in the posts read.');
  });
});
