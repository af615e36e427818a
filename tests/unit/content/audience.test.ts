import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFollowersReporter, READ_EVERY_MS, type AudienceReportMessage } from '../../../lib/content/audience';
import { RequestSchema } from '../../../lib/messages';
import { xFollowers } from '../../../lib/sites/x/followers';

function cell(name: string): string {
  return `<div data-testid="UserCell"><div data-testid="UserAvatar-Container-${name}"><img src="https://pbs.twimg.com/profile_images/1/${name}_normal.jpg"></div>` +
    `<a href="/${name}"><span>${name} Name</span></a><a href="/${name}"><span>@${name}</span></a></div>`;
}

let url = new URL('https://x.com/pam/followers');
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(send: (m: AudienceReportMessage) => Promise<unknown>) {
  const { document } = parseHTML(`<html><body><div data-testid="primaryColumn"><div id="list">${cell('a1')}${cell('b2')}</div></div></body></html>`);
  const doc = document as unknown as Document;
  const reporter = createFollowersReporter(xFollowers, {
    doc,
    url: () => url,
    send,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  });
  const add = (...names: string[]) => {
    const list = doc.getElementById('list')!;
    for (const n of names) list.appendChild(doc.importNode(parseHTML(cell(n)).document.querySelector('div')!, true));
  };
  return { reporter, add };
}

describe('the followers reporter', () => {
  it('sends each follower once as the list grows in three steps, in valid messages, batching pokes', async () => {
    url = new URL('https://x.com/pam/followers');
    const sent: AudienceReportMessage[] = [];
    const { reporter, add } = setup(async (m) => void sent.push(m));
    for (let i = 0; i < 5; i++) reporter.poke(); // a burst of mutations: one read
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS);
    add('c3', 'd4');
    reporter.poke();
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS);
    add('e5', 'a1'); // a1 again (the list re-rendered it)
    reporter.poke();
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS);
    expect(sent.map((m) => m.audience.entries.map((e) => e.handle))).toEqual([['a1', 'b2'], ['c3', 'd4'], ['e5']]);
    for (const m of sent) expect(RequestSchema.safeParse(m).success).toBe(true);
    expect(sent[0].account).toEqual({ platform: 'x', handle: 'pam' });
  });

  it('does nothing off a followers page, and keeps what a failed send carried for the next one', async () => {
    url = new URL('https://x.com/pam');
    const sent: AudienceReportMessage[] = [];
    let fail = true;
    const { reporter, add } = setup(async (m) => {
      if (fail) throw new Error('background restarting');
      sent.push(m);
    });
    reporter.poke();
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 2);
    expect(vi.getTimerCount()).toBe(0);
    url = new URL('https://x.com/pam/followers');
    reporter.poke();
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS);
    fail = false;
    add('c3');
    reporter.poke();
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS);
    expect(sent.map((m) => m.audience.entries.map((e) => e.handle))).toEqual([['a1', 'b2', 'c3']]);
  });
});
