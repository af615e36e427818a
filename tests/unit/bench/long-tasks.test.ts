/**
 * `npm run bench` counts the long tasks RealReach caused (bench/profile.ts longTasksCaused): a task
 * over 50 ms that held the extension's own samples and would not have been long without them.
 */
import { describe, expect, it } from 'vitest';
import { longTasksCaused, type CpuProfile, type MarkedProfile } from '../../../bench/profile';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * A window sampled every 200 µs from profile time 1,000,000 µs, lined up with the page's clock
 * (offset 0): sample i is at page time 1000 + 0.2 * (i + 1) ms. `ours(t)` says whether the sample
 * t ms into the window is the extension's.
 */
function window_(ms: number, ours: (pageMs: number) => boolean): MarkedProfile {
  const nodes = [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3] },
    { id: 2, callFrame: { url: 'https://page.example/app.js', functionName: 'render' } },
    { id: 3, callFrame: { url: `chrome-extension://${EXT}/content-scripts/x.js`, functionName: 'read' } },
  ];
  const n = Math.round(ms / 0.2);
  const samples = Array.from({ length: n }, (_, i) => (ours(0.2 * (i + 1)) ? 3 : 2));
  const profile: CpuProfile = { nodes, startTime: 1_000_000, endTime: 1_000_000 + n * 200, samples, timeDeltas: samples.map(() => 200) };
  return { profile, offsetMs: 0 };
}

describe('long tasks caused', () => {
  it('counts a task the extension pushed over 50 ms, not the page’s own long task it ran inside', () => {
    const w = window_(2000, (t) => (t >= 1100 && t < 1110) || (t >= 1500 && t < 1502));
    const pushed = { start: 2090, duration: 55 }; // 10 ms of ours: 45 without
    const own = { start: 2490, duration: 80 }; // 2 ms of ours: 78 without, the page's
    const none = { start: 2700, duration: 60 };
    expect(longTasksCaused([pushed], [w], EXT)).toBe(1);
    expect(longTasksCaused([own, none], [w], EXT)).toBe(0);
    expect(longTasksCaused([pushed, own, none], [w], undefined)).toBe(0);
  });

  it('attributes nothing in a window whose clock could not be lined up', () => {
    const w = window_(2000, () => true);
    expect(longTasksCaused([{ start: 1100, duration: 60 }], [{ ...w, offsetMs: null }], EXT)).toBe(0);
    expect(longTasksCaused([{ start: 1100, duration: 60 }], [w], EXT)).toBe(1);
  });
});
