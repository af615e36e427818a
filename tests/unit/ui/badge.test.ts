/**
 * The in-page badge in two halves: badgeView (lib/view/badge.ts), the strings the background
 * makes, in English and Spanish with the real messages; and createBadge (components/badge.ts), the
 * plain DOM the content script builds from them, in a linkedom document: its structure and ARIA,
 * opening and closing, updates, and that no document or window listener outlives the panel.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadge, type BadgeActions, type BadgeHandle } from '../../../components/badge';
import { createPanel } from '../../../components/badge-panel';
import { pageIsDark } from '../../../components/badge-place';
import { badgeView, topReasons, type BadgeView } from '../../../lib/view/badge';
import type { Analysis, Signal } from '../../../lib/score/types';
import { VERDICT_COLORS } from '../../../lib/view/verdict';
import { POST_ANALYSIS, SAMPLE_ANALYSIS, THIN_ANALYSIS } from './samples';
import { useMessages, type Messages } from './support/messages';

const NO_ACTIONS: BadgeActions = { openBreakdown: () => undefined, shortlist: async () => 'failed' };
/** The panel's code imported here: at once, as in a page where it was loaded already (components/badge-panel.ts). */
const PANEL = () => createPanel;

let messages: Messages;
const saved = { document: globalThis.document, getComputedStyle: globalThis.getComputedStyle };

beforeEach(() => {
  messages = useMessages('en');
});
afterEach(() => {
  (globalThis as { document: unknown }).document = saved.document;
  (globalThis as { getComputedStyle: unknown }).getComputedStyle = saved.getComputedStyle;
  vi.restoreAllMocks();
});

const warning = (id: string, points: number): Signal => ({ id, severity: 'warning', title: { msg: 'note_page', args: [{ text: `Title ${id}` }] }, evidence: [], explanation: { msg: 'note_page', args: [{ text: '' }] }, points });

/** Every string in a view, for the check that no message key shows instead of a sentence. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('badgeView', () => {
  it('a graded account: letter, rate, colour, label and panel in words', () => {
    const v = badgeView(SAMPLE_ANALYSIS);
    expect(v).toMatchObject({
      verdict: 'poor',
      color: VERDICT_COLORS.poor,
      letter: 'F',
      rate: '0.37%',
      // Starts with what the badge shows (label in name), then says it in words.
      label: 'F 0.37%: RealReach grade F, Signs of inflation, score 36 of 100. Show why.',
    });
    expect(v.panel).toEqual({
      title: 'Grade F · Signs of inflation',
      sub: 'Score 36/100 · Confidence: medium',
      rateLine: { value: '0.37%', basis: 'per follower', typical: 'Typical range for this size: 0.8%\u2060–\u20603.5%' },
      reasons: {
        heading: 'Why this grade',
        items: [
          { id: 'engagement-low', severity: 'alert', severityWord: 'Alert', title: 'Engagement far below creators of this size', points: '−18 points' },
          { id: 'mass-following', severity: 'warning', severityWord: 'Warning', title: 'Follows as many accounts as follow it', points: '−8 points' },
          { id: 'spike', severity: 'warning', severityWord: 'Warning', title: 'A few posts carry the engagement', points: '−6 points' },
        ],
      },
      close: 'Close',
      openBreakdown: 'Open the full breakdown',
      shortlist: { on: false, add: 'Add to shortlist', added: 'On your shortlist', full: 'The shortlist is full: remove an account first.', failed: 'Something went wrong; nothing was changed.' },
    });
  });

  it('not enough to grade: no rate, no reasons', () => {
    const v = badgeView(THIN_ANALYSIS);
    expect(v.verdict).toBe('unknown');
    expect(v.color).toBe(VERDICT_COLORS.unknown);
    expect(v.letter).toBe('?');
    expect('rate' in v).toBe(false);
    expect(v.label).toBe('?: RealReach: not enough data to grade this account yet. Show details.');
    expect(v.panel).toEqual({
      title: 'Not graded yet',
      sub: 'Too little is readable on this page to grade the account.',
      close: 'Close',
      openBreakdown: 'Open the full breakdown',
      shortlist: { on: false, add: 'Add to shortlist', added: 'On your shortlist', full: 'The shortlist is full: remove an account first.', failed: 'Something went wrong; nothing was changed.' },
    });
  });

  it('not graded but with a rate: the rate line without a typical range, still no reasons', () => {
    const v = badgeView(POST_ANALYSIS);
    expect(v.rate).toBe('0.33%');
    expect(v.label).toBe('? 0.33%: RealReach: not enough data to grade this account yet. Show details.');
    expect(v.panel.rateLine).toEqual({ value: '0.33%', basis: 'per view' });
    expect(v.panel.reasons).toBeUndefined();
  });

  it('graded without flags says so', () => {
    const v = badgeView({ ...SAMPLE_ANALYSIS, signals: [SAMPLE_ANALYSIS.signals[3]] });
    expect(v.panel.reasons).toEqual({ heading: 'Why this grade', items: [], none: 'No signs of inflation in the posts read.' });
  });

  it('puts alerts first, then warnings, heaviest first; never notes; counts the rest', () => {
    expect(topReasons(SAMPLE_ANALYSIS.signals).map((s) => s.id)).toEqual(['engagement-low', 'mass-following', 'spike']);
    expect(topReasons(SAMPLE_ANALYSIS.signals, 1).map((s) => s.id)).toEqual(['engagement-low']);
    const signals = [warning('w-light', 2), ...SAMPLE_ANALYSIS.signals, warning('w-heavy', 12), warning('w-zero', 0)];
    const v = badgeView({ ...SAMPLE_ANALYSIS, signals });
    expect(v.panel.reasons?.items.map((s) => s.id)).toEqual(['engagement-low', 'w-heavy', 'mass-following']);
    // Six alerts and warnings, three shown; the note is not counted.
    expect(v.panel.reasons?.more).toBe('+3 more in the full breakdown');
    expect(v.panel.reasons?.none).toBeUndefined();
  });

  it('words the points a reason took off, gave back, or did not change', () => {
    const v = badgeView({ ...SAMPLE_ANALYSIS, signals: [warning('a', 2.5), warning('b', 0), warning('c', -3)] });
    expect(v.panel.reasons?.items.map((s) => s.points)).toEqual(['−2.5 points', 'no effect on the score', messages.pointsGain.message.replace('$n$', '3')]);
  });

  it('reads in Spanish with Spanish numbers', () => {
    messages = useMessages('es', 'es-ES');
    const v = badgeView(SAMPLE_ANALYSIS);
    expect(v.rate).toBe('0,37\u00a0%');
    expect(v.label).toBe('F 0,37\u00a0%: Calificación de RealReach F, Indicios de inflado, puntuación 36 de 100. Ver por qué.');
    expect(v.panel.title).toBe('Calificación F · Indicios de inflado');
    expect(v.panel.rateLine).toEqual({ value: '0,37\u00a0%', basis: 'por seguidor', typical: 'Habitual para este tamaño: 0,8\u00a0%\u2060–\u20603,5\u00a0%' });
    expect(v.panel.reasons?.items[0].points).toBe('−18 puntos');
  });

  it('formats numbers in the locale asked for', () => {
    const v = badgeView({ ...SAMPLE_ANALYSIS, signals: [warning('a', 2.5)] }, 'de-DE');
    expect(v.rate).toBe('0,37\u00a0%');
    expect(v.panel.reasons?.items[0].points).toBe('−2,5 points');
  });

  it('survives a message round trip and shows no message keys', () => {
    for (const lang of ['en', 'es']) {
      messages = useMessages(lang);
      for (const analysis of [SAMPLE_ANALYSIS, THIN_ANALYSIS, POST_ANALYSIS]) {
        const v = badgeView(analysis);
        expect(JSON.parse(JSON.stringify(v))).toEqual(v);
        const shown = strings(v).join(' ');
        const leaked = Object.keys(messages).filter((k) => /[A-Z_]/.test(k) && new RegExp(`\\b${k}\\b`).test(shown));
        expect(leaked).toEqual([]);
      }
    }
  });
});

describe('createBadge', () => {
  let doc: Document;
  let win: Window;
  let container: HTMLElement;
  let handles: BadgeHandle[];

  beforeEach(() => {
    ({ document: doc } = parseHTML('<!doctype html><html><body><div id="row"><span id="name">Nora</span><div id="ui"></div></div></body></html>') as unknown as { document: Document });
    (globalThis as { document: unknown }).document = doc;
    win = doc.defaultView!;
    container = doc.getElementById('ui')!;
    handles = [];
  });
  afterEach(() => handles.forEach((h) => h.destroy()));

  const Ev = () => (win as unknown as typeof globalThis).Event;
  /** An event as the user makes it (isTrusted), unless `trusted: false` (a page's script made it). */
  function fire(target: EventTarget, type: string, init: { key?: string; trusted?: boolean } = {}) {
    const e = new (Ev())(type, { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'isTrusted', { value: init.trusted ?? true });
    if (init.key) Object.defineProperty(e, 'key', { value: init.key });
    target.dispatchEvent(e);
    return e;
  }
  function mount(analysis: Analysis = SAMPLE_ANALYSIS, onOpen = () => undefined, shortlist: BadgeActions['shortlist'] = async () => 'ok', shortlisted = false) {
    const h = createBadge(container, { openBreakdown: onOpen, shortlist }, PANEL);
    h.update(badgeView(analysis, undefined, shortlisted));
    handles.push(h);
    return h;
  }
  const $ = (sel: string) => container.querySelector<HTMLElement>(sel);
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');
  /** Records which elements `focus()` was called on. */
  function focusSpy() {
    let proto: object | null = container;
    while (proto && !Object.hasOwn(proto, 'focus')) proto = Object.getPrototypeOf(proto);
    const spy = vi.spyOn(proto as HTMLElement, 'focus');
    return () => spy.mock.contexts.map((el) => (el as HTMLElement).className);
  }

  it('builds the pill: element, classes, colour, ARIA and text', () => {
    mount();
    const root = $('.rr-root')!;
    expect(root.tagName).toBe('SPAN');
    expect(root.getAttribute('data-theme')).toBe('light');
    const button = $('.rr-badge')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('data-verdict')).toBe('poor');
    expect(button.getAttribute('style')).toContain(VERDICT_COLORS.poor);
    expect(button.getAttribute('aria-label')).toBe('F 0.37%: RealReach grade F, Signs of inflation, score 36 of 100. Show why.');
    expect(button.getAttribute('title')).toBe(button.getAttribute('aria-label'));
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect($('.rr-letter')!.textContent).toBe('F');
    expect($('.rr-rate')!.textContent).toBe('0.37%');
    expect(text(button)).toBe('F 0.37%');
    expect($('.rr-panel')).toBeNull();
  });

  describe('"Add to shortlist" in the panel', () => {
    const flush = () => new Promise((r) => setTimeout(r, 0));
    const shortlistButton = () => $('.rr-shortlist')!;

    it('adds once, shows that it is on the shortlist, and keeps the focus on the same button', async () => {
      let release!: (r: 'ok') => void;
      const shortlist = vi.fn(() => new Promise<'ok'>((r) => (release = r)));
      mount(SAMPLE_ANALYSIS, undefined, shortlist);
      fire($('.rr-badge')!, 'click');
      const button = shortlistButton();
      expect(button.tagName).toBe('BUTTON');
      expect(text(button)).toBe('Add to shortlist');
      expect(button.hasAttribute('aria-disabled')).toBe(false);
      fire(button, 'click');
      expect(button.getAttribute('aria-busy')).toBe('true');
      fire(button, 'click'); // a second click while the first is pending asks nothing more
      expect(shortlist).toHaveBeenCalledTimes(1);
      release('ok');
      await flush();
      expect(shortlistButton()).toBe(button);
      expect(text(button)).toBe('✓ On your shortlist');
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect(button.hasAttribute('aria-busy')).toBe(false);
      fire(button, 'click');
      expect(shortlist).toHaveBeenCalledTimes(1);
    });

    it('acts only on the user\'s own events: a click a script made opens nothing and adds nothing (issue 17, defect 4)', async () => {
      const shortlist = vi.fn(async () => 'ok' as const);
      const onOpen = vi.fn();
      mount(SAMPLE_ANALYSIS, onOpen, shortlist);
      fire($('.rr-badge')!, 'click', { trusted: false });
      expect($('.rr-panel')).toBeNull();
      fire($('.rr-badge')!, 'click');
      expect($('.rr-panel')).not.toBeNull();
      fire(shortlistButton(), 'click', { trusted: false });
      fire($('.rr-link')!, 'click', { trusted: false });
      await flush();
      expect(shortlist).not.toHaveBeenCalled();
      expect(onOpen).not.toHaveBeenCalled();
      // The user's clicks on "Open the full breakdown": at most one opening a second.
      for (let i = 0; i < 5; i++) fire($('.rr-link')!, 'click');
      expect(onOpen).toHaveBeenCalledTimes(1);
    });

    it('stays added when a view made before the click arrives', async () => {
      const h = mount();
      fire($('.rr-badge')!, 'click');
      fire(shortlistButton(), 'click');
      await flush();
      h.update(badgeView(SAMPLE_ANALYSIS));
      expect(text(shortlistButton())).toBe('✓ On your shortlist');
    });

    it('says so when the account is on the shortlist already', () => {
      const shortlist = vi.fn(async () => 'ok' as const);
      mount(SAMPLE_ANALYSIS, undefined, shortlist, true);
      fire($('.rr-badge')!, 'click');
      expect(text(shortlistButton())).toBe('✓ On your shortlist');
      fire(shortlistButton(), 'click');
      expect(shortlist).not.toHaveBeenCalled();
    });

    it('explains a full shortlist or a failure, and lets the user try again', async () => {
      const results: ('full' | 'failed' | 'ok')[] = ['full', 'failed', 'ok'];
      const shortlist = vi.fn(async () => results.shift()!);
      mount(SAMPLE_ANALYSIS, undefined, shortlist);
      fire($('.rr-badge')!, 'click');
      fire(shortlistButton(), 'click');
      await flush();
      expect($('.rr-shortlist-error')!.getAttribute('role')).toBe('alert');
      expect(text($('.rr-shortlist-error'))).toBe('The shortlist is full: remove an account first.');
      expect(text(shortlistButton())).toBe('Add to shortlist');
      fire(shortlistButton(), 'click');
      await flush();
      expect(text($('.rr-shortlist-error'))).toBe('Something went wrong; nothing was changed.');
      fire(shortlistButton(), 'click');
      await flush();
      expect($('.rr-shortlist-error')).toBeNull();
      expect(text(shortlistButton())).toBe('✓ On your shortlist');
    });

    it('treats a rejected request as a failure', async () => {
      mount(SAMPLE_ANALYSIS, undefined, () => Promise.reject(new Error('worker gone')));
      fire($('.rr-badge')!, 'click');
      fire(shortlistButton(), 'click');
      await flush();
      expect(text($('.rr-shortlist-error'))).toBe('Something went wrong; nothing was changed.');
    });
  });

  it('writes nothing into the page when an update shows the same thing', () => {
    const h = mount();
    const letter = $('.rr-letter');
    h.update(badgeView(SAMPLE_ANALYSIS));
    expect($('.rr-letter')).toBe(letter);
    h.update(badgeView(THIN_ANALYSIS));
    expect($('.rr-letter')).not.toBe(letter);
    expect(text($('.rr-badge'))).toBe('?');
  });

  it('without a rate shows the letter alone', () => {
    mount(THIN_ANALYSIS);
    expect(text($('.rr-badge'))).toBe('?');
    expect($('.rr-rate')).toBeNull();
    expect($('.rr-badge')!.getAttribute('data-verdict')).toBe('unknown');
  });

  it('opens the panel on click, with its dialog semantics, reasons and focus', () => {
    const focused = focusSpy();
    mount();
    const button = $('.rr-badge')!;
    const click = fire(button, 'click');
    expect(click.defaultPrevented).toBe(true);
    const panel = $('.rr-panel')!;
    expect(panel.tagName).toBe('DIV');
    expect(panel.id).toBe('rr-panel');
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('aria-labelledby')).toBe('rr-panel-title');
    expect(panel.getAttribute('tabindex')).toBe('-1');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe('rr-panel');
    expect(focused()).toEqual(['rr-panel']);

    expect($('#rr-panel-title')!.className).toBe('rr-title');
    expect(text($('.rr-title'))).toBe('Grade F · Signs of inflation');
    expect(text($('.rr-sub'))).toBe('Score 36/100 · Confidence: medium');
    const chip = $('.rr-head .rr-chip')!;
    expect(chip.getAttribute('aria-hidden')).toBe('true');
    expect(chip.getAttribute('style')).toContain(VERDICT_COLORS.poor);
    expect(chip.textContent).toBe('F');
    const close = $('.rr-head .rr-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    expect(close.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect($('.rr-head-text .rr-sub')).not.toBeNull();

    expect($('.rr-rate-line strong')!.textContent).toBe('0.37%');
    expect(text($('.rr-rate-line'))).toBe('0.37% per follower' + 'Typical range for this size: 0.8%\u2060–\u20603.5%');
    expect($('.rr-rate-line .rr-muted.rr-typical')).not.toBeNull();
    expect(text($('.rr-section'))).toBe('Why this grade');
    const items = Array.from(panel.querySelectorAll('.rr-reasons li'));
    expect(items.map((li) => li.getAttribute('data-severity'))).toEqual(['alert', 'warning', 'warning']);
    expect(text(items[0].querySelector('.rr-sev'))).toBe('Alert');
    expect(items[0].querySelector('.rr-sev svg')?.getAttribute('class')).toBe('icon');
    expect(items[0].querySelector('.rr-sev svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(items[0].querySelectorAll('.rr-sev svg path')).toHaveLength(2);
    expect(text(items[1].querySelector('.rr-reason-title'))).toBe('Follows as many accounts as follow it');
    expect(text(items[1].querySelector('.rr-pts'))).toBe('−8 points');
    expect($('.rr-none')).toBeNull();
    const link = $('.rr-link')!;
    expect(link.tagName).toBe('BUTTON');
    expect(text(link)).toBe('Open the full breakdown →');
    expect(link.querySelector('span')?.getAttribute('aria-hidden')).toBe('true');
    // The footer: "Add to shortlist", then the link.
    expect(panel.lastElementChild!.className).toBe('rr-actions');
    expect(panel.lastElementChild!.lastElementChild).toBe(link);
  });

  it('a second click closes it; the close button closes it and returns focus to the badge', () => {
    mount();
    const button = $('.rr-badge')!;
    fire(button, 'click');
    fire(button, 'click');
    expect($('.rr-panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);

    fire(button, 'click');
    const focused = focusSpy();
    fire($('.rr-close')!, 'click');
    expect($('.rr-panel')).toBeNull();
    expect(focused()).toEqual(['rr-badge']);
  });

  it('the breakdown link calls back; clicks and keys inside never reach the page', () => {
    const onOpen = vi.fn();
    mount(SAMPLE_ANALYSIS, onOpen);
    const page = vi.fn();
    doc.body.addEventListener('click', page);
    doc.body.addEventListener('keydown', page);
    fire($('.rr-badge')!, 'click');
    fire($('.rr-link')!, 'click');
    fire($('.rr-title')!, 'click');
    fire($('.rr-panel')!, 'keydown', { key: 'j' });
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(page).not.toHaveBeenCalled();
    expect($('.rr-panel')).not.toBeNull();
  });

  it('Escape inside closes and refocuses the badge; Escape elsewhere closes without stealing focus', () => {
    mount();
    const button = $('.rr-badge')!;
    fire(button, 'click');
    let focused = focusSpy();
    const esc = fire($('.rr-panel')!, 'keydown', { key: 'Escape' });
    expect(esc.defaultPrevented).toBe(true);
    expect($('.rr-panel')).toBeNull();
    expect(focused()).toEqual(['rr-badge']);

    fire(button, 'click');
    vi.restoreAllMocks();
    focused = focusSpy();
    fire(doc.getElementById('name')!, 'keydown', { key: 'Escape' });
    expect($('.rr-panel')).toBeNull();
    expect(focused()).toEqual([]);
  });

  it('a pointerdown outside closes it, one inside does not', () => {
    mount();
    fire($('.rr-badge')!, 'click');
    fire($('.rr-panel')!, 'pointerdown');
    expect($('.rr-panel')).not.toBeNull();
    fire(doc.getElementById('name')!, 'pointerdown');
    expect($('.rr-panel')).toBeNull();
    // Other keys elsewhere leave it open.
    fire($('.rr-badge')!, 'click');
    fire(doc.body, 'keydown', { key: 'a' });
    expect($('.rr-panel')).not.toBeNull();
  });

  it('places the panel under the badge, above it near the bottom, and follows scroll and resize', () => {
    Object.assign(globalThis, { innerWidth: 1000, innerHeight: 800 });
    try {
      mount();
      const button = $('.rr-badge')!;
      let anchor = { left: 40, top: 82, bottom: 100, right: 90, width: 50, height: 18 };
      button.getBoundingClientRect = () => anchor as DOMRect;
      fire(button, 'click');
      const panel = $('.rr-panel')!;
      // As laid out: where its style puts it, 200px tall.
      panel.getBoundingClientRect = () => ({ left: parseFloat(panel.style.left), top: parseFloat(panel.style.top), width: 300, height: 200 }) as DOMRect;
      fire(win, 'resize');
      expect([panel.style.left, panel.style.top, panel.style.width]).toEqual(['40px', '106px', '320px']);
      anchor = { ...anchor, top: 682, bottom: 700 };
      fire(win, 'scroll');
      expect(panel.style.top).toBe(`${682 - 6 - 200}px`);
    } finally {
      for (const k of ['innerWidth', 'innerHeight']) delete (globalThis as Record<string, unknown>)[k];
    }
  });

  it('an update re-renders in place and keeps the panel open or closed', () => {
    const h = mount();
    const button = $('.rr-badge')!;
    fire(button, 'click');
    const close = $('.rr-close');
    h.update(badgeView(THIN_ANALYSIS));
    expect($('.rr-badge')).toBe(button);
    expect(text(button)).toBe('?');
    expect(button.getAttribute('aria-label')).toBe('?: RealReach: not enough data to grade this account yet. Show details.');
    expect(button.getAttribute('data-verdict')).toBe('unknown');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Still open, with the new content; the close button is the same element (focus stays on it).
    expect($('.rr-close')).toBe(close);
    expect(text($('.rr-title'))).toBe('Not graded yet');
    expect($('.rr-chip')!.getAttribute('style')).toContain(VERDICT_COLORS.unknown);
    expect($('.rr-rate-line')).toBeNull();
    expect($('.rr-section')).toBeNull();
    expect($('.rr-reasons')).toBeNull();

    h.update(badgeView({ ...SAMPLE_ANALYSIS, signals: [] }));
    expect(text($('.rr-none'))).toBe('No signs of inflation in the posts read.');
    expect(container.querySelectorAll('.rr-panel')).toHaveLength(1);
    expect(container.querySelectorAll('.rr-rate-line')).toHaveLength(1);

    fire(button, 'click');
    h.update(badgeView(SAMPLE_ANALYSIS));
    expect($('.rr-panel')).toBeNull();
    expect(text(button)).toBe('F 0.37%');
    // Reopened: the latest view, not the one the panel last showed.
    fire(button, 'click');
    expect(container.querySelectorAll('.rr-reasons li')).toHaveLength(3);
    expect(container.querySelectorAll('.rr-root')).toHaveLength(1);
  });

  it('never leaves a document or window listener behind (open, close, update, destroy; 500 times)', () => {
    const live = new Map<string, number>();
    const key = (target: string, type: string, fn: unknown, options: unknown) => {
      const capture = typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;
      return `${target}:${type}:${capture}:${fnId(fn)}`;
    };
    const ids = new Map<unknown, number>();
    const fnId = (fn: unknown) => ids.get(fn) ?? (ids.set(fn, ids.size), ids.size - 1);
    // Wrapped by hand: linkedom's window is a Proxy that vi.spyOn cannot see into.
    let adds = 0;
    for (const [name, target] of [['document', doc], ['window', win]] as const) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      Object.assign(target, {
        addEventListener(type: string, fn: EventListener, options?: boolean | AddEventListenerOptions) {
          const k = key(name, type, fn, options);
          live.set(k, (live.get(k) ?? 0) + 1);
          adds++;
          add(type, fn, options);
        },
        removeEventListener(type: string, fn: EventListener, options?: boolean | EventListenerOptions) {
          const k = key(name, type, fn, options);
          if (live.get(k)) live.set(k, live.get(k)! - 1);
          remove(type, fn, options);
        },
      });
    }
    const total = () => [...live.values()].reduce((a, b) => a + b, 0);

    const views: BadgeView[] = [badgeView(SAMPLE_ANALYSIS), badgeView(THIN_ANALYSIS), badgeView(POST_ANALYSIS)];
    for (let i = 0; i < 500; i++) {
      const h = createBadge(container, NO_ACTIONS, PANEL);
      h.update(views[i % 3]);
      const button = container.querySelector<HTMLElement>('.rr-badge')!;
      if (i % 2) {
        fire(button, 'click');
        expect(total()).toBe(4); // pointerdown and keydown on document, scroll and resize on window
        fire(button, 'click');
        expect(total()).toBe(0);
        fire(button, 'click');
        h.update(views[(i + 1) % 3]);
        expect(total()).toBe(4);
        if (i % 4 === 1) fire(doc.body, 'pointerdown');
      }
      h.destroy();
      expect(total()).toBe(0);
      expect(container.childNodes).toHaveLength(0);
    }
    expect(adds).toBe(250 * 4 * 2);
    // destroy() twice is harmless.
    const h = createBadge(container, NO_ACTIONS, PANEL);
    h.destroy();
    h.destroy();
    expect(total()).toBe(0);
  });

  it('reads the page theme once, from the first painted background behind the shadow host', () => {
    const row = doc.getElementById('row')!;
    const host = doc.createElement('realreach-badge');
    row.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = doc.createElement('div');
    shadow.append(inner);
    const style = vi.fn((el: Element) => ({ backgroundColor: el === row ? 'rgb(21, 32, 43)' : 'rgba(0, 0, 0, 0)', colorScheme: 'normal' }));
    (globalThis as { getComputedStyle: unknown }).getComputedStyle = style;
    const h = createBadge(inner, NO_ACTIONS, PANEL);
    handles.push(h);
    h.update(badgeView(SAMPLE_ANALYSIS));
    expect(inner.querySelector('.rr-root')!.getAttribute('data-theme')).toBe('dark');
    const calls = style.mock.calls.length;
    h.update(badgeView(THIN_ANALYSIS));
    expect(style.mock.calls.length).toBe(calls);
  });

  it('takes the theme from where its host is about to go, before the insertion, and reads it only once', () => {
    const row = doc.getElementById('row')!;
    const style = vi.fn((el: Element) => ({ backgroundColor: el === row ? 'rgb(21, 32, 43)' : 'rgba(0, 0, 0, 0)', colorScheme: 'normal' }));
    (globalThis as { getComputedStyle: unknown }).getComputedStyle = style;
    const host = doc.createElement('span');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = doc.createElement('div');
    shadow.append(inner);
    const h = createBadge(inner, NO_ACTIONS, PANEL);
    handles.push(h);
    h.themeFrom(row);
    expect(style).toHaveBeenCalledTimes(1);
    row.append(host);
    h.update(badgeView(SAMPLE_ANALYSIS));
    h.themeFrom(doc.body);
    expect(inner.querySelector('.rr-root')!.getAttribute('data-theme')).toBe('dark');
    expect(style).toHaveBeenCalledTimes(1);
  });

  it('pageIsDark: white and transparent pages are light, a dark colour scheme is dark', () => {
    const name = doc.getElementById('name')!;
    const paint = (bg: string, scheme = 'normal') => ((globalThis as { getComputedStyle: unknown }).getComputedStyle = () => ({ backgroundColor: bg, colorScheme: scheme }));
    paint('rgb(255, 255, 255)');
    expect(pageIsDark(name)).toBe(false);
    paint('rgba(0, 0, 0, 0)');
    expect(pageIsDark(name)).toBe(false);
    paint('rgba(0, 0, 0, 0)', 'dark');
    expect(pageIsDark(name)).toBe(true);
    paint('rgb(0 0 0 / 90%)');
    expect(pageIsDark(name)).toBe(true);
  });
});
