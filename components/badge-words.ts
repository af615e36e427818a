/**
 * The pill's words (the grade letter and the rate), drawn on canvases.
 *
 * Why: any text changed in a long page costs that page's next frame about 16 ms, even inside a
 * contained, composited shadow root. Measured with bench/frame-cost.ts on the bench's X timeline
 * and Instagram grid: the browser walks its whole paint tree again (PrePaint, "compositing
 * inputs"). A colour change costs 3-4 ms, and a canvas redrawn under 1 ms. The pill changes text
 * whenever new posts move the rate, so the page would pay that frame on every change.
 *
 * The words stay in the DOM as each canvas's fallback content. It is not rendered, so it costs no
 * layout to change; assistive technology reads it together with the button's label, and so do the
 * tests. A canvas only ever widens (the widest words shown so far), so a narrower rate changes no
 * layout either.
 *
 * Plain text as before, the fallback path:
 * - where a canvas cannot draw (no 2D context: Node, some locked-down browsers);
 * - when the user forces colours (high contrast): a canvas would keep our colours, text takes theirs.
 */

/** components/badge.css: .rr-root's font, .rr-letter's weight and size, .rr-rate's weight. */
const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const LETTER_FONT = `800 12px ${FAMILY}`;
const RATE_FONT = `600 11px ${FAMILY}`;
/** The line box of the pill's text (css: line-height 16px), in CSS pixels. */
const HEIGHT = 16;

/** The pill's letter and rate on canvases, inside `button`; null where they cannot be drawn (then: text). */
export interface PillWords {
  /** Shows the words; the rate is taken out of the pill when there is none. */
  show(letter: string, rate: string | undefined): void;
}

interface Painter {
  draw(text: string): void;
}

/** One canvas in `host`, drawing `text` in `font`; null when this browser cannot draw one. */
function painter(host: HTMLElement, font: string): Painter | null {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!win || win.matchMedia?.('(forced-colors: active)').matches) return null;
  const canvas = doc.createElement('canvas');
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
  } catch {
    ctx = null;
  }
  if (!ctx) return null;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = `display:block;height:${HEIGHT}px;width:0`;
  host.append(canvas);
  let width = 0;
  let scale = 0;
  return {
    draw(text) {
      const ratio = win.devicePixelRatio || 1;
      ctx.font = font;
      const needed = Math.ceil(ctx.measureText(text).width);
      // Widen only (a layout); the same or narrower words redraw in place (none).
      if (needed > width) {
        width = needed;
        canvas.style.width = `${width}px`;
      }
      if (scale !== ratio || canvas.width !== Math.round(width * ratio)) {
        scale = ratio;
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(HEIGHT * ratio);
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, HEIGHT);
      ctx.font = font; // resizing a canvas resets its state
      ctx.fillStyle = '#fff'; // .rr-badge's colour, on every verdict colour
      ctx.textBaseline = 'middle';
      ctx.fillText(text, 0, HEIGHT / 2 + 0.5);
      canvas.textContent = text;
    },
  };
}

export function createPillWords(button: HTMLElement): PillWords | null {
  const doc = button.ownerDocument;
  const letter = doc.createElement('span');
  letter.className = 'rr-letter';
  const rate = doc.createElement('span');
  rate.className = 'rr-rate';
  const letterPainter = painter(letter, LETTER_FONT);
  const ratePainter = letterPainter && painter(rate, RATE_FONT);
  if (!letterPainter || !ratePainter) return null;
  // The space is not rendered in the pill (an inline-flex row with its own gap); it keeps the
  // fallback words apart ("B 2.3%") for whoever reads them.
  const gap = doc.createTextNode(' ');
  button.replaceChildren(letter);
  return {
    show(letterText, rateText) {
      letterPainter.draw(letterText);
      if (rateText === undefined) {
        gap.remove();
        rate.remove();
        return;
      }
      ratePainter.draw(rateText);
      if (!rate.parentNode) button.append(gap, rate);
    },
  };
}
