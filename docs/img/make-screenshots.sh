#!/bin/sh
# Regenerates the screenshots of the README and docs from the bundled sample:
#   docs/img/overview.png  — 概览, the first page of the workbook as LibreOffice prints it.
# Needs soffice (libreoffice-calc-nogui), pdftoppm (poppler-utils) and a CJK font
# (fonts-noto-cjk or fonts-wqy-zenhei). Run from anywhere: sh docs/img/make-screenshots.sh
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd -P)
img=$root/docs/img
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The workbook of the sample, as of the sample's date (the check fails its gate: exit code 1).
"$root/fazhi" check "$root/samples/kunming-2025" --as-of 2025-12-31 --format xlsx \
  -o "$work/fazhi-report.xlsx" --quiet || [ $? -eq 1 ]

# 概览: page 1 of the printed workbook, 1920 pixels wide.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/fazhi-report.xlsx" >/dev/null
pdftoppm -png -f 1 -l 1 -scale-to-x 1920 -scale-to-y -1 "$work/fazhi-report.pdf" "$work/overview"
cp "$work"/overview*.png "$img/overview.png"
echo "wrote $img/overview.png"

# The HTML report's screenshot goes here (headless Chromium on the sample's HTML report).
