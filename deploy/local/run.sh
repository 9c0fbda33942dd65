#!/usr/bin/env bash
# Runs the whole of Partnership Hub on this machine, with real PostgreSQL, Kafka and SMTP and no Docker.
#
#   deploy/local/run.sh           build what is missing, start everything, load demo data, print URLs and tokens
#   deploy/local/run.sh --fresh   the same, after wiping the data folder
#   deploy/local/run.sh stop      stop a running system (Ctrl-C in its terminal does the same)
#   deploy/local/run.sh status    say whether it runs
#
# Data is kept in deploy/local/data (PH_DATA_DIR overrides). Ports: services 8081-8084, PostgreSQL 55432,
# Kafka 59092 (controller 59093), SMTP 2525, mail inbox API 8025 (PH_POSTGRES_PORT, PH_KAFKA_PORT,
# PH_KAFKA_CONTROLLER_PORT, PH_SMTP_PORT and PH_MAIL_API_PORT override them).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL=$ROOT/deploy/local
DATA=${PH_DATA_DIR:-$LOCAL/data}
PIDS=$DATA/pids
LOGS=$DATA/logs
SERVICES=(directory performance engagement notification)
declare -A PORT=([directory]=8081 [performance]=8082 [engagement]=8083 [notification]=8084)
STACK_CP="$LOCAL/target/local-stack.jar:$LOCAL/target/lib/*"
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx512m}

say() { printf '%s\n' "$*"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Stops one process by its pid file: TERM, then KILL if it has not gone after $2 seconds.
stop_pid() {
  local file=$1 grace=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq $((grace * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# A postgres left behind by a stack that was killed outright: stop it with a fast shutdown.
stop_orphan_postgres() {
  local pidfile=$DATA/postgres/postmaster.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -1 "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
}

stop_all() {
  trap - INT TERM EXIT
  say "Stopping Partnership Hub..."
  local stoppers=()
  for s in "${SERVICES[@]}"; do stop_pid "$PIDS/$s.pid" 20 & stoppers+=($!); done
  wait "${stoppers[@]}"
  stop_pid "$PIDS/stack.pid" 60
  stop_orphan_postgres
  rm -f "$PIDS/run.pid" "$DATA/stack.env"
  say "Stopped."
}

http_status() { # host port path -> HTTP status code, without curl
  local code
  code=$(exec 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$1" &&
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3 && head -1 <&3 | cut -d' ' -f2) || true
  printf '%s' "${code:-000}"
}

wait_for() { # description seconds command...
  local what=$1 seconds=$2; shift 2
  for _ in $(seq $((seconds * 2))); do
    if "$@"; then return 0; fi
    sleep 0.5
  done
  say "Gave up waiting for $what; see $LOGS/"
  return 1
}

ready() { [ "$(http_status "${PORT[$1]}" /q/health/ready)" = 200 ]; }

case "${1:-}" in
  stop)
    if alive "$PIDS/run.pid"; then
      kill -TERM "$(cat "$PIDS/run.pid")"
      for _ in $(seq 600); do alive "$PIDS/run.pid" || break; sleep 0.2; done
      say "Stopped."
    elif ls "$PIDS"/*.pid >/dev/null 2>&1 || [ -f "$DATA/postgres/postmaster.pid" ]; then
      stop_all
    else
      say "Partnership Hub is not running."
    fi
    exit 0 ;;
  status)
    if alive "$PIDS/run.pid"; then say "Partnership Hub is running (pid $(cat "$PIDS/run.pid"))."; else say "Partnership Hub is not running."; fi
    exit 0 ;;
  --fresh|"") ;;
  *) say "usage: deploy/local/run.sh [--fresh | stop | status]"; exit 2 ;;
esac

if alive "$PIDS/run.pid"; then
  say "Partnership Hub is already running (pid $(cat "$PIDS/run.pid")). Use it, or stop it first: deploy/local/run.sh stop"
  exit 1
fi
for port in 8081 8082 8083 8084 "${PH_POSTGRES_PORT:-55432}" "${PH_KAFKA_PORT:-59092}" "${PH_SMTP_PORT:-2525}" "${PH_MAIL_API_PORT:-8025}"; do
  if (exec 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$port"); then
    say "Port $port is already in use by another program; stop it (or set the PH_*_PORT variables) and try again."
    exit 1
  fi
done

missing=no
[ -f "$LOCAL/target/local-stack.jar" ] && [ -d "$LOCAL/target/lib" ] || missing=yes
for s in "${SERVICES[@]}"; do [ -f "$ROOT/$s-service/target/quarkus-app/quarkus-run.jar" ] || missing=yes; done
if [ $missing = yes ]; then
  say "Building (first run only; ./mvnw package -DskipTests)..."
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
fi

if [ "${1:-}" = --fresh ]; then
  stop_orphan_postgres
  rm -rf "$DATA"
fi
mkdir -p "$PIDS" "$LOGS"
echo $$ > "$PIDS/run.pid"
trap 'stop_all; exit 0' INT TERM
trap 'stop_all' EXIT
stop_orphan_postgres
rm -f "$DATA/stack.env"

say "Starting PostgreSQL, Kafka and SMTP..."
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$STACK_CP" org.partnershiphub.local.LocalStack "$DATA" > "$LOGS/stack.log" 2>&1 &
echo $! > "$PIDS/stack.pid"
wait_for "the local stack" 180 bash -c "[ -f '$DATA/stack.env' ] || { kill -0 $(cat "$PIDS/stack.pid") || exit 0; exit 1; }"
alive "$PIDS/stack.pid" && [ -f "$DATA/stack.env" ] || { say "The local stack did not start; see $LOGS/stack.log"; exit 1; }
# shellcheck disable=SC1091
source "$DATA/stack.env"

# notification-service signs manage/unsubscribe links with this; kept so links in sent mail keep working
if [ ! -f "$DATA/secrets.env" ]; then
  (umask 077
   printf 'LINK_TOKEN_SECRET=%s\nBOUNCE_TOKEN=%s\n' "$(head -c 32 /dev/urandom | base64 | tr -d '=+/\n')" \
     "$(head -c 18 /dev/urandom | base64 | tr -d '=+/\n')" > "$DATA/secrets.env")
fi
# shellcheck disable=SC1091
source "$DATA/secrets.env"

say "Starting the four services..."
for s in "${SERVICES[@]}"; do
  # shellcheck disable=SC2086
  env DATABASE_URL="jdbc:postgresql://$PH_POSTGRES_HOST:$PH_POSTGRES_PORT/$s" \
      DATABASE_USER="$PH_POSTGRES_USER" DATABASE_PASSWORD="$PH_POSTGRES_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$PH_KAFKA_BOOTSTRAP" \
      JWT_PUBLIC_KEY_LOCATION="$DATA/keys/publicKey.pem" JWT_ISSUER="https://partnershiphub.local/dev" \
      PUBLIC_URL="http://localhost:${PORT[$s]}" \
      SMTP_HOST="$PH_SMTP_HOST" SMTP_PORT="$PH_SMTP_PORT" MAIL_FROM="e-news@partnershiphub.local" \
      LINK_TOKEN_SECRET="$LINK_TOKEN_SECRET" BOUNCE_TOKEN="$BOUNCE_TOKEN" \
    java $JAVA_OPTS -jar "$ROOT/$s-service/target/quarkus-app/quarkus-run.jar" > "$LOGS/$s.log" 2>&1 &
  echo $! > "$PIDS/$s.pid"
done
for s in "${SERVICES[@]}"; do
  wait_for "$s-service to be ready" 180 ready "$s" || exit 1
done

say "Loading demo data through the APIs..."
java -Dslf4j.internal.verbosity=ERROR -cp "$STACK_CP" org.partnershiphub.local.DemoData "$DATA/keys" \
  http://localhost:8081 http://localhost:8082 http://localhost:8083 http://localhost:8084

cat <<EOF

Partnership Hub is running.

  service               API                     Swagger UI                            events
  directory-service     http://localhost:8081   http://localhost:8081/q/swagger-ui    http://localhost:8081/asyncapi.yaml
  performance-service   http://localhost:8082   http://localhost:8082/q/swagger-ui    http://localhost:8082/asyncapi.yaml
  engagement-service    http://localhost:8083   http://localhost:8083/q/swagger-ui    http://localhost:8083/asyncapi.yaml
  notification-service  http://localhost:8084   http://localhost:8084/q/swagger-ui    http://localhost:8084/asyncapi.yaml

  PostgreSQL  $PH_POSTGRES_HOST:$PH_POSTGRES_PORT (user $PH_POSTGRES_USER, password $PH_POSTGRES_PASSWORD; databases ${SERVICES[*]})
  Kafka       $PH_KAFKA_BOOTSTRAP
  SMTP        $PH_SMTP_HOST:$PH_SMTP_PORT   inbox API: $PH_MAIL_API
  Logs        $LOGS

Dev tokens (valid 7 days; send as 'Authorization: Bearer <token>'):
EOF
java -Dslf4j.internal.verbosity=ERROR -cp "$STACK_CP" org.partnershiphub.local.DevTokens "$DATA/keys"
say ""
say "Ctrl-C here, or 'deploy/local/run.sh stop' elsewhere, stops everything."

while true; do
  for s in stack "${SERVICES[@]}"; do
    if ! alive "$PIDS/$s.pid"; then
      say "$s stopped unexpectedly; see $LOGS/$s.log"
      exit 1
    fi
  done
  sleep 2
done
