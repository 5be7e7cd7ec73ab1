#!/usr/bin/env bash
# Scale-out of progress-service (issue 6 item 2); see bench/README.md, section "Scale-out of progress-service".
# Usage: bench/scale-out.sh                      (100,000 sessions, 1,000 users, 300 sessions/s)
#        BENCH_SESSIONS=5000 BENCH_USERS=100 BENCH_RATE=60 bench/scale-out.sh
# Needs the services packaged and the modules installed: ./mvnw -B -q install -DskipTests
exec "$(dirname "$0")/system/run.sh" scale-out ScaleOutBench "Scale-out of progress-service"
