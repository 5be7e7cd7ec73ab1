#!/usr/bin/env bash
# Exactly-once effect under faults (issue 6 item 1); see bench/README.md, section "Exactly-once under faults".
# Usage: bench/chaos.sh                          (100,000 sessions, 1,000 users, 300 sessions/s)
#        BENCH_SESSIONS=5000 BENCH_USERS=100 BENCH_RATE=60 bench/chaos.sh
# Builds what it runs first (the services and bench/system; see bench/system/run.sh).
exec "$(dirname "$0")/system/run.sh" chaos ChaosBench "Exactly-once effect under faults"
