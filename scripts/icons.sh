#!/usr/bin/env bash
# Rasterises the extension's icons from assets/icon/*.svg with Debian's rsvg-convert (librsvg2-bin):
# toolbar sizes 16 and 32, 48 for the extensions page, 96 and 128 for the stores; the light tile for
# light toolbars and the stores, the dark variant for dark toolbars (Firefox's theme_icons).
# The PNGs are committed; run this again only after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
mkdir -p public/icon public/icon-dark
for size in 16 32 48 96 128; do
  rsvg-convert -w "$size" -h "$size" assets/icon/icon.svg -o "public/icon/$size.png"
  rsvg-convert -w "$size" -h "$size" assets/icon/icon-dark.svg -o "public/icon-dark/$size.png"
done
echo "icons written to public/icon and public/icon-dark"
