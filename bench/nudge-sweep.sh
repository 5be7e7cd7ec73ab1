#!/usr/bin/env bash
# Nudge sweep benchmark of progress-service; see bench/README.md, section "Nudge sweep".
# Usage: bench/nudge-sweep.sh                     (100,000 users in 24 zones, plans up to 12 weeks old)
#        BENCH_USERS=24000 BENCH_WARMUP_USERS=4800 bench/nudge-sweep.sh
#        BENCH_SERVICE_JVM_OPTS='-XX:StartFlightRecording=filename=/tmp/sweep.jfr' bench/nudge-sweep.sh
# Builds the bench variant of progress-service (-Dlimber.bench.enabled=true, a build-time switch: only that build has
# POST /bench/nudge-sweep) into progress-service/target/quarkus-bench-app, next to the quarkus-app every other build
# and deployment runs, and bench/progress. Needs no local stack. Leaves its run in
# bench/results/nudge-sweep-<UTC time>/ and renders it with bench/report.sh (summary.md, series.csv, events.csv,
# chart.png, report.md). Exit code 1 when a sweep did not do what progress-service's rules predict.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${BENCH_USERS:-100000}"
RUN_DIR="bench/results/nudge-sweep-$(date -u +%Y%m%d-%H%M%S)"
./mvnw -B -q -Pbench -pl progress-service,bench/progress -am package -DskipTests -Dlimber.bench.enabled=true \
  -Dquarkus.package.output-directory=quarkus-bench-app
status=0
java -Xmx"${BENCH_HEAP:-3g}" \
  -Dbench.users="$USERS" -Dbench.warmup-users="${BENCH_WARMUP_USERS:-24000}" \
  -Dbench.plan-weeks="${BENCH_PLAN_WEEKS:-12}" -Dbench.service-heap="${BENCH_SERVICE_HEAP:-256m}" \
  -Dbench.service-jvm-options="${BENCH_SERVICE_JVM_OPTS:-}" -Dbench.sweep-workers="${BENCH_SWEEP_WORKERS:-2}" \
  -Dbench.out="$RUN_DIR" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/progress/target/classes:bench/progress/target/lib/*" app.limber.bench.progress.NudgeSweepBench || status=$?
if [[ -f "$RUN_DIR/summary.md" ]]; then
  bench/report.sh "$RUN_DIR" "Nudge sweep, $USERS users in 24 zones, $(date -u '+%Y-%m-%d %H:%M') UTC"
fi
exit "$status"
