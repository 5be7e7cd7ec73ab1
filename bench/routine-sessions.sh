#!/usr/bin/env bash
# Session write benchmark: POST /sessions at a constant arrival rate against a routine-service of its own.
#
#   ./limber up -d && bench/routine-sessions.sh            (then ./limber down)
#
# Starts one extra routine process from the packaged jar on a free port, against the running stack's
# PostgreSQL and Kafka, with the JVM options a deployment uses (the Dockerfile's: the full JIT; the stack
# runs its services on the C1 compiler only, which starts faster but leaves RSA signature checks and the
# rest unoptimised) and the stack's heap (256m). Its outbox relay publishes what it writes.
# Then app.limber.bench.routine.RoutineSessionBench (bench/routine, built here with -Pbench; tokens from the
# infrastructure kit's signer, load from bench/common's socket client): a warm-up (BENCH_WARMUP_SECONDS, 60, at
# rising rates, long enough for the JIT to settle), then 30 s steps at a constant arrival rate (50/s, doubling,
# then bisecting) to find the highest rate whose p99 stays under 50 ms with no failed request; then the same
# transaction straight on the stack's routine database (JDBC, on one connection and on 8, 15 s each); and
# the outbox publish lag p50/p99 from the service's /q/metrics. Prints a Markdown table and leaves a run
# directory bench/results/routine-sessions-<UTC time>/ with report.md and chart.png.
# Sessions are recorded for bench users "bench-<run>-<n>"; their events really are published (progress-service
# counts them). The raw database rows are deleted afterwards.
# Environment: BENCH_STEP_SECONDS (30), BENCH_START_RATE (50), BENCH_P99_MS (50), BENCH_RAW_THREADS (8),
# BENCH_RAW_SECONDS (15), BENCH_WARMUP_SECONDS (60), BENCH_WARMUP_RATES (100,200,400,800: a slower machine needs
# rates it can answer, or the warm-up queue spills into the first step), BENCH_FIXED_RATE (one step at that rate, e.g. while profiling),
# BENCH_HEAP (256m), BENCH_JVM_OPTS (replaces the JVM options of the bench routine).
#
#   BENCH_SEALED=on,off bench/routine-sessions.sh       (what sealing events costs a write, ADR 0014)
#
# starts two bench routines side by side instead, one sealing the events it publishes and one publishing them plain
# (LIMBER_PRIVACY_SEAL_EVENTS=false), warms both up, and runs each one's rate search in lockstep, a step of one then a
# step of the other, each with users of its own; no raw transaction. Every step also reports the CPU the service
# process spent per created session (from /proc/<pid>/stat), the steadier figure of the two.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_MODULE="$ROOT/bench/routine"

die() { echo "routine-sessions: $*" >&2; exit 1; }
# shellcheck source=lib/bench-service.sh
source "$ROOT/bench/lib/bench-service.sh"

read_stack
(cd "$ROOT" && ./mvnw -B -q -Pbench -pl bench/routine -am package -DskipTests) || die "building bench/routine failed"
trap stop_bench_service EXIT
JVM_OPTS="${BENCH_JVM_OPTS:--Xmx${BENCH_HEAP:-256m}}"
case "${BENCH_SEALED:-on}" in
  on) start_bench_service routine routine "$JVM_OPTS" ;;
  off) start_bench_service routine routine "$JVM_OPTS" LIMBER_PRIVACY_SEAL_EVENTS=false ;;
  on,off | off,on)
    variants=""
    for sealed in ${BENCH_SEALED//,/ }; do
      if [[ "$sealed" == on ]]; then
        start_bench_service routine routine "$JVM_OPTS"
        variants+="sealed=$BASE@$BENCH_SERVICE_PID "
      else
        start_bench_service routine routine "$JVM_OPTS" LIMBER_PRIVACY_SEAL_EVENTS=false
        variants+="plain=$BASE@$BENCH_SERVICE_PID "
      fi
    done
    export BENCH_VARIANTS="$variants" ;;
  *) die "BENCH_SEALED is on, off, on,off or off,on; not $BENCH_SEALED" ;;
esac

export BENCH_BASE="$BASE"
export BENCH_SERVICE_PID
export BENCH_JDBC="${JDBC/<db>/routine}"
export BENCH_JDBC_USER="$PG_USER"
export BENCH_JDBC_PASSWORD="${LIMBER_POSTGRES_PASSWORD:-postgres}"
export BENCH_KEY="$WORK_DIR/keys/private-key.pem"
echo "routine-sessions: $BENCH_BASE, $BENCH_JDBC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
RUN_DIR="$ROOT/bench/results/routine-sessions-$(date -u +%Y%m%d-%H%M%S)"
export BENCH_OUT="$RUN_DIR"
"$JAVA" -Xmx1g -cp "$BENCH_MODULE/target/classes:$BENCH_MODULE/target/lib/*" app.limber.bench.routine.RoutineSessionBench
stop_bench_service
"$ROOT/bench/report.sh" "$RUN_DIR" "Routine session writes, $(date -u '+%Y-%m-%d %H:%M') UTC"
