/**
 * The pill's words on canvases (components/badge-words.ts): drawn in place, the words kept as the
 * canvas's fallback content, a canvas that only widens, and plain text where a canvas cannot draw
 * or the user forces colours. Node has no canvas: a recording 2D context stands in for one.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createPillWords } from '../../../components/badge-words';

interface Drawn {
  font: string;
  text: string;
}

/** A page whose canvases draw into `drawn` (each character 6 px wide), or cannot draw (`context: false`). */
function page({ context = true, forcedColors = false } = {}) {
  const { document, window } = parseHTML('<!doctype html><html><body><button class="rr-badge"></button></body></html>');
  const drawn: Drawn[] = [];
  const proto = Object.getPrototypeOf(document.createElement('canvas')) as { getContext(type: string): unknown };
  proto.getContext = function () {
    if (!context) return null;
    const ctx = {
      font: '',
      fillStyle: '',
      textBaseline: '',
      measureText: (text: string) => ({ width: text.length * 6 }),
      setTransform() {},
      clearRect() {},
      fillText: (text: string) => drawn.push({ font: ctx.font, text }),
    };
    return ctx;
  };
  (window as unknown as { matchMedia: (q: string) => { matches: boolean } }).matchMedia = (q) => ({ matches: forcedColors && q.includes('forced-colors') });
  const button = document.querySelector('button') as unknown as HTMLElement;
  return { button, drawn };
}

const canvases = (button: HTMLElement) => Array.from(button.querySelectorAll('canvas')) as HTMLCanvasElement[];

describe('the pill’s words on canvases', () => {
  it('draws the letter and the rate, and keeps them as the canvases’ fallback text', () => {
    const { button, drawn } = page();
    const words = createPillWords(button)!;
    words.show('B', '2.3%');
    expect(drawn.map((d) => d.text)).toEqual(['B', '2.3%']);
    expect(drawn[0].font).toMatch(/^800 12px /);
    expect(drawn[1].font).toMatch(/^600 11px /);
    expect(button.textContent).toBe('B 2.3%');
    for (const c of canvases(button)) expect(c.getAttribute('aria-hidden')).toBe('true');
  });

  it('redraws in place, and only widens a canvas (a narrower rate changes no layout)', () => {
    const { button } = page();
    const words = createPillWords(button)!;
    words.show('B', '12.34%');
    const [letter, rate] = canvases(button);
    expect(rate.style.width).toBe('36px');
    words.show('B', '2.3%');
    expect(canvases(button)).toEqual([letter, rate]);
    expect(rate.style.width).toBe('36px');
    expect(rate.textContent).toBe('2.3%');
    words.show('B', '123.45%');
    expect(rate.style.width).toBe('42px');
  });

  it('takes the rate out when there is none, and puts it back', () => {
    const { button } = page();
    const words = createPillWords(button)!;
    words.show('?', undefined);
    expect(button.textContent).toBe('?');
    expect(button.querySelector('.rr-rate')).toBeNull();
    words.show('A', '4.1%');
    expect(button.textContent).toBe('A 4.1%');
  });

  it('leaves the words as text where a canvas cannot draw, or colours are forced', () => {
    expect(createPillWords(page({ context: false }).button)).toBeNull();
    expect(createPillWords(page({ forcedColors: true }).button)).toBeNull();
  });
});

describe('the pill switches to canvases at its first change', () => {
  it('shows its first words as text, and draws from the first change on', async () => {
    const { createBadge } = await import('../../../components/badge');
    const { button: host, drawn } = page();
    const container = host.ownerDocument.createElement('div');
    host.ownerDocument.body.append(container);
    const view = (letter: string, rate: string) =>
      ({ letter, rate, label: `grade ${letter}, ${rate}`, color: '#1e6b3a', verdict: 'ok', panel: {} }) as never;
    const badge = createBadge(container, { openBreakdown: () => undefined, shortlist: async () => 'ok' }, async () => undefined as never);
    badge.update(view('B', '2.3%'));
    const pill = container.querySelector('.rr-badge')!;
    expect(pill.querySelector('canvas')).toBeNull();
    expect(pill.textContent).toBe('B 2.3%');
    badge.update(view('B', '2.4%'));
    expect(pill.querySelectorAll('canvas').length).toBe(2);
    expect(pill.textContent).toBe('B 2.4%');
    expect(drawn.map((d) => d.text)).toEqual(['B', '2.4%']);
    badge.destroy();
  });
});
