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
