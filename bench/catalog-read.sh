#!/usr/bin/env bash
# Catalog read benchmark: how close a real listing comes to the cheapest answer the same service can give.
#
#   ./limber up -d && bench/catalog-read.sh            (then ./limber down)
#
# Builds a bench variant of catalog (-Dlimber.bench.enabled=true, a build-time switch: only that build serves
# GET /bench/constant) into catalog-service/target/quarkus-bench-app, next to the quarkus-app the stack runs,
# and starts it on a free port against the running stack's PostgreSQL and Kafka, with its outbox relay and
# seed loading off (the stack's catalog does both). Then, with wrk -t2 -c32 --latency, after a short warm-up
# of each, for BENCH_DURATION each:
#   1. GET /exercises?target=hip-flexors&size=20      the listing under test
#   2. GET /bench/constant?bytes=N                    a constant JSON body of the same size N
# and prints requests/s and p99 of both and their ratio. Then, for comparison, it restarts the bench
# catalog with its listing cache off (limber.catalog.listing.cache-size=0) and measures the listing
# again: a PostgreSQL query and JSON rendering per request. Stops its own processes at the end.
#
# Each measured phase runs as consecutive 1-second wrk runs, so that throughput and latency can be
# drawn over time; a phase's figures are computed over all its runs (see measure below). The run
# directory bench/results/catalog-read-<UTC time>/ gets summary.md, series.csv and events.csv, and
# bench/report.sh renders them into chart.png and report.md there.
# Environment: BENCH_DURATION (20s; s, m or h), BENCH_WARMUP (5s), BENCH_HEAP (256m, what the stack gives services).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-5s}"
HEAP="${BENCH_HEAP:-256m}"
LISTING_PATH="/exercises?target=hip-flexors&size=20"

die() { echo "catalog-read: $*" >&2; exit 1; }
# shellcheck source=lib/bench-service.sh
source "$ROOT/bench/lib/bench-service.sh"

command -v wrk >/dev/null || die "needs wrk (apt-get install -y wrk)"
command -v curl >/dev/null || die "needs curl"
read_stack
LOG_DIR="$BENCH_SERVICE_LOGS"
trap stop_bench_service EXIT

BENCH_SERVICE_APP=quarkus-bench-app
(cd "$ROOT" && ./mvnw -B -q -pl catalog-service -am package -DskipTests -Dlimber.bench.enabled=true \
  -Dquarkus.package.output-directory="$BENCH_SERVICE_APP") || die "building the bench variant of catalog failed"

# The bench catalog's relay and seed loading are off: the stack's own catalog does both.
start_catalog() {
  start_bench_service catalog catalog "-Xmx$HEAP" LIMBER_OUTBOX_RELAY_ENABLED=false LIMBER_CATALOG_SEED_ENABLED=false "$@"
}

seconds_of() {
  case "$1" in
    *h) echo $(( ${1%h} * 3600 )) ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}
SECONDS_EACH="$(seconds_of "$DURATION")"
[[ "$SECONDS_EACH" =~ ^[1-9][0-9]*$ ]] || die "BENCH_DURATION=$DURATION is not a whole number of seconds, minutes or hours"

RUN_DIR="$ROOT/bench/results/catalog-read-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$RUN_DIR"
echo "t_s,panel,series,value" >"$RUN_DIR/series.csv"
echo "t_s,label" >"$RUN_DIR/events.csv"
LOAD_ROWS="$LOG_DIR/load.csv"
: >"$LOAD_ROWS"

# wrk prints only a summary; its done() hook also hands over the run's latency histogram (distinct values in
# microseconds with their counts, after wrk's own correction for coordinated omission), which lets the 1-second
# runs of a phase be merged into the histogram of the whole phase.
HISTOGRAM_LUA="$LOG_DIR/histogram.lua"
cat >"$HISTOGRAM_LUA" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("run %d %d %d %d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout, e.status))
  for i = 1, #latency do
    local value, count = latency(i)
    io.write(string.format("latency %d %d\n", value, count))
  end
end
LUA

# p50 and p99 in ms (nearest rank) from "microseconds count" lines sorted by value; "- -" without any
percentiles() {
  awk '{ v[NR] = $1; c[NR] = $2; n += $2 }
    function rank(p,  r) { r = int(p * n); return r < p * n ? r + 1 : r }
    END {
      if (n == 0) { print "- -"; exit }
      r50 = rank(0.50); r99 = rank(0.99)
      for (i = 1; i <= NR; i++) {
        seen += c[i]
        if (p50 == "" && seen >= r50) p50 = v[i]
        if (p99 == "" && seen >= r99) p99 = v[i]
      }
      printf "%.2f %.2f\n", p50 / 1000, p99 / 1000
    }'
}

elapsed() { awk -v now="$(date +%s.%N)" -v t0="$T0" 'BEGIN {printf "%.2f", now - t0}'; }

# Measures path $1 as phase $2 (a series name) for SECONDS_EACH 1-second wrk runs, drawing its latency in
# panel $3. Writes a point per second to series.csv and prints the phase's requests/s (all requests over the
# summed durations of its runs, as wrk timed them) and p50/p99 in ms (nearest rank over the merged histograms).
# The runs follow each other with nothing but wrk's start in between; their outputs are read afterwards.
measure() {
  local path="$1" name="$2" panel="$3" runs run out requests micros errors statuses t p50 p99
  local total_requests=0 total_micros=0 total_errors=0 total_statuses=0
  runs="$(mktemp -d "$LOG_DIR/runs.XXXXXX")"
  echo "$(elapsed),$name" >>"$RUN_DIR/events.csv"
  for ((run = 1; run <= SECONDS_EACH; run++)); do
    wrk -t2 -c32 -d1s --latency -s "$HISTOGRAM_LUA" "$BASE$path" >"$runs/$run.out"
    date +%s.%N >"$runs/$run.end"
    cut -d ' ' -f 1 /proc/loadavg >"$runs/$run.load"
  done
  for ((run = 1; run <= SECONDS_EACH; run++)); do
    out="$runs/$run.out"
    t="$(awk -v t0="$T0" '{printf "%.2f", $1 - t0}' "$runs/$run.end")"
    read -r requests micros errors statuses < <(awk '$1 == "run" {print $2, $3, $4, $5}' "$out")
    [[ -n "$requests" ]] || die "no summary from wrk for $path: $(cat "$out")"
    awk '$1 == "latency" {print $2, $3}' "$out" >>"$runs/histogram"
    read -r p50 p99 < <(awk '$1 == "latency" {print $2, $3}' "$out" | percentiles)
    total_requests=$((total_requests + requests))
    total_micros=$((total_micros + micros))
    total_errors=$((total_errors + errors))
    total_statuses=$((total_statuses + statuses))
    awk -v r="$requests" -v us="$micros" -v t="$t" -v name="$name" \
      'BEGIN {printf "%s,throughput (req/s),%s,%.1f\n", t, name, (us > 0 ? r * 1e6 / us : 0)}' >>"$RUN_DIR/series.csv"
    if [[ "$p50" != "-" ]]; then
      echo "$t,$panel,$name p50,$p50" >>"$RUN_DIR/series.csv"
      echo "$t,$panel,$name p99,$p99" >>"$RUN_DIR/series.csv"
    fi
    echo "$t,load average (1 min),load,$(cat "$runs/$run.load")" >>"$LOAD_ROWS"
  done
  [[ "$total_errors" == 0 && "$total_statuses" == 0 ]] \
    || echo "catalog-read: $path: $total_errors socket errors, $total_statuses non-2xx answers" >&2
  read -r p50 p99 < <(sort -n -k 1,1 "$runs/histogram" | percentiles)
  awk -v r="$total_requests" -v us="$total_micros" -v p50="$p50" -v p99="$p99" \
    'BEGIN {printf "%.0f %s %s\n", (us > 0 ? r * 1e6 / us : 0), p50, p99}'
}

LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
STARTED_AT="$(date -u '+%Y-%m-%d %H:%M')"
CACHED_PANEL="latency of the listing and the constant (ms)"
UNCACHED_PANEL="latency of the listing with its cache off (ms)"

# 1. cached listing and the constant body, from one process
start_catalog
BYTES="$(curl -sf "$BASE$LISTING_PATH" | wc -c | tr -d ' ')"
[[ "$BYTES" -gt 100 ]] || die "the listing answered $BYTES bytes; is the stack's catalog seeded?"
CONSTANT_PATH="/bench/constant?bytes=$BYTES"
[[ "$(curl -sf "$BASE$CONSTANT_PATH" | wc -c | tr -d ' ')" == "$BYTES" ]] || die "/bench/constant did not answer $BYTES bytes"
echo "catalog-read: warming up ($WARMUP each), then measuring $DURATION each (in 1 s runs)"
wrk -t2 -c32 -d"$WARMUP" "$BASE$LISTING_PATH" >/dev/null
wrk -t2 -c32 -d"$WARMUP" "$BASE$CONSTANT_PATH" >/dev/null
T0="$(date +%s.%N)"
read -r LIST_RPS LIST_P50 LIST_P99 < <(measure "$LISTING_PATH" "listing" "$CACHED_PANEL")
read -r CONST_RPS CONST_P50 CONST_P99 < <(measure "$CONSTANT_PATH" "constant" "$CACHED_PANEL")
stop_bench_service

# 2. the same listing with the listing cache off: a PostgreSQL query and JSON rendering per request
start_catalog LIMBER_CATALOG_LISTING_CACHE_SIZE=0
wrk -t2 -c32 -d"$WARMUP" "$BASE$LISTING_PATH" >/dev/null
read -r RAW_RPS RAW_P50 RAW_P99 < <(measure "$LISTING_PATH" "listing (cache off)" "$UNCACHED_PANEL")
stop_bench_service
cat "$LOAD_ROWS" >>"$RUN_DIR/series.csv"

RATIO="$(awk -v a="$LIST_RPS" -v b="$CONST_RPS" 'BEGIN {printf "%.2f", a / b}')"
RAW_RATIO="$(awk -v a="$RAW_RPS" -v b="$CONST_RPS" 'BEGIN {printf "%.2f", a / b}')"
VERDICT="$(awk -v r="$RATIO" -v rps="$LIST_RPS" 'BEGIN {print (r >= 0.5 && rps >= 10000) ? "met" : "**not met**"}')"

cat >"$RUN_DIR/summary.md" <<REPORT
Started $STARTED_AT UTC on $(nproc) cores, load average before the run $LOAD_BEFORE, after it
$(cut -d ' ' -f 1-3 /proc/loadavg). A bench catalog from the packaged jar (heap $HEAP) on the stack's
PostgreSQL and Kafka; \`wrk -t2 -c32 --latency\` after a $WARMUP warm-up of each endpoint, $SECONDS_EACH
consecutive 1-second runs per endpoint. Requests/s are all requests of a phase over the summed durations
of its runs; p50/p99 are the nearest rank over the merged latency histograms of its runs (wrk's
microsecond histograms, the ones its own --latency figures come from). The chart shows each run as a point.

| endpoint | body bytes | requests/s | p50 ms | p99 ms |
|---|---|---|---|---|
| GET $LISTING_PATH | $BYTES | $LIST_RPS | $LIST_P50 | $LIST_P99 |
| GET /bench/constant (same size) | $BYTES | $CONST_RPS | $CONST_P50 | $CONST_P99 |
| GET $LISTING_PATH, listing cache off | $BYTES | $RAW_RPS | $RAW_P50 | $RAW_P99 |

listing / constant = $RATIO (goal >= 0.5, and >= 10000 req/s: $VERDICT); with the cache off: $RAW_RATIO
REPORT

echo
cat "$RUN_DIR/summary.md"
echo
"$ROOT/bench/report.sh" "$RUN_DIR" "Catalog reads, $STARTED_AT UTC"
