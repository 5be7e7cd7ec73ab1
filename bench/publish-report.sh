#!/usr/bin/env bash
# Copies a run directory's report into bench/reports/ as the reference that bench/README.md quotes and links to.
# Usage: bench/publish-report.sh bench/results/<bench>-<time> <name>   → bench/reports/<name>.md and .png
# The "## History" section of an existing bench/reports/<name>.md (the bench's earlier runs) is kept at the end;
# add the replaced run's figures to it, and update the figure in bench/README.md's table.
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 <run-dir> <name>" >&2; exit 2; }
RUN_DIR="$1"
NAME="$2"
REPORTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/reports"
[[ -f "$RUN_DIR/report.md" && -f "$RUN_DIR/chart.png" ]] || { echo "$RUN_DIR has no report.md and chart.png; run bench/report.sh first" >&2; exit 2; }
mkdir -p "$REPORTS"
HISTORY=""
if [[ -f "$REPORTS/$NAME.md" ]]; then
  HISTORY="$(sed -n '/^## History$/,$p' "$REPORTS/$NAME.md")"
fi
cp "$RUN_DIR/chart.png" "$REPORTS/$NAME.png"
sed "s/(chart\.png)/($NAME.png)/" "$RUN_DIR/report.md" >"$REPORTS/$NAME.md"
if [[ -n "$HISTORY" ]]; then
  printf '\n%s\n' "$HISTORY" >>"$REPORTS/$NAME.md"
fi
echo "$REPORTS/$NAME.md"
