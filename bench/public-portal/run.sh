#!/usr/bin/env bash
# Public portal benchmark: the hub page (/p/kumamoto) beside a static file (/css/kyoten.css), served by the same
# running Kyoten, measured with wrk from Debian. Starts Kyoten on port 8093 with its own embedded database
# (demo data), warms it up, runs wrk twice per URL and stops it again. See README.md.
# RUN=jar (default) builds and runs the packaged jar, as production does; RUN=classes runs target/classes through
# spring-boot:run, as this benchmark did before issue 22 (class-path lookups there are cheap file checks).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8093}
DATA=${DATA:-/tmp/kyoten-bench-portal}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export KYOTEN_DEMO_PASSWORD=${KYOTEN_DEMO_PASSWORD:-bench-pass-1234}
RUN=${RUN:-jar}
mkdir -p "$DATA"
if [ "$RUN" = jar ]; then
  ./mvnw -q -DskipTests package
  "$JAVA_HOME/bin/java" -jar "$(ls target/kyoten-*.jar | head -1)" --server.port="$PORT" \
    --kyoten.embedded-database.data-dir="$DATA/pgdata" --kyoten.demo.password-file="$DATA/demo-password.txt" \
    >"$DATA/app.log" 2>&1 &
else
  ./mvnw -q spring-boot:run -Dspring-boot.run.optimizedLaunch=false -Dspring-boot.run.arguments="--server.port=$PORT" \
    -Dspring-boot.run.jvmArguments="-Dkyoten.embedded-database.data-dir=$DATA/pgdata -Dkyoten.demo.password-file=$DATA/demo-password.txt" \
    >"$DATA/app.log" 2>&1 &
fi
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/p/kumamoto" && break
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/p/kumamoto"
echo "== $RUN: $(date -u +%FT%TZ), load average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "== headers of the hub page"
curl -sS -D - -o /dev/null "http://127.0.0.1:$PORT/p/kumamoto" | grep -iE '^(HTTP|cache-control|etag|content-length|content-security-policy)'
# warm-up: JIT and connection pool
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT/p/kumamoto" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT/css/kyoten.css" >/dev/null
for url in /p/kumamoto /css/kyoten.css /p/kumamoto /css/kyoten.css; do
  echo "== wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s bench/public-portal/percentiles.lua http://127.0.0.1:$PORT$url"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/public-portal/percentiles.lua "http://127.0.0.1:$PORT$url"
done
