#!/usr/bin/env node
/**
 * `npm test`: every check, in order, with one closing line `N passed, N failed, N skipped`
 * (what CI reads). Steps: typecheck, both builds, unit + conformance tests, real-browser e2e
 * (Chromium, and Firefox ESR for tests/e2e/firefox.e2e.ts, which needs the Firefox build).
 * Each vitest run writes a JSON report to artifacts/, from which the totals are summed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`npm test needs Node >= 22 (this is ${process.versions.node}); run it through npm after npm install.`);
  process.exit(1);
}

mkdirSync('artifacts', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

/** A step that is one check: it passes or fails as a whole. */
function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
  return ok;
}

/** A vitest run: its tests are counted one by one from its JSON report. */
function vitest(label, args) {
  const report = `artifacts/vitest-${label}.json`;
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    totals.failed++;
    failures.push(`${label} (no report: the run crashed)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count: count it as a failure.
  const brokenSuites = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  totals.failed += brokenSuites;
  // Vitest also exits non-zero for errors outside any test (an unhandled rejection): count one.
  if (!ok && !r.numFailedTests && !brokenSuites) totals.failed++;
  if (!ok || r.numFailedTests || brokenSuites) failures.push(label);
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
// The Firefox e2e test runs a copy whose badge root is open (wxt.config.ts): built first, set aside,
// then the real Firefox build is made over it.
const built =
  step('build (chrome)', 'npx', ['wxt', 'build']) &
  step('build (firefox, e2e copy)', 'node', ['scripts/build-firefox-e2e.mjs']) &
  step('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
vitest('unit', []);
if (built) vitest('e2e', ['-c', 'vitest.e2e.config.ts']);
else {
  totals.failed++;
  failures.push('e2e (not run: the build failed)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
