#!/usr/bin/env bash
# Ingestion benchmark of progress-service; see bench/README.md, section "progress".
# Usage: bench/progress-ingest.sh            (10,000 users, 1,000,000 sessions, polls of 2,000, milestones on then off)
#        BENCH_USERS=1000 BENCH_SESSIONS=100000 bench/progress-ingest.sh
#        BENCH_MILESTONES=on bench/progress-ingest.sh      (one ingestion only; off,on reverses the order)
#        BENCH_MILESTONES=off,on,on,off bench/progress-ingest.sh  (each mode twice, mirrored: the on / off ratio pools each
#                                                           mode's runs, so the machine's drift weighs on both)
#        BENCH_REBUILD=off bench/progress-ingest.sh        (no timed POST /admin/rebuild after the first ingestion)
#        BENCH_SEALED=off bench/progress-ingest.sh         (plain payloads instead of sealed ones; on,off ingests both in one run:
#                                                           what sealing costs)
#        BENCH_STATEMENTS=on bench/progress-ingest.sh      (PostgreSQL's time per statement, from pg_stat_statements)
#        BENCH_PG_SETTINGS='shared_buffers=4GB;max_wal_size=8GB' bench/progress-ingest.sh  (PostgreSQL server settings, name=value;...)
#        BENCH_SERVICE_JVM_OPTS='-XX:StartFlightRecording=filename=/tmp/ingest.jfr' bench/progress-ingest.sh
# Leaves its run in bench/results/progress-ingest-<UTC time>/ and renders it with bench/report.sh
# (summary.md, series.csv, events.csv, chart.png, report.md).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${BENCH_USERS:-10000}"
SESSIONS="${BENCH_SESSIONS:-1000000}"
RUN_DIR="bench/results/progress-ingest-$(date -u +%Y%m%d-%H%M%S)"
# progress-service's jar (the service under test) and bench/progress with what it uses, in one reactor build
./mvnw -B -q -Pbench -pl progress-service,bench/progress -am package -DskipTests
java -Xmx4g \
  -Dbench.users="$USERS" -Dbench.sessions="$SESSIONS" -Dbench.batch="${BENCH_BATCH:-2000}" \
  -Dbench.milestones="${BENCH_MILESTONES:-on,off}" -Dbench.rebuild="${BENCH_REBUILD:-on}" -Dbench.sealed="${BENCH_SEALED:-on}" \
  -Dbench.statements="${BENCH_STATEMENTS:-off}" -Dlimber.postgres.settings="${BENCH_PG_SETTINGS:-}" \
  -Dbench.service-jvm-options="${BENCH_SERVICE_JVM_OPTS:-}" \
  -Dbench.out="$RUN_DIR" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/progress/target/classes:bench/progress/target/lib/*" app.limber.bench.progress.IngestionBench
bench/report.sh "$RUN_DIR" "Progress ingestion, $USERS users, $SESSIONS sessions, $(date -u '+%Y-%m-%d %H:%M') UTC"
