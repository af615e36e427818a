/**
 * scripts/compile-hint.ts: scripts injected into pages start with V8's compile hint, after
 * minification (which drops comments), with their source maps moved down by the one line.
 */
import { describe, expect, it } from 'vitest';
import { SourceMapConsumer } from 'source-map-js';
import { COMPILE_HINT, compileHint } from '../../../scripts/compile-hint';

function rendered(input: unknown, code: string, sourcemap: boolean, enabled = true) {
  const plugin = compileHint(enabled);
  plugin.options({ input });
  return plugin.renderChunk.handler(code, {}, { sourcemap });
}

describe('the compile hint on scripts injected into pages', () => {
  it('starts every content script and part with the hint', () => {
    for (const entry of ['x', 'youtube-post-reader', 'panel', 'count-units']) {
      const out = rendered({ [entry]: `/repo/.wxt/content-scripts/${entry}.content.ts` }, 'var x=(function(){return 1})();', false);
      expect(out?.code).toBe(`${COMPILE_HINT}var x=(function(){return 1})();`);
    }
  });

  it('leaves the background, popup and pages alone, and a chunk that has it already', () => {
    expect(rendered('/repo/entrypoints/background.ts', 'var b=1;', false)).toBeNull();
    expect(rendered({ popup: '/repo/entrypoints/popup/index.html' }, 'var p=1;', false)).toBeNull();
    expect(rendered({ x: '/repo/.wxt/content-scripts/x.content.ts' }, `${COMPILE_HINT}var x=1;`, false)).toBeNull();
    // The bench's idle copy (wxt.config.ts): the hint's effect is RealReach's, not the stack's.
    expect(rendered({ x: '/repo/.wxt/content-scripts/x.content.ts' }, 'var x=1;', false, false)).toBeNull();
  });

  it('moves the source map down by the line it adds', () => {
    const code = 'var x=(function(){function readPage(){return 1}return readPage})();';
    const out = rendered({ x: '/repo/.wxt/content-scripts/x.content.ts' }, code, true);
    const map = new SourceMapConsumer({ ...out!.map!, sources: ['x.js'], version: 3 } as never);
    const column = code.indexOf('readPage');
    // Line 2 of the output is line 1 of the minified chunk, column for column.
    expect(map.originalPositionFor({ line: 2, column })).toMatchObject({ line: 1, column });
  });
});
