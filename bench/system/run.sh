#!/usr/bin/env bash
# Shared by bench/chaos.sh, bench/scale-out.sh and bench/freshness.sh: builds bench/system and the three services
# it runs (one reactor build with -Pbench), runs one of its benches with its own stack under
# bench/results/<name>-<timestamp>/, then renders the report.
# Usage: bench/system/run.sh <bench-name> <main class> <report title>
set -euo pipefail
cd "$(dirname "$0")/../.."
name=$1 main=$2 title=$3
./mvnw -B -q -Pbench -pl bench/system -am package -DskipTests
run_dir="bench/results/$name-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
status=0
BENCH_RUN_DIR="$run_dir" BENCH_REPO="$PWD" java -Xmx${BENCH_HEAP:-1g} \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/system/target/classes:bench/system/target/lib/*" "app.limber.bench.system.$main" || status=$?
# the stack's data (PostgreSQL, Kafka) is large and of no use once the verdict is out; its logs stay
if [[ -z ${BENCH_KEEP_DATA:-} ]]; then
  rm -rf "$run_dir/stack/postgres" "$run_dir/stack/kafka"
fi
if [[ -x bench/report.sh ]]; then
  bench/report.sh "$run_dir" "$title" || echo "bench/report.sh failed (the run directory is complete)" >&2
else
  echo "bench/report.sh not found; run directory: $run_dir" >&2
fi
echo "run directory: $run_dir" >&2
exit $status
