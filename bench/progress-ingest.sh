#!/usr/bin/env bash
# Ingestion benchmark of progress-service; see bench/README.md, section "progress".
# Usage: bench/progress-ingest.sh            (10,000 users, 1,000,000 sessions, polls of 2,000)
#        BENCH_USERS=1000 BENCH_SESSIONS=100000 bench/progress-ingest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl progress-service -am install -DskipTests
./mvnw -B -q -f bench/progress/pom.xml package
exec java -Xmx4g \
  -Dbench.users="${BENCH_USERS:-10000}" -Dbench.sessions="${BENCH_SESSIONS:-1000000}" -Dbench.batch="${BENCH_BATCH:-2000}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/progress/target/classes:bench/progress/target/lib/*" app.limber.bench.progress.IngestionBench
