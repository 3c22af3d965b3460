#!/bin/sh
# The screenshots of the README and docs, made from the bundled sample rather than by hand. Run
# from anywhere (sh docs/img/make-screenshots.sh); it rewrites the PNG files next to this script:
#   docs/img/overview.png         概览, the first page of the workbook as LibreOffice prints it
#   docs/img/report-html.png      the HTML page in Chromium at 1400 px
#   docs/img/report-html-800.png  the same page at 800 px (a laptop's half screen, a tablet)
# Needs soffice (libreoffice-calc-nogui), pdftoppm (poppler-utils), chromium and a CJK font
# (fonts-noto-cjk or fonts-wqy-zenhei). The sample is checked as of 2025-12-31, so the pictures
# do not change with the day they are made.
set -eu

img=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$img/../.." && pwd -P)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# from the root, so that the reports name the files as a user's relative paths would; the check
# fails its gate on the sample (exit code 1): that is the point of the sample
cd "$root"
./fazhi check samples/kunming-2025 --as-of 2025-12-31 --format xlsx,html -o "$work" --quiet \
  || [ $? -eq 1 ]

# ---- 概览: page 1 of the printed workbook, 1920 pixels wide
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/fazhi-report.xlsx" >/dev/null
pdftoppm -png -f 1 -l 1 -scale-to-x 1920 -scale-to-y -1 "$work/fazhi-report.pdf" "$work/overview"
cp "$work"/overview*.png "$img/overview.png"
echo "wrote $img/overview.png"

# ---- the HTML report
shot() { # width height output
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$1" --window-size="$1,$2" --virtual-time-budget=5000 \
    --screenshot="$3" "file://$work/fazhi-report.html" 2>/dev/null
}
shot 1400 1600 "$img/report-html.png"
shot 800 1600 "$img/report-html-800.png"
echo "wrote $img/report-html.png, $img/report-html-800.png"
