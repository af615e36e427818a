#!/usr/bin/env node
/**
 * The Firefox build the e2e test installs (tests/e2e/firefox.e2e.ts): the same code with the badge's
 * shadow root open (REALREACH_OPEN_BADGE_ROOT=1, wxt.config.ts), because Firefox's driver cannot
 * reach a content script's world the way the Chromium tests do. Written to .output/firefox-mv3-e2e;
 * the shipped Firefox build (.output/firefox-mv3) keeps the root closed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const env = { ...process.env, REALREACH_OPEN_BADGE_ROOT: '1' };
const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit', env });
if (r.status !== 0) process.exit(r.status ?? 1);
rmSync('.output/firefox-mv3-e2e', { recursive: true, force: true });
cpSync('.output/firefox-mv3', '.output/firefox-mv3-e2e', { recursive: true });
// The shipped build must not keep the open root: the caller builds .output/firefox-mv3 again next.
rmSync('.output/firefox-mv3', { recursive: true, force: true });
