#!/bin/bash
# Creates Limber's topics as contracts/src/main/resources/limber/contracts/topics.json defines
# them (the image has no JSON tool, so the definitions are repeated here; a test in
# platform/testing keeps the two in step). Never relies on broker auto-creation.
set -euo pipefail
bootstrap=${BOOTSTRAP:-kafka:19092}
topics=/opt/kafka/bin/kafka-topics.sh
create() {
  "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$1" --partitions 6 "${@:2}"
}
create catalog.exercise-events --config cleanup.policy=compact
create routine.plan-events --config retention.ms=-1
create routine.session-events --config retention.ms=-1
create routine.coaching-events --config retention.ms=-1
create routine.user-keys --config cleanup.policy=compact --config min.compaction.lag.ms=0 --config max.compaction.lag.ms=86400000 --config segment.ms=3600000 --config delete.retention.ms=3600000 --config min.cleanable.dirty.ratio=0.01
create progress.milestone-events --config retention.ms=604800000
create progress.coach-alerts --config retention.ms=604800000
create privacy.erasure-requests --config retention.ms=604800000
create privacy.erasure-confirmations --config retention.ms=604800000
for t in catalog.exercise-events routine.plan-events routine.session-events routine.coaching-events routine.user-keys progress.milestone-events progress.coach-alerts privacy.erasure-requests privacy.erasure-confirmations; do create "$t.dlq" --config retention.ms=604800000; done
