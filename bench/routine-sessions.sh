#!/usr/bin/env bash
# Session write benchmark: POST /sessions at a constant arrival rate against the running stack.
#
#   ./limber up -d && bench/routine-sessions.sh            (then ./limber down)
#
# Runs bench/RoutineSessionBench.java (single-file Java, no build): 10 s warm-up, then 30 s steps at a
# constant arrival rate (50/s, doubling, then bisecting) to find the highest rate whose p99 stays under
# 50 ms with no failed request; then the same transaction straight on the stack's routine database
# (JDBC, on one connection and on 8, 15 s each); then the outbox publish lag p50/p99 from the service's /q/metrics.
# Prints a Markdown table. Sessions are recorded for bench users "bench-<run>-<n>"; their events really
# are published (progress-service counts them). The raw database rows are deleted afterwards.
# Environment: BENCH_STEP_SECONDS (30), BENCH_START_RATE (50), BENCH_P99_MS (50), BENCH_RAW_THREADS (8),
# BENCH_RAW_SECONDS (15), BENCH_BASE (the routine URL from the ready file, else http://localhost:8082).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK_DIR="${LIMBER_WORK_DIR:-$ROOT/.limber}"
READY_FILE="$WORK_DIR/ready"
LIB_DIR="$ROOT/routine-service/target/quarkus-app/lib/main"

die() { echo "routine-sessions: $*" >&2; exit 1; }

[[ -f "$READY_FILE" ]] || die "no running stack (no $READY_FILE); start one with ./limber up -d"
DRIVER="$(ls "$LIB_DIR"/org.postgresql.postgresql-*.jar 2>/dev/null | head -n 1)"
[[ -n "$DRIVER" ]] || die "no PostgreSQL driver in $LIB_DIR; run ./mvnw -B -pl routine-service -am package -DskipTests"

JDBC="$(awk '$1 == "postgres" {print $2; exit}' "$READY_FILE")"
PG_USER="$(sed -n 's/.*(user \([^,]*\),.*/\1/p' "$READY_FILE" | head -n 1)"
ROUTINE_URL="$(awk '$1 == "routine" {print $2; exit}' "$READY_FILE")"
[[ -n "$JDBC" && -n "$PG_USER" ]] || die "cannot read postgres from $READY_FILE"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export BENCH_BASE="${BENCH_BASE:-${ROUTINE_URL:-http://localhost:8082}}"
export BENCH_JDBC="${JDBC/<db>/routine}"
export BENCH_JDBC_USER="$PG_USER"
export BENCH_JDBC_PASSWORD="${LIMBER_POSTGRES_PASSWORD:-postgres}"
export BENCH_KEY="$WORK_DIR/keys/private-key.pem"
curl -fsS "$BENCH_BASE/q/health/ready" >/dev/null || die "routine-service at $BENCH_BASE is not ready"
echo "routine-sessions: $BENCH_BASE, $BENCH_JDBC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exec "$JAVA" -Xmx256m -cp "$DRIVER" "$ROOT/bench/RoutineSessionBench.java"
