#!/usr/bin/env bash
# Catalog read benchmark: how close a real listing comes to the cheapest answer the same service can give.
#
#   ./limber up -d && bench/catalog-read.sh            (then ./limber down)
#
# Starts one extra catalog process from the packaged jar (catalog-service/target/quarkus-app) on a free
# port, against the running stack's PostgreSQL and Kafka, with limber.bench.enabled=true (which serves
# GET /bench/constant), its outbox relay and seed loading off (the stack's catalog does both). Then,
# with wrk -t2 -c32 -d20s --latency, after a short warm-up of each:
#   1. GET /exercises?target=hip-flexors&size=20      the listing under test
#   2. GET /bench/constant?bytes=N                    a constant JSON body of the same size N
# and prints requests/s and p99 of both and their ratio. Then, for comparison, it restarts the bench
# catalog with its listing cache off (limber.catalog.listing.cache-size=0) and measures the listing
# again: a PostgreSQL query and JSON rendering per request. Stops its own processes at the end.
# Environment: BENCH_DURATION (20s), BENCH_WARMUP (5s), BENCH_HEAP (256m, what the stack gives services).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK_DIR="${LIMBER_WORK_DIR:-$ROOT/.limber}"
READY_FILE="$WORK_DIR/ready"
JAR="$ROOT/catalog-service/target/quarkus-app/quarkus-run.jar"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-5s}"
HEAP="${BENCH_HEAP:-256m}"
LISTING_PATH="/exercises?target=hip-flexors&size=20"

die() { echo "catalog-read: $*" >&2; exit 1; }

command -v wrk >/dev/null || die "needs wrk (apt-get install -y wrk)"
command -v curl >/dev/null || die "needs curl"
[[ -f "$READY_FILE" ]] || die "no running stack (no $READY_FILE); start one with ./limber up -d"
[[ -f "$JAR" ]] || die "no packaged catalog at $JAR; run ./mvnw -B -pl catalog-service -am package -DskipTests"

# The ready file names the stack's infrastructure, e.g.
#   kafka     localhost:9092
#   postgres  jdbc:postgresql://localhost:5432/<db> (user postgres, databases catalog, routine, progress)
KAFKA="$(awk '$1 == "kafka" {print $2; exit}' "$READY_FILE")"
JDBC="$(awk '$1 == "postgres" {print $2; exit}' "$READY_FILE")"
PG_USER="$(sed -n 's/.*(user \([^,]*\),.*/\1/p' "$READY_FILE" | head -n 1)"
[[ -n "$KAFKA" && -n "$JDBC" && -n "$PG_USER" ]] || die "cannot read kafka/postgres from $READY_FILE"
JDBC="${JDBC/<db>/catalog}"

free_port() {
  local port
  for port in $(seq 18081 18181); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port in 18081-18181"
}

LOG_DIR="$(mktemp -d -t catalog-bench.XXXXXX)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PID=""
stop_catalog() {
  if [[ -n "$PID" ]]; then
    kill -TERM "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=""
  fi
}
trap stop_catalog EXIT

# Starts a catalog from the jar on a free port with extra environment ($@), sets PID and BASE.
start_catalog() {
  local port log
  port="$(free_port)"
  log="$LOG_DIR/catalog-$port.log"
  BASE="http://localhost:$port"
  echo "catalog-read: starting a bench catalog on port $port ($*; log $log)"
  env QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD="${LIMBER_POSTGRES_PASSWORD:-postgres}" \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK_DIR/keys/public-key.pem" \
    MP_JWT_VERIFY_ISSUER=limber \
    LIMBER_OUTBOX_RELAY_ENABLED=false \
    LIMBER_CATALOG_SEED_ENABLED=false \
    "$@" "$JAVA" "-Xmx$HEAP" -jar "$JAR" >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    kill -0 "$PID" 2>/dev/null || { tail -n 20 "$log" >&2; die "the bench catalog exited"; }
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)" == 200 ]] && return 0
    sleep 0.5
  done
  die "the bench catalog did not get ready within 60s"
}

# requests/s and p99 (in ms) from wrk's --latency output
measure() {
  local out rps p99 errors
  out="$(wrk -t2 -c32 -d"$DURATION" --latency "$BASE$1")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}' <<<"$out")"
  errors="$(awk '/Non-2xx|Socket errors/' <<<"$out")"
  [[ -z "$errors" ]] || echo "catalog-read: $1: $errors" >&2
  echo "$rps $p99"
}

LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"

# 1. cached listing and the constant body, from one process
start_catalog LIMBER_BENCH_ENABLED=true
BYTES="$(curl -sf "$BASE$LISTING_PATH" | wc -c | tr -d ' ')"
[[ "$BYTES" -gt 100 ]] || die "the listing answered $BYTES bytes; is the stack's catalog seeded?"
CONSTANT_PATH="/bench/constant?bytes=$BYTES"
[[ "$(curl -sf "$BASE$CONSTANT_PATH" | wc -c | tr -d ' ')" == "$BYTES" ]] || die "/bench/constant did not answer $BYTES bytes"
echo "catalog-read: warming up ($WARMUP each), then measuring $DURATION each"
wrk -t2 -c32 -d"$WARMUP" "$BASE$LISTING_PATH" >/dev/null
wrk -t2 -c32 -d"$WARMUP" "$BASE$CONSTANT_PATH" >/dev/null
read -r LIST_RPS LIST_P99 < <(measure "$LISTING_PATH")
read -r CONST_RPS CONST_P99 < <(measure "$CONSTANT_PATH")
stop_catalog

# 2. the same listing with the listing cache off: a PostgreSQL query and JSON rendering per request
start_catalog LIMBER_CATALOG_LISTING_CACHE_SIZE=0
wrk -t2 -c32 -d"$WARMUP" "$BASE$LISTING_PATH" >/dev/null
read -r RAW_RPS RAW_P99 < <(measure "$LISTING_PATH")
stop_catalog

RATIO="$(awk -v a="$LIST_RPS" -v b="$CONST_RPS" 'BEGIN {printf "%.2f", a / b}')"
RAW_RATIO="$(awk -v a="$RAW_RPS" -v b="$CONST_RPS" 'BEGIN {printf "%.2f", a / b}')"

cat <<REPORT

| endpoint | body bytes | requests/s | p99 ms |
|---|---|---|---|
| GET $LISTING_PATH | $BYTES | $LIST_RPS | $LIST_P99 |
| GET /bench/constant (same size) | $BYTES | $CONST_RPS | $CONST_P99 |
| GET $LISTING_PATH, listing cache off | $BYTES | $RAW_RPS | $RAW_P99 |

listing / constant = $RATIO (goal >= 0.5, and >= 10000 req/s); with the cache off: $RAW_RATIO
machine: $(nproc) cores, load average before the run $LOAD_BEFORE
REPORT
