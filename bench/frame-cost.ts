/**
 * What one change to a badge costs the page's next frame: `npx tsx bench/frame-cost.ts`.
 *
 * On the bench's own long pages (bench/synthetic: X's 2,000-post timeline, Instagram's 1,000-tile
 * grid; no extension), a badge-like button in a shadow root is put beside the account's name, and
 * changed in one way 30 times, each right after a frame. Printed: the median time from the change to
 * the end of the frame that paints it (16.7 ms is a frame with nothing to do). This is what led to
 * drawing the pill's words on canvases (components/badge-words.ts): a text change made the browser
 * walk the page's whole paint tree again, whatever the badge's containment or layer.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/extension';
import { instagramReels } from './synthetic/instagram';
import { xTimeline } from './synthetic/x';

/** Each way of changing the badge: the host's style, how it is set up, how it changes. */
const WAYS: Record<string, { hostStyle: string; setup: string; change: string }> = {
  'text (as before)': { hostStyle: '', setup: '', change: `b.textContent = words` },
  'text, contain: strict': {
    hostStyle: 'display:inline-block;contain:strict;width:6em;height:1.4em;overflow:hidden',
    setup: '',
    change: `b.textContent = words`,
  },
  'text, own layer': { hostStyle: 'display:inline-block;will-change:transform', setup: '', change: `b.textContent = words` },
  'colour only': { hostStyle: '', setup: '', change: `b.style.background = i % 2 ? '#1e6b3a' : '#8a5a00'` },
  'canvas + fallback text (now)': {
    hostStyle: '',
    setup: `b.textContent = ''; const c = document.createElement('canvas'); c.width = 160; c.height = 32; c.style.cssText = 'width:80px;height:16px'; b.append(c);`,
    change: `const c = b.firstChild, x = c.getContext('2d'); x.clearRect(0, 0, 160, 32); x.font = '22px sans-serif'; x.fillText(words, 0, 24); c.textContent = words`,
  },
};

const FRAME = `() => new Promise((resolve) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); }))`;

function measure(way: (typeof WAYS)[string] | null): string {
  return `(async () => {
    const frame = ${FRAME};
    document.getElementById('rr-frame-cost')?.remove();
    const anchor = document.querySelector('[data-testid="UserName"] div[dir], header h2');
    const host = document.createElement('span');
    host.id = 'rr-frame-cost';
    host.setAttribute('style', ${JSON.stringify(way?.hostStyle ?? '')});
    const b = document.createElement('button');
    b.textContent = 'B 1.00%';
    host.attachShadow({ mode: 'open' }).append(b);
    anchor.append(host);
    ${way?.setup ?? ''}
    await frame(); await frame();
    const times = [];
    for (let i = 0; i < 30; i++) {
      await frame();
      const start = performance.now();
      const words = 'B ' + (1 + i / 100).toFixed(2) + '%';
      ${way ? way.change : ''};
      times.push((await frame()) - start);
    }
    times.sort((a, b) => a - b);
    return times[15];
  })()`;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const site of [xTimeline(), instagramReels()]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/*', (route) => (route.request().url() === site.url ? route.fulfill({ body: site.html, contentType: 'text/html' }) : route.abort()));
    await page.goto(site.url);
    await page.evaluate(`window.__bench.run(${site.total}, ${site.batch}, 5)`);
    console.log(`${site.site} (${site.total} posts), median ms from the change to the end of its frame:`);
    console.log(`  ${'nothing changed'.padEnd(30)} ${((await page.evaluate(measure(null))) as number).toFixed(1)}`);
    for (const [name, way] of Object.entries(WAYS)) console.log(`  ${name.padEnd(30)} ${((await page.evaluate(measure(way))) as number).toFixed(1)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
