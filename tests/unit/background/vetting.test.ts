/**
 * The background's vetting side (lib/background/vetting.ts) on the fake browser: settings applied
 * in the answer to page reports, history recorded and fed back as earlier snapshots, the shortlist
 * requests, and who may ask what.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestSchema, type TabState } from '../../../lib/messages';
import { answerPageReport, handleVetting, isVettingRequest, type MessageSender, type VettingContext } from '../../../lib/background/vetting';
import { saveTabState } from '../../../lib/background/tab-state';
import { analyzeSnapshot } from '../../../lib/score';
import { badgeView } from '../../../lib/view/badge';
import type { Settings } from '../../../lib/storage/schema';
import { clock, dump, makeStore, profile, recordingAnalyze, seed } from '../storage/support';
import { silence } from '../storage/quiet';
import { evidenceLines } from '../../../lib/evidence/lines';
import { uiLocale } from '../../../lib/i18n';

silence();

let ctx: VettingContext;
let time: ReturnType<typeof clock>;
let calls: ReturnType<typeof recordingAnalyze>['calls'];
let page: MessageSender;
const contentScript = (tabId: number): MessageSender => ({ id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/cafe.ritual/', tab: { id: tabId } });

async function ask<T>(request: unknown, sender: MessageSender = page): Promise<T> {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) throw new Error(`invalid request: ${parsed.error.issues[0]?.message}`);
  if (!isVettingRequest(parsed.data)) throw new Error('not a vetting request');
  return (await handleVetting(parsed.data, sender, ctx)) as T;
}

async function visit(tabId: number, snapshot = profile('instagram', 'cafe.ritual', 48_213)) {
  const { state, answer } = await answerPageReport({ status: 'ok', snapshot }, ctx, time.now());
  await saveTabState(fakeBrowser.storage.session, tabId, state);
  return { state, answer };
}

beforeEach(async () => {
  await seed();
  time = clock('2025-03-10T12:00:00.000Z');
  const rec = recordingAnalyze();
  calls = rec.calls;
  ctx = {
    store: makeStore({ now: time.now }),
    session: fakeBrowser.storage.session,
    analyze: rec.analyze,
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: fakeBrowser.runtime.getURL('/'),
  };
  page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/shortlist.html') };
});

describe('page reports', () => {
  it('are scored, answered with the badge setting, and recorded once per day', async () => {
    const { answer, state } = await visit(1);
    expect(answer.showBadge).toBe(true);
    expect(state.status === 'ok' && state.analysis.handle).toBe('cafe.ritual');
    expect(answer.badge?.letter).toMatch(/^[A-F?]$/);
    await visit(1, profile('instagram', 'cafe.ritual', 48_300));
    const h = await ask<{ history: unknown[] }>({ type: 'account-get', account: { platform: 'instagram', handle: 'cafe.ritual' } });
    expect(h.history).toHaveLength(1);
  });

  it('give scoring the account\'s earlier days, oldest first (the growth-spike signal reads them)', async () => {
    await visit(1, profile('instagram', 'cafe.ritual', 40_000));
    time.days(1);
    await visit(1, profile('instagram', 'cafe.ritual', 44_000));
    time.days(1);
    await visit(1, profile('instagram', 'other', 1_000));
    await visit(1, profile('instagram', 'cafe.ritual', 60_000));
    const last = calls[calls.length - 1];
    expect(last.earlier.map((s) => s.profile.followers?.value)).toEqual([40_000, 44_000]);
    expect(calls[0].earlier).toEqual([]);
  });

  it('on a site turned off: answered "disabled", not scored, nothing stored', async () => {
    const settings = await ask<Settings>({ type: 'settings-get' });
    await ask({ type: 'settings-set', settings: { ...settings, sites: { instagram: false } } });
    const before = await dump();
    const { answer, state } = await visit(1);
    expect(answer).toEqual({ disabled: true });
    expect(state).toMatchObject({ status: 'disabled', platform: 'instagram' });
    expect(calls).toHaveLength(0);
    expect(await dump()).toEqual(before);
    const other = await answerPageReport({ status: 'no-account', platform: 'instagram', url: 'https://www.instagram.com/' }, ctx, time.now());
    expect(other.answer).toEqual({ disabled: true });
    // Other sites still work.
    expect((await visit(2, profile('x', 'nadia_codes', 48_200))).answer.badge).toBeDefined();
  });

  it('are answered before the visit is stored; later requests wait for it and see it', async () => {
    await ask({ type: 'settings-get' }); // the store is ready: its start-up writes are done
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await held;
      return set(items);
    });
    try {
      const { answer } = await visit(1); // would hang here if the answer waited for storage
      expect(answer.badge).toBeDefined();
      const account = ask<{ history: unknown[] }>({ type: 'account-get', account: { platform: 'instagram', handle: 'cafe.ritual' } });
      release();
      expect((await account).history).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('keep the tab\'s state after the answer and before the visit is recorded (which a full history makes slow)', async () => {
    await ask({ type: 'settings-get' }); // the store is ready: its start-up writes are done
    const order: string[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('history' in items) order.push('history written');
      return set(items);
    });
    try {
      const kept = new Promise<TabState>((resolve) => {
        void answerPageReport({ status: 'ok', snapshot: profile('instagram', 'cafe.ritual', 48_213) }, ctx, time.now(), async (state) => {
          order.push('state kept');
          resolve(state);
        }).then(() => order.push('answered'));
      });
      expect((await kept).status).toBe('ok');
      await ask({ type: 'settings-get' }); // queued behind the recording
      expect(order).toEqual(['answered', 'state kept', 'history written']);
    } finally {
      spy.mockRestore();
    }
    // A report with nothing to record keeps its state too.
    const other = await new Promise<TabState>((resolve) => {
      void answerPageReport({ status: 'no-account', platform: 'x', url: 'https://x.com/home' }, ctx, time.now(), async (state) => resolve(state));
    });
    expect(other.status).toBe('no-account');
  });

  it('keep the history in memory between reports, and still see a change made outside the store', async () => {
    await visit(1);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      await visit(1, profile('instagram', 'cafe.ritual', 48_300));
      const historyReads = get.mock.calls.filter(([keys]) => JSON.stringify(keys ?? null).includes('"history"'));
      expect(historyReads).toEqual([]);
    } finally {
      get.mockRestore();
    }
    // Written elsewhere (developer tools, another copy of the extension): read again, not overwritten.
    const other = { ...profile('x', 'nadia_codes', 48_200), capturedAt: '2025-03-01T12:00:00.000Z' };
    await visit(2, other);
    const before = await ask<{ history: unknown[] }>({ type: 'account-get', account: { platform: 'x', handle: 'nadia_codes' } });
    expect(before.history).toHaveLength(1);
    await fakeBrowser.storage.local.set({ history: { records: [] }, 'history$': { v: 2 } });
    const after = await ask<{ history: unknown[] }>({ type: 'account-get', account: { platform: 'x', handle: 'nadia_codes' } });
    expect(after.history).toHaveLength(0);
  });

  it('with the badge turned off: still scored and recorded, answered showBadge false', async () => {
    const settings = await ask<Settings>({ type: 'settings-get' });
    await ask({ type: 'settings-set', settings: { ...settings, showBadge: false } });
    const { answer } = await visit(1);
    expect(answer.showBadge).toBe(false);
    expect(answer.badge).toBeDefined();
  });

  it('keep working when the scoring engine gets bad history: a failure to record never blocks the answer', async () => {
    await fakeBrowser.storage.local.set({ history: { records: 'broken' }, 'history$': { v: 2 } });
    const { answer } = await visit(1);
    expect(answer.badge).toBeDefined();
  });

  it('tell the in-page panel whether the account is on the shortlist, once the page\'s own script adds it', async () => {
    expect((await visit(4)).answer.badge?.panel.shortlist.on).toBe(false);
    const added = await ask<{ ok: boolean }>({ type: 'shortlist-add' }, contentScript(4));
    expect(added.ok).toBe(true);
    expect((await visit(4)).answer.badge?.panel.shortlist.on).toBe(true);
    // Another account in the same tab is not.
    expect((await visit(4, profile('x', 'nadia_codes', 48_200))).answer.badge?.panel.shortlist.on).toBe(false);
  });

  it('refresh a shortlisted account\'s "last checked"', async () => {
    await visit(4);
    await ask({ type: 'shortlist-add', tabId: 4 });
    time.days(2);
    await visit(4, profile('instagram', 'cafe.ritual', 50_000));
    const view = await ask<{ entries: { summary?: { checkedAt: string; followers?: { value: number } } }[] }>({ type: 'shortlist-get' });
    expect(view.entries[0].summary).toMatchObject({ checkedAt: '2025-03-12T12:00:00.000Z', followers: { value: 50_000 } });
  });
});

describe('shortlist requests', () => {
  it('content script: adds the account its own tab shows, with note and tags', async () => {
    await visit(7);
    const r = await ask<{ ok: boolean; entry: { key: string; note: string; tags: string[]; summary?: object } }>(
      { type: 'shortlist-add', note: 'Good fit', tags: ['Coffee', ' spring ', 'coffee'] },
      contentScript(7),
    );
    expect(r.ok).toBe(true);
    expect(r.entry).toMatchObject({ key: 'instagram:cafe.ritual', note: 'Good fit', tags: ['coffee', 'spring'] });
    expect(r.entry.summary).toBeDefined();
  });

  it('content script: cannot name another tab', async () => {
    await visit(7);
    const r = await ask<{ ok: boolean; error?: string }>({ type: 'shortlist-add', tabId: 7 }, contentScript(8));
    expect(r).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('popup: adds an account by name, using the latest analysis any tab holds', async () => {
    await visit(3, profile('x', 'nadia_codes', 48_200));
    const r = await ask<{ ok: boolean; entry: { summary?: { followers?: { value: number } } } }>({ type: 'shortlist-add', account: { platform: 'x', handle: 'Nadia_Codes' } });
    expect(r.ok).toBe(true);
    expect(r.entry.summary?.followers?.value).toBe(48_200);
  });

  it('update, remove, and a second add keeps the first addedAt', async () => {
    await visit(3);
    const account = { platform: 'instagram', handle: 'cafe.ritual' };
    await ask({ type: 'shortlist-add', account, note: 'a' });
    time.days(1);
    const u = await ask<{ ok: boolean; entry: { note: string; addedAt: string; updatedAt: string } }>({ type: 'shortlist-update', account, note: 'b', tags: ['x'] });
    expect(u.entry).toMatchObject({ note: 'b', addedAt: '2025-03-10T12:00:00.000Z', updatedAt: '2025-03-11T12:00:00.000Z' });
    expect(await ask({ type: 'shortlist-update', account: { platform: 'x', handle: 'nobody' }, note: 'c' })).toMatchObject({ ok: false, error: 'not-found' });
    expect(await ask({ type: 'shortlist-remove', keys: ['instagram:cafe.ritual'] })).toEqual({ removed: 1 });
    expect((await ask<{ entries: unknown[] }>({ type: 'shortlist-get' })).entries).toEqual([]);
  });
});

describe('who may ask what', () => {
  it.each([
    { type: 'shortlist-get' },
    { type: 'settings-get' },
    { type: 'settings-set', settings: { sites: {}, showBadge: false, retention: { days: 30, perAccount: 10, total: 100 }, brand: { name: '' } } },
    { type: 'storage-report' },
    { type: 'data-export', scope: 'all' },
    { type: 'data-import', text: '{}' },
    { type: 'data-delete-all', confirm: 'delete-all' },
    { type: 'account-get', account: { platform: 'instagram', handle: 'cafe.ritual' } },
    { type: 'shortlist-remove', keys: ['instagram:cafe.ritual'] },
  ])('a content script may not send $type', async (request) => {
    await visit(1);
    await ask({ type: 'shortlist-add', tabId: 1 });
    const before = await dump();
    expect(await ask(request, contentScript(1))).toBeUndefined();
    expect(await dump()).toEqual(before);
  });

  it('another extension may not either', async () => {
    expect(await ask({ type: 'shortlist-get' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' })).toBeUndefined();
  });

  it('malformed requests are refused by the schema', () => {
    expect(RequestSchema.safeParse({ type: 'data-delete-all' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'data-delete-all', confirm: 'yes' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'shortlist-add', note: 'x'.repeat(5000) }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'shortlist-add', tags: Array(50).fill('t') }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'history-get', accounts: Array(7).fill({ platform: 'x', handle: 'a' }) }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'settings-set', settings: { sites: {}, showBadge: true, retention: { days: 0, perAccount: 1, total: 1 } } }).success).toBe(false);
  });
});

describe('one writer, no lost writes', () => {
  it('page reports, shortlist changes and an import running at once all land', async () => {
    const exported = JSON.stringify({
      format: 'realreach-export',
      version: 1,
      shortlist: [{ platform: 'tiktok', handle: 'miacocina', note: 'imported', tags: [], addedAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' }],
      history: [{ platform: 'tiktok', handle: 'miacocina', day: '2025-03-01', at: '2025-03-01T10:00:00.000Z', followers: { value: 120_000 } }],
    });
    await visit(9);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => answerPageReport({ status: 'ok', snapshot: profile('x', `acct${i}`, 1000 + i) }, ctx, time.now())),
      ask({ type: 'shortlist-add', tabId: 9, note: 'n' }),
      ask({ type: 'data-import', text: exported }),
    ]);
    const report = await ask<{ history: { records: number }; shortlist: { entries: number } }>({ type: 'storage-report' });
    expect(report.history.records).toBe(12);
    expect(report.shortlist.entries).toBe(2);
  });
});

it('TabState for an ok report carries the analysis, and the answer the badge worded from it', async () => {
  const { state, answer } = await visit(1);
  const analysis = analyzeSnapshot(profile('instagram', 'cafe.ritual', 48_213), []);
  expect((state as Extract<TabState, { status: 'ok' }>).analysis).toEqual(analysis);
  // The panel also carries one line per evidence section (issue 14), worded from the same reading.
  const snap = profile('instagram', 'cafe.ritual', 48_213);
  expect(answer.badge).toEqual(badgeView(analysis, undefined, false, evidenceLines(snap, analysis, uiLocale())));
  expect(answer.badge?.panel.evidence?.length).toBeGreaterThan(0);
});

describe('audience messages', () => {
  const account = { platform: 'instagram', handle: 'cafe.ritual' } as const;
  const report = (handles: string[]) => ({ type: 'audience-report', account, audience: { source: 'followers-list', seen: handles.length, entries: handles.map((h) => ({ handle: h, hasPicture: !/\d/.test(h) })) } });

  it('a content script reports followers for its tab; the popup gets the sample and the estimate', async () => {
    expect(await ask(report(['ana', 'user123456']), contentScript(4))).toEqual({ added: 2, stored: 2 });
    expect(await ask(report(['ANA', 'bob']), contentScript(4))).toEqual({ added: 1, stored: 3 });
    const summary = await ask<{ stored: number; seen: number; estimate: { n: number; low: number; high: number }; small: boolean }>({ type: 'audience-get', account });
    expect(summary).toMatchObject({ stored: 3, seen: 3, small: true, estimate: { n: 3 } });
    expect(summary.estimate.low).toBeLessThanOrEqual(summary.estimate.high);
    expect(await ask({ type: 'audience-get', account: { platform: 'x', handle: 'nobody' } })).toEqual({ none: true });
  });

  it('a content script may not read samples, and a report must come from a tab', async () => {
    expect(await ask({ type: 'audience-get', account }, contentScript(4))).toBeUndefined();
    expect(await ask(report(['ana']), { id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/' })).toBeUndefined();
    expect(() => RequestSchema.parse({ ...report(['ana']), audience: { source: 'followers-list', seen: 1, entries: [{ handle: '' }] } })).toThrow();
  });
});
