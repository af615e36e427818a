/** The extension's icons: every size the manifest names exists, light and dark, as a PNG of that size. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared';

const SIZES = [16, 32, 48, 96, 128];
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('icons', () => {
  it.each(['icon', 'icon-dark'])('%s: toolbar and store sizes', (dir) => {
    for (const size of SIZES) expect(pngSize(resolve(REPO_ROOT, 'public', dir, `${size}.png`)), `${dir}/${size}.png`).toEqual({ width: size, height: size });
  });
  it('the manifest names them (light and, for Firefox dark toolbars, theme icons)', () => {
    const config = readFileSync(resolve(REPO_ROOT, 'wxt.config.ts'), 'utf8');
    for (const size of SIZES) expect(config).toContain(`${size}: 'icon/${size}.png'`);
    expect(config).toMatch(/theme_icons/);
  });
});
