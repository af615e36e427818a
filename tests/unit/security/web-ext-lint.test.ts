/**
 * Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on the Firefox MV3 build:
 * no errors, and every warning is one explained here (and in the README). The build is made by this
 * test (wxt build -b firefox --mv3, into artifacts/lint), so it always lints the current sources;
 * its bundles also get the eval / Function scan.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/shared';
import { scanBundles } from './build';

const OUT = resolve(REPO_ROOT, 'artifacts/lint/firefox-mv3');

/** Warnings that are understood and accepted: [code, file pattern, why]. */
export const EXPLAINED_WARNINGS: [string, RegExp, string][] = [
  [
    'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    /^manifest\.json$/,
    'browser_specific_settings.gecko.data_collection_permissions (AMO requires it for new add-ons) exists since Firefox 140; strict_min_version is 128, where the key is ignored.',
  ],
  [
    'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    /^manifest\.json$/,
    'The same key on Firefox for Android, supported since 142.',
  ],
  [
    'UNSAFE_VAR_ASSIGNMENT',
    // Only the extension's own pages: the content scripts, which run inside web pages, carry no Preact and no innerHTML at all.
    /^chunks\/[\w-]+\.js$/,
    "Preact's renderer (popup, shortlist and settings pages) carries the code path of dangerouslySetInnerHTML (`el.innerHTML = props.dangerouslySetInnerHTML.__html`); no source uses that prop (tests/unit/security/sources.test.ts), so it never runs.",
  ],
];

interface LintMessage {
  code: string;
  file?: string;
  message: string;
  description?: string;
}

let result: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

describe('web-ext lint on the Firefox MV3 build', () => {
  beforeAll(() => {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '-c', 'tests/unit/security/wxt.lint.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`Firefox build failed:\n${build.stderr}`);
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', OUT, '--output', 'json', '--no-config-discovery'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const json = lint.stdout.slice(lint.stdout.indexOf('{'));
    result = JSON.parse(json);
  }, 180_000);

  it('reports no errors', () => {
    expect(result.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
  });

  it('reports only explained warnings', () => {
    const unexplained = result.warnings.filter((w) => !EXPLAINED_WARNINGS.some(([code, file]) => code === w.code && file.test(w.file ?? '')));
    expect(unexplained.map((w) => `${w.code} ${w.file}: ${w.message} ${w.description ?? ''}`)).toEqual([]);
    console.info(`web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings (${[...new Set(result.warnings.map((w) => w.code))].join(', ')}), ${result.notices.length} notices`);
  });

  it('lints a build whose bundles make no code from strings', () => {
    expect(scanBundles(OUT)).toEqual([]);
  });
});
