/**
 * `npm run bench` measures a run again when its visit's profile missed the page (bench/profile.ts
 * profiledPage): such a profile would count the extension's visit as 0 ms.
 */
import { describe, expect, it } from 'vitest';
import { extensionMs, profiledPage, type CpuProfile } from '../../../bench/profile';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const frame = (id: number, url: string) => ({ id, callFrame: { url, functionName: 'f' } });

function profile(urls: string[]): CpuProfile {
  const nodes = [{ ...frame(1, ''), children: urls.map((_, i) => i + 2) }, ...urls.map((u, i) => frame(i + 2, u))];
  const samples = urls.map((_, i) => i + 2);
  return { nodes, startTime: 0, endTime: samples.length * 200, samples, timeDeltas: samples.map(() => 200) };
}

describe('a visit profile that missed the page', () => {
  it('is told apart from one that holds the page’s own scripts', () => {
    const page = 'https://x.com/bench_nadia';
    expect(profiledPage(profile(['https://x.com/main.js', `chrome-extension://${EXT}/content-scripts/x.js`]), page)).toBe(true);
    expect(profiledPage(profile(['https://x.com/bench_nadia']), page)).toBe(true);
    const missed = profile(['', '(program)']);
    expect(profiledPage(missed, page)).toBe(false);
    // What the bench would otherwise have counted for it.
    expect(extensionMs(missed, EXT)).toBe(0);
  });

  it('does not take another site’s scripts for the page’s', () => {
    expect(profiledPage(profile(['https://abs.twimg.com/main.js', 'https://x.com.evil.example/a.js']), 'https://x.com/u')).toBe(false);
  });
});
