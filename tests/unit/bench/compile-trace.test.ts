/**
 * `npm run bench` adds the compile of the extension's injected scripts (bench/trace.ts), which the
 * sampling profiler cannot see, to its own time: in the visit, while scrolling, and in the long
 * tasks it caused.
 */
import { describe, expect, it } from 'vitest';
import { longTasksCaused, type CpuProfile } from '../../../bench/profile';
import { compileMs, compileSpans, ownThreadMs } from '../../../bench/trace';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const compile = (url: string, ts: number, dur: number) => ({ name: 'v8.compile', ph: 'X', ts, dur, args: { data: { url } } });

describe('compiles from a trace', () => {
  it('takes whole-script compiles with their address, nothing else', () => {
    const spans = compileSpans([
      compile(`chrome-extension://${EXT}/content-scripts/x.js`, 1_000, 4_200),
      { name: 'v8.run', ph: 'X', ts: 5_200, dur: 1_700, args: { data: { url: `chrome-extension://${EXT}/content-scripts/x.js` } } },
      { name: 'v8.compile', ph: 'B', ts: 9_000, args: { data: { url: `chrome-extension://${EXT}/a.js` } } },
      { name: 'v8.compile', ph: 'X', ts: 9_000, dur: 100, args: {} },
      compile('https://x.com/main.js', 20_000, 30_000),
    ]);
    expect(spans).toEqual([
      { url: `chrome-extension://${EXT}/content-scripts/x.js`, startUs: 1_000, durUs: 4_200 },
      { url: 'https://x.com/main.js', startUs: 20_000, durUs: 30_000 },
    ]);
  });

  it('counts only the extension’s own scripts', () => {
    const spans = compileSpans([
      compile(`chrome-extension://${EXT}/content-scripts/x.js`, 0, 4_000),
      compile(`chrome-extension://${EXT}/content-scripts/count-units.js`, 9_000, 500),
      compile(`chrome-extension://${OTHER}/content.js`, 20_000, 30_000),
      compile(`https://x.com/?chrome-extension://${EXT}/`, 60_000, 7_000),
    ]);
    expect(compileMs(spans, EXT)).toBeCloseTo(4.5);
    expect(compileMs(spans, OTHER)).toBeCloseTo(30);
    expect(compileMs(spans, undefined)).toBe(0);
  });
});

describe('long tasks caused by a compile', () => {
  // A window with no sample of the extension at all, on the page's clock (offset 0).
  const profile: CpuProfile = { nodes: [{ id: 1, callFrame: { url: '', functionName: '(program)' } }], startTime: 1_000_000, endTime: 3_000_000, samples: [1], timeDeltas: [200] };
  const task = { start: 2_000, duration: 56 };

  it('counts a task its script’s compile made long', () => {
    const window = { profile, offsetMs: 0, compiles: [{ url: `chrome-extension://${EXT}/content-scripts/x.js`, startUs: 2_010_000, durUs: 8_000 }] };
    expect(longTasksCaused([task], [window], EXT)).toBe(1);
    // Without the compile the window holds nothing of the extension's.
    expect(longTasksCaused([task], [{ profile, offsetMs: 0 }], EXT)).toBe(0);
  });

  it('counts only the part of a compile inside the task, and not another script’s', () => {
    const late = { profile, offsetMs: 0, compiles: [{ url: `chrome-extension://${EXT}/content-scripts/x.js`, startUs: 2_054_000, durUs: 8_000 }] };
    expect(longTasksCaused([task], [late], EXT)).toBe(0); // 2 ms inside: 54 without
    const page = { profile, offsetMs: 0, compiles: [{ url: 'https://x.com/main.js', startUs: 2_010_000, durUs: 30_000 }] };
    expect(longTasksCaused([task], [page], EXT)).toBe(0);
  });
});

describe('an extension’s own thread time from a trace (bench:visit --trace)', () => {
  const url = `chrome-extension://${EXT}/content-scripts/x.js`;
  const ev = (name: string, ts: number, dur: number, tdur: number, data: Record<string, unknown>, tid = 1) => ({ name, ph: 'X', ts, dur, tdur, tid, args: { data } });

  it('adds up its outermost events’ thread time, once each, and tells the compile apart', () => {
    const events = [
      ev('EvaluateScript', 0, 9_000, 5_500, { url }),
      ev('v8.compile', 100, 4_000, 3_800, { url }), // inside the evaluation: counted once
      ev('v8.run', 4_200, 1_800, 1_700, { url }),
      ev('FunctionCall', 20_000, 6_000, 4_500, { url }),
      ev('FunctionCall', 40_000, 500, 400, { url: `chrome-extension://${OTHER}/c.js` }),
      ev('FunctionCall', 50_000, 500, 300, { url: 'https://x.com/main.js', stackTrace: [{ url }] }),
      { name: 'FunctionCall', ph: 'B', ts: 60_000, args: { data: { url } } },
    ];
    const own = ownThreadMs(events, EXT);
    expect(own.totalMs).toBeCloseTo(5.5 + 4.5 + 0.3);
    expect(own.compileMs).toBeCloseTo(3.8);
    expect(ownThreadMs(events, OTHER).totalMs).toBeCloseTo(0.4);
  });

  it('counts events on another thread that overlap in time', () => {
    const events = [ev('FunctionCall', 0, 5_000, 2_000, { url }, 1), ev('FunctionCall', 1_000, 1_000, 700, { url }, 2)];
    expect(ownThreadMs(events, EXT).totalMs).toBeCloseTo(2.7);
  });
});
