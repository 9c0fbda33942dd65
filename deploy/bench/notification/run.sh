#!/usr/bin/env bash
# Times sending the monthly e-News to N subscribers (default 10000) through a packaged notification-service
# on the real local stack, and the SMTP server's own accept rate for N messages. Not part of the build.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
BENCH="$ROOT/deploy/bench/notification"
cd "$ROOT"
[ -f notification-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -pl notification-service package -DskipTests
./mvnw -q -B -f "$BENCH/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$BENCH/target/classpath.txt"
java -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" \
  org.partnershiphub.bench.notification.EditionSendBenchmark \
  "$ROOT/notification-service/target/quarkus-app/quarkus-run.jar" "${1:-10000}" "${MAIL_PER_SECOND:-100000}"
