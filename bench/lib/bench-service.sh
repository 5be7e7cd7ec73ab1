# Sourced by the bench scripts that run one extra service process from its packaged jar against a running
# local stack: reading the stack's ready file, finding a free port, starting and stopping that process.
# The caller sets ROOT and defines die().

WORK_DIR="${LIMBER_WORK_DIR:-$ROOT/.limber}"
READY_FILE="$WORK_DIR/ready"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Sets KAFKA, JDBC (with <db> still in it) and PG_USER from the ready file, e.g.
#   kafka     localhost:9092
#   postgres  jdbc:postgresql://localhost:5432/<db> (user postgres, databases catalog, routine, progress)
read_stack() {
  [[ -f "$READY_FILE" ]] || die "no running stack (no $READY_FILE); start one with ./limber up -d"
  KAFKA="$(awk '$1 == "kafka" {print $2; exit}' "$READY_FILE")"
  JDBC="$(awk '$1 == "postgres" {print $2; exit}' "$READY_FILE")"
  PG_USER="$(sed -n 's/.*(user \([^,]*\),.*/\1/p' "$READY_FILE" | head -n 1)"
  [[ -n "$KAFKA" && -n "$JDBC" && -n "$PG_USER" ]] || die "cannot read kafka/postgres from $READY_FILE"
}

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

BENCH_SERVICE_PID=""
BENCH_SERVICE_PIDS=()
BENCH_SERVICE_LOGS="$(mktemp -d -t limber-bench.XXXXXX)"

# Stops every bench service started so far.
stop_bench_service() {
  local pid
  for pid in ${BENCH_SERVICE_PIDS[@]+"${BENCH_SERVICE_PIDS[@]}"}; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  BENCH_SERVICE_PIDS=()
  BENCH_SERVICE_PID=""
}

# start_bench_service <service> <database> <jvm options> [VAR=value ...]
# Starts <service>-service from its jar on a free port, configured like the stack's own (database, broker,
# the stack's public key and master key), plus the extra environment given; waits until ready; sets BENCH_SERVICE_PID and BASE.
# Called again, it starts one more beside the first (stop_bench_service stops them all).
# The jar is target/$BENCH_SERVICE_APP/quarkus-run.jar of the service's module (quarkus-app unless the caller
# built a variant of its own).
BENCH_SERVICE_APP=quarkus-app
start_bench_service() {
  local service="$1" database="$2" jvm_options="$3" port log jar
  shift 3
  jar="$ROOT/$service-service/target/$BENCH_SERVICE_APP/quarkus-run.jar"
  [[ -f "$jar" ]] || die "no packaged $service at $jar; run ./mvnw -B -pl $service-service -am package -DskipTests"
  port="$(free_port)"
  log="$BENCH_SERVICE_LOGS/$service-$port.log"
  BASE="http://localhost:$port"
  echo "bench: starting a bench $service on port $port (JVM $jvm_options; $*; log $log)" >&2
  # shellcheck disable=SC2086 # the JVM options are a list
  env QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="${JDBC/<db>/$database}" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD="${LIMBER_POSTGRES_PASSWORD:-postgres}" \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK_DIR/keys/public-key.pem" \
    MP_JWT_VERIFY_ISSUER=limber \
    LIMBER_PRIVACY_MASTER_KEY_LOCATION="$WORK_DIR/keys/master-key.b64" \
    "$@" "$JAVA" $jvm_options -jar "$jar" >"$log" 2>&1 &
  BENCH_SERVICE_PID=$!
  BENCH_SERVICE_PIDS+=("$BENCH_SERVICE_PID")
  for _ in $(seq 1 120); do
    kill -0 "$BENCH_SERVICE_PID" 2>/dev/null || { tail -n 20 "$log" >&2; die "the bench $service exited"; }
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)" == 200 ]] && return 0
    sleep 0.5
  done
  die "the bench $service did not get ready within 60s"
}
