/**
 * The parts loaded on demand, content side (lib/content/part-load.ts): an injected bundle leaves
 * its export on a private shelf (the first stays); a load asks the background once at a time per
 * part, serves what is here without asking, and never rejects: a refusal or a lost connection is
 * `undefined`, and the next load asks again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { createPartWaiter, loadPart, PART_TRIES, type AskForPart } from '../../../lib/content/part-load';
import { handPartOver, PART_SHELF, partHandedOver, takeWantedParts, wantPart } from '../../../lib/part-shelf';
import type { SiteAdapter } from '../../../lib/sites/common';
import { readWithin } from '../../../lib/sites/read';
import { handPanelOver, createPanel } from '../../../components/badge-panel';
import type { StartFollowers } from '../../../lib/content/followers-load';

const start: StartFollowers = () => () => undefined;

beforeEach(() => {
  delete (globalThis as Record<string, unknown>)[PART_SHELF];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PART_SHELF];
  vi.restoreAllMocks();
});

/** A background that injects the part (its bundle hands over) or not. */
function background(answers: ('ok' | 'refused' | 'gone')[]) {
  const ask = vi.fn<AskForPart>(async (name) => {
    const answer = answers.shift();
    if (answer === 'gone') throw new Error('Could not establish connection. Receiving end does not exist.');
    if (answer !== 'ok') return false;
    if (name === 'panel') handPanelOver();
    else handPartOver('followers', start);
    return true;
  });
  return ask;
}

describe('parts on demand', () => {
  it('hands over once per part: the first export stays, the parts do not mix', () => {
    expect(partHandedOver('panel')).toBeUndefined();
    handPanelOver();
    handPartOver('panel', (() => undefined) as never);
    expect(partHandedOver('panel')).toBe(createPanel);
    expect(partHandedOver('followers')).toBeUndefined();
    handPartOver('followers', start);
    expect(partHandedOver('followers')).toBe(start);
  });

  it('ignores what is not a function on the shelf', () => {
    (globalThis as Record<string, unknown>)[PART_SHELF] = { panel: 'createPanel' };
    expect(partHandedOver('panel')).toBeUndefined();
    handPanelOver();
    expect(partHandedOver('panel')).toBe(createPanel);
  });

  it('keeps a page kind’s reader, an object of functions, as it keeps a function (the first stays)', () => {
    const reader = { read: () => null, badgeAnchor: () => null };
    (globalThis as Record<string, unknown>)[PART_SHELF] = { 'post-reader': 'reader' };
    expect(partHandedOver('post-reader')).toBeUndefined();
    handPartOver('post-reader', reader);
    handPartOver('post-reader', { read: () => null, badgeAnchor: () => null });
    expect(partHandedOver('post-reader')).toBe(reader);
  });

  it('asks once for loads made while one is pending, then serves the part without asking', async () => {
    const ask = background(['ok']);
    const [a, b] = await Promise.all([loadPart('panel', ask), loadPart('panel', ask)]);
    expect(a).toBe(createPanel);
    expect(b).toBe(createPanel);
    expect(await loadPart('panel', ask)).toBe(createPanel);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith('panel');
  });

  it('is undefined when refused or when the background is gone, and asks again next time', async () => {
    const ask = background(['refused', 'gone', 'ok']);
    expect(await loadPart('followers', ask)).toBeUndefined();
    expect(await loadPart('followers', ask)).toBeUndefined();
    expect(await loadPart('followers', ask)).toBe(start);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('is undefined when the background says it ran but no export was left', async () => {
    const ask = vi.fn<AskForPart>(async () => true);
    expect(await loadPart('panel', ask)).toBeUndefined();
  });
});

describe('readings that wait for a part', () => {
  it('loads the wanted parts once per burst, then asks for a re-read', async () => {
    const ask = background(['ok']);
    const ready = vi.fn();
    const waiter = createPartWaiter(ask, ready);
    expect(waiter.want(['panel'])).toBe(true);
    expect(waiter.want(['panel'])).toBe(true); // a second read of the burst shares the load
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(partHandedOver('panel')).toBe(createPanel);
  });

  it(`gives a part up after ${PART_TRIES} failed loads, and says so`, async () => {
    const ask = background(['refused', 'gone', 'refused', 'ok']);
    const ready = vi.fn();
    const waiter = createPartWaiter(ask, ready);
    for (let i = 1; i <= PART_TRIES; i++) {
      expect(waiter.want(['followers'])).toBe(true);
      await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(i));
    }
    expect(waiter.want(['followers'])).toBe(false);
    expect(ask).toHaveBeenCalledTimes(PART_TRIES);
  });

  it(`gives a part up when reads keep wanting it while it is here (what it left is unusable), after ${PART_TRIES} tries`, async () => {
    handPartOver('units', () => ({ unitWords: 'not a table', prefixWords: 7 }) as never);
    const ask = vi.fn<AskForPart>(async () => true);
    const ready = vi.fn();
    const waiter = createPartWaiter(ask, ready);
    for (let i = 1; i <= PART_TRIES; i++) {
      expect(waiter.want(['units'])).toBe(true);
      await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(i));
    }
    expect(waiter.want(['units'])).toBe(false);
    expect(ask).not.toHaveBeenCalled(); // here already: served from the shelf, never asked for
  });

  it('readWithin waits, with no snapshot, when the adapter wanted a part during the read', () => {
    const doc = parseHTML('<html><body><h1>someone</h1></body></html>').document as unknown as Document;
    const adapter: SiteAdapter = {
      platform: 'x',
      hosts: ['x.com'],
      route: () => ({ page: 'profile' }),
      read: () => {
        wantPart('panel');
        return { platform: 'x', handle: 'someone', url: 'https://x.com/someone', capturedAt: new Date().toISOString(), profile: {}, posts: [] } as never;
      },
      badgeAnchor: () => null,
    } as unknown as SiteAdapter;
    expect(readWithin(adapter, ['x.com'], doc, 'https://x.com/someone')).toEqual({ status: 'waiting', platform: 'x', parts: ['panel'] });
    // Nothing wanted on the next read: it is read as usual.
    adapter.read = () => null;
    expect(readWithin(adapter, ['x.com'], doc, 'https://x.com/someone').status).toBe('unrecognised');
    expect(takeWantedParts()).toEqual([]);
  });
});
