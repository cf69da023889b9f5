#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon as PNGs at the sizes the app shows it: the window
# icon (X11 takes a list of sizes) and the status pages (96 px). GTK draws
# PNGs without an SVG renderer, so a start never loads librsvg (about 6.5 MB
# of memory). Run after changing the SVG; the PNGs are committed.
#
#   build-aux/make-icon-pngs.sh      (needs rsvg-convert, package librsvg2-bin)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
icons=$top/data/icons/hicolor
for size in 16 24 32 48 64 96 128; do
  out=$icons/${size}x${size}/apps
  mkdir -p "$out"
  rsvg-convert -w "$size" -h "$size" -o "$out/io.github.limber.Limber.png" \
    "$icons/scalable/apps/io.github.limber.Limber.svg"
done
