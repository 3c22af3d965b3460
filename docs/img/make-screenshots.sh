#!/usr/bin/env bash
# The screenshots of the reports in the documentation, made from the bundled sample rather than
# by hand: run from anywhere, it rewrites the PNG files next to this script.
#   docs/img/report-html.png      the HTML page in Chromium at 1400 px
#   docs/img/report-html-800.png  the same page at 800 px (a laptop's half screen, a tablet)
# Needs: chromium (headless). The sample is checked as of 2025-12-31, so the pictures do not
# change with the day they are made.
set -euo pipefail

img="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$img/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# from the root, so that the report names the files as a user's relative paths would
cd "$root"
# the check fails its gate on the sample (exit code 1): that is the point of the sample
./fazhi check samples/kunming-2025 --as-of 2025-12-31 --format html -o "$work" --no-color || [[ $? -eq 1 ]]

# ---- HTML report
shot() { # width height output
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$1" --window-size="$1,$2" --virtual-time-budget=5000 \
    --screenshot="$3" "file://$work/fazhi-report.html" 2>/dev/null
}
shot 1400 1600 "$img/report-html.png"
shot 800 1600 "$img/report-html-800.png"
echo "written: $img/report-html.png, $img/report-html-800.png"
