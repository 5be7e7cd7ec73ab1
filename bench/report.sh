#!/usr/bin/env bash
# Renders a bench run directory into its report (the contract is in bench/README.md, section "Reports"):
#
#   bench/report.sh <run-dir> "<title>"
#
# reads <run-dir>/summary.md, series.csv and (optional) events.csv, writes <run-dir>/chart.png and
# <run-dir>/report.md, and prints the report's path. Builds bench/report/ (JDK only) first when its classes are
# missing or older than its sources.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/bench/report"
MAIN_CLASS="$PROJECT/target/classes/app/limber/bench/report/RenderReport.class"

die() { echo "report: $*" >&2; exit 2; }

[[ $# -eq 2 ]] || die "usage: bench/report.sh <run-dir> \"<title>\""
RUN_DIR="$1"
TITLE="$2"
[[ -d "$RUN_DIR" ]] || die "no run directory $RUN_DIR"

if [[ ! -f "$MAIN_CLASS" || -n "$(find "$PROJECT/src/main" "$PROJECT/pom.xml" -newer "$MAIN_CLASS" -print -quit)" ]]; then
  "$ROOT/mvnw" -B -q -f "$PROJECT/pom.xml" compile >&2 || die "building $PROJECT failed"
  # compile leaves class files of unchanged sources untouched; make the check above see this build
  touch "$MAIN_CLASS"
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Djava.awt.headless=true -cp "$PROJECT/target/classes" app.limber.bench.report.RenderReport "$RUN_DIR" "$TITLE"
