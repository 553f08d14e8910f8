#!/usr/bin/env bash
# The screenshot of docs/annotate.md: `minzheng show --html` on the sample report, opened in
# a real headless browser (Debian's chromium, with fonts-noto-cjk for the Chinese text).
#   apt-get install -y chromium fonts-noto-cjk
#   bash docs/screenshot_annotate.sh            # writes docs/_static/annotated-report.png
set -euo pipefail
cd "$(dirname "$0")/.."
page=$(mktemp --suffix=.html)
trap 'rm -f "$page"' EXIT
"${MINZHENG:-.venv/bin/minzheng}" show examples/sample_report.txt --html "$page"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --hide-scrollbars --window-size=1000,1500 --screenshot=docs/_static/annotated-report.png \
  "file://$page" 2>/dev/null
test -s docs/_static/annotated-report.png
echo "wrote docs/_static/annotated-report.png"
