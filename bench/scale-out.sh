#!/usr/bin/env bash
# Scale-out of progress-service (issue 6 item 2); see bench/README.md, section "Scale-out of progress-service".
# Usage: bench/scale-out.sh                      (100,000 sessions, 1,000 users, 300 sessions/s)
#        BENCH_SESSIONS=5000 BENCH_USERS=100 BENCH_RATE=60 bench/scale-out.sh
# Builds what it runs first (the services and bench/system; see bench/system/run.sh).
exec "$(dirname "$0")/system/run.sh" scale-out ScaleOutBench "Scale-out of progress-service"
