#!/usr/bin/env bash
# Starts and stops the services the test suite and a production-like dev run need, on loopback only:
# PostgreSQL 15 (a throwaway cluster), Elasticsearch 8 (Maven Central's integ-test-zip) and moto's S3 server.
#
#   services.sh start STATE_DIR   starts all three, waits until they answer, writes STATE_DIR/env
#   services.sh stop STATE_DIR    stops whatever STATE_DIR records as started
#   services.sh stop-one NAME STATE_DIR / start-one NAME STATE_DIR   (used by the fault tests)
#
# PostgreSQL and Elasticsearch refuse to run as root, so as root they run as an unprivileged user.
set -euo pipefail

ES_VERSION="${CMS_ES_VERSION:-8.19.8}"
CACHE_DIR="${CMS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cms-services}"
SERVICE_USER="${CMS_SERVICE_USER:-cms-services}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"

log() { printf '[services] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Runs a command as the unprivileged service user when we are root, directly otherwise.
as_service_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$SERVICE_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_service_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  id "$SERVICE_USER" >/dev/null 2>&1 && return 0
  log "creating system user $SERVICE_USER (PostgreSQL and Elasticsearch refuse to run as root)"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
}

pg_bin() {
  local dir
  for dir in "${PG_BIN:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
  command -v pg_ctl >/dev/null && { dirname "$(readlink -f "$(command -v pg_ctl)")"; return; }
  die "PostgreSQL server binaries not found (install postgresql-15 or set PG_BIN)"
}

java_home() {
  local dir
  for dir in "${ES_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-17-openjdk-amd64; do
    [ -n "$dir" ] && [ -x "$dir/bin/java" ] && { echo "$dir"; return; }
  done
  command -v java >/dev/null && { dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return; }
  die "no Java 17+ found for Elasticsearch (set ES_JAVA_HOME)"
}

es_zip() {
  local zip="$CACHE_DIR/elasticsearch-$ES_VERSION.zip"
  if [ ! -s "$zip" ]; then
    log "fetching Elasticsearch $ES_VERSION integ-test-zip from Maven Central (cached in $CACHE_DIR)"
    mkdir -p "$CACHE_DIR"
    mvn -q -B dependency:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$CACHE_DIR" >&2 || die "could not fetch Elasticsearch with Maven"
  fi
  echo "$zip"
}

wait_for() {  # wait_for NAME SECONDS COMMAND...
  local name="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.5
  done
  log "$name is up"
}

start_postgres() {
  local state="$1" bin port
  bin="$(pg_bin)"
  port="$(cat "$state/pg.port" 2>/dev/null || free_port)"
  echo "$port" >"$state/pg.port"
  if [ ! -d "$state/pg/data" ]; then
    mkdir -p "$state/pg"
    [ "$(id -u)" -eq 0 ] && chown -R "$SERVICE_USER" "$state/pg"
    as_service_user "$bin/initdb" -D "$state/pg/data" -U cms --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$state/pg/initdb.log" 2>&1 \
      || { cat "$state/pg/initdb.log" >&2; die "initdb failed"; }
  fi
  as_service_user "$bin/pg_ctl" -D "$state/pg/data" -l "$state/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $state/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { tail -20 "$state/pg/server.log" >&2; die "PostgreSQL did not start"; }
  "$bin/psql" -h 127.0.0.1 -p "$port" -U cms -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='cms'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$port" -U cms cms
  log "PostgreSQL is up on 127.0.0.1:$port"
}

stop_postgres() {
  local state="$1"
  [ -f "$state/pg/data/postmaster.pid" ] || return 0
  as_service_user "$(pg_bin)/pg_ctl" -D "$state/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
}

es_config() {
  local home="$1" port="$2"
  cat >"$home/config/elasticsearch.yml" <<YML
cluster.name: cms-test
node.name: cms-test-node
discovery.type: single-node
network.host: 127.0.0.1
http.port: $port
transport.port: 0
xpack.security.enabled: false
path.data: $home/data
path.logs: $home/logs
action.destructive_requires_name: false
cluster.routing.allocation.disk.threshold_enabled: false
YML
  printf -- '-Xms%s\n-Xmx%s\n' "${ES_HEAP:-512m}" "${ES_HEAP:-512m}" >"$home/config/jvm.options.d/heap.options"
}

start_elasticsearch() {
  local state="$1" zip port home
  port="$(cat "$state/es.port" 2>/dev/null || free_port)"
  echo "$port" >"$state/es.port"
  home="$state/es/elasticsearch-$ES_VERSION"
  if [ ! -d "$home" ]; then
    zip="$(es_zip)"
    mkdir -p "$state/es"
    unzip -q "$zip" -d "$state/es"
    mkdir -p "$home/data" "$home/logs" "$home/config/jvm.options.d"
    es_config "$home" "$port"
    [ "$(id -u)" -eq 0 ] && chown -R "$SERVICE_USER" "$state/es"
  fi
  ES_JAVA_HOME="$(java_home)" ES_PATH_CONF="$home/config" \
    as_service_user env ES_JAVA_HOME="$(java_home)" ES_PATH_CONF="$home/config" \
    "$home/bin/elasticsearch" -d -p "$state/es/es.pid" >"$state/es/stdout.log" 2>&1 \
    || { cat "$state/es/stdout.log" >&2; die "Elasticsearch did not start"; }
  if ! wait_for Elasticsearch 180 curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s"; then
    tail -40 "$home/logs/cms-test.log" >&2 || true
    die "Elasticsearch did not answer on 127.0.0.1:$port"
  fi
}

stop_pidfile() {  # stop_pidfile PIDFILE: TERM, then KILL after 20 s
  local pidfile="$1" pid i
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
  for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

stop_elasticsearch() { stop_pidfile "$1/es/es.pid"; }

start_s3() {
  local state="$1" port
  port="$(cat "$state/s3.port" 2>/dev/null || free_port)"
  echo "$port" >"$state/s3.port"
  mkdir -p "$state/s3"
  setsid "$VENV/bin/moto_server" -H 127.0.0.1 -p "$port" >"$state/s3/server.log" 2>&1 &
  echo $! >"$state/s3/s3.pid"
  wait_for "S3 (moto)" 60 curl -sf "http://127.0.0.1:$port/moto-api/" || { cat "$state/s3/server.log" >&2; die "moto did not start"; }
  # moto keeps everything in memory, so the bucket is created on every start (also after a fault test's restart).
  "$VENV/bin/python" - "$port" "${AWS_STORAGE_BUCKET_NAME:-cms-media}" <<'PY'
import sys, boto3
port, bucket = sys.argv[1], sys.argv[2]
boto3.client("s3", endpoint_url=f"http://127.0.0.1:{port}", region_name="us-east-1",
             aws_access_key_id="testing", aws_secret_access_key="testing").create_bucket(Bucket=bucket)
PY
}

stop_s3() { stop_pidfile "$1/s3/s3.pid"; }

write_env() {
  local state="$1"
  cat >"$state/env" <<ENV
export DATABASE_URL=postgres://cms@127.0.0.1:$(cat "$state/pg.port")/cms
export ELASTICSEARCH_URL=http://127.0.0.1:$(cat "$state/es.port")
export AWS_S3_ENDPOINT_URL=http://127.0.0.1:$(cat "$state/s3.port")
export AWS_STORAGE_BUCKET_NAME=\${AWS_STORAGE_BUCKET_NAME:-cms-media}
export AWS_S3_REGION_NAME=us-east-1
export AWS_ACCESS_KEY_ID=testing
export AWS_SECRET_ACCESS_KEY=testing
export CMS_SERVICES_DIR=$state
ENV
}

cmd="${1:-}"
case "$cmd" in
  start)
    state="${2:?state dir}"; mkdir -p "$state"; chmod 755 "$state"
    ensure_service_user
    # Elasticsearch takes longest: start it in the background while the others come up.
    start_elasticsearch "$state" & es_job=$!
    start_postgres "$state"
    start_s3 "$state"
    wait "$es_job" || die "Elasticsearch failed to start"
    write_env "$state"
    ;;
  stop)
    state="${2:?state dir}"
    stop_s3 "$state"; stop_elasticsearch "$state"; stop_postgres "$state"
    log "stopped"
    ;;
  start-one|stop-one)
    name="${2:?service name}"; state="${3:?state dir}"
    "${cmd%-one}_$name" "$state"
    ;;
  *)
    die "usage: services.sh start|stop STATE_DIR | start-one|stop-one postgres|elasticsearch|s3 STATE_DIR"
    ;;
esac
