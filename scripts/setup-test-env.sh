#!/usr/bin/env bash
# Sets up a fresh Debian machine to run RealReach's tests: Debian's Chromium and Firefox ESR (for
# the real-browser tests; Firefox is driven over WebDriver BiDi by puppeteer-core, no browser
# download) and the npm packages (which bring Node 24 for every `npm run`). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Debian's chromium (needed by the e2e tests)..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if ! command -v firefox-esr >/dev/null 2>&1 && [ -z "${FIREFOX_PATH:-}" ]; then
  echo "Installing Debian's firefox-esr (needed by the Firefox e2e smoke)..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
fi

# `npm install`, not `npm ci`: this registry lacks the other platforms' optional binaries (rollup,
# rolldown), which leaves them out of the lock file, and `npm ci` then calls the lock out of sync.
npm install --no-audit --no-fund
