#!/usr/bin/env bash
# Freshness at load (issue 6 item 5); see bench/README.md, section "Freshness at load".
# Usage: bench/freshness.sh                      (1,000 sessions/s for 60 s, 1,000 users, 2 probes polling every 5 ms)
#        BENCH_RATE=200 BENCH_DURATION=30 BENCH_USERS=100 bench/freshness.sh
# Builds what it runs first (the services and bench/system; see bench/system/run.sh).
exec "$(dirname "$0")/system/run.sh" freshness FreshnessBench "Freshness at load"
