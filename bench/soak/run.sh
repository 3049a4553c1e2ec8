#!/usr/bin/env bash
# Soak: a coordinator's mix (search, company page, consultation list, record a consultation, dashboard) and the
# public pages at 64 connections in all, on the packaged jar with its own embedded database (demo data). Every
# SAMPLE seconds it writes the heap (after the young collections, old generation used) and the database connections
# by state. See README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8094}
DATA=${DATA:-/tmp/kyoten-soak}
DURATION=${DURATION:-10m}
SAMPLE=${SAMPLE:-30}
HEAP=${HEAP:-1g}
# connections per step: 64 in all
declare -A SHARE=([search]=16 [company]=12 [consultations]=10 [record]=4 [dashboard]=8 [public]=14)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export KYOTEN_DEMO_PASSWORD=${KYOTEN_DEMO_PASSWORD:-soak-pass-1234}
JAR=${JAR:-$(ls target/kyoten-*.jar | grep -v plain | head -1)}
[ -f "$JAR" ] || { echo "no jar: ./mvnw -B package -DskipTests first" >&2; exit 1; }
mkdir -p "$DATA"
OUT="$DATA/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
"$JAVA_HOME/bin/java" -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" \
  --kyoten.embedded-database.data-dir="$DATA/pgdata" --kyoten.backup.enabled=false >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 1
done
PGPORT=$(sed -n 4p "$DATA/pgdata/postmaster.pid")

# sign in as the coordinator; answers "cookie csrf"
sign_in() {
  local jar="$OUT/cookies-$1.txt" token
  token=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=coordinator@kumamoto.demo" \
    --data-urlencode "password=$KYOTEN_DEMO_PASSWORD" --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
  token=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/consultations/new" | grep -o 'name="_csrf" content="[^"]*"\|name="_csrf" value="[^"]*"' | head -1 | sed 's/.*\(value\|content\)="//;s/"$//')
  echo "SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar") $token"
}
read -r COOKIE0 _ <<<"$(sign_in probe)"
COMPANIES=$(curl -fsS -H "Cookie: $COOKIE0" "http://127.0.0.1:$PORT/companies?size=100" | grep -o 'href="/companies/[0-9]*"' | grep -o '[0-9]*' | sort -u | head -100 | paste -sd, -)
[ -n "$COMPANIES" ] || { echo "no companies found: not signed in?" >&2; exit 1; }

sample() {
  local pid=$1
  echo "time,heap_used_mb,old_used_mb,db_connections_app,db_active,db_idle"
  while kill -0 "$pid" 2>/dev/null; do
    local heap old conns
    heap=$(jcmd "$APP" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
    old=$(jstat -gc "$APP" 2>/dev/null | awk 'NR == 2 {print int($8 / 1024)}' || echo 0)
    conns=$(PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atc \
      "SELECT count(*) || ',' || count(*) FILTER (WHERE state = 'active') || ',' || count(*) FILTER (WHERE state = 'idle') FROM pg_stat_activity WHERE usename = 'kyoten_app'" 2>/dev/null || echo ",,")
    echo "$(date -u +%T),$((heap / 1024)),$old,$conns"
    sleep "$SAMPLE"
  done
}

echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg); jar $JAR; heap $HEAP; $DURATION"
# warm-up: 20 s of the whole mix at a quarter of the load
for step in "${!SHARE[@]}"; do
  read -r COOKIE CSRF <<<"$(sign_in "warm-$step")"
  STEP=$step COOKIE=$COOKIE CSRF=$CSRF COMPANIES=$COMPANIES \
    wrk -t1 -c$(( (SHARE[$step] + 3) / 4 )) -d20s -s bench/soak/mix.lua "http://127.0.0.1:$PORT" >/dev/null &
done
wait $(jobs -p | grep -v "^$APP$") 2>/dev/null || true
PIDS=()
for step in "${!SHARE[@]}"; do
  read -r COOKIE CSRF <<<"$(sign_in "$step")"
  STEP=$step COOKIE=$COOKIE CSRF=$CSRF COMPANIES=$COMPANIES \
    wrk -t1 -c"${SHARE[$step]}" -d"$DURATION" --timeout 10s -s bench/soak/mix.lua "http://127.0.0.1:$PORT" \
    >"$OUT/wrk-$step.txt" 2>&1 &
  PIDS+=($!)
done
sample "${PIDS[0]}" >"$OUT/samples.csv" &
SAMPLER=$!
# The old generation grows between concurrent cycles whether or not anything leaks, so "flat" is judged on the live
# set: the old generation after a forced full collection at minute 2 and again when the load ends.
live_set() {
  jcmd "$APP" GC.run >/dev/null 2>&1 || true
  sleep 2
  echo "$(date -u +%T),$1,$(jstat -gc "$APP" 2>/dev/null | awk 'NR == 2 {print int($8 / 1024)}')"
}
echo "time,when,old_used_mb_after_full_gc" >"$OUT/live-set.csv"
(sleep 120; live_set minute-2 >>"$OUT/live-set.csv") &
LIVE=$!
wait "${PIDS[@]}"
wait $SAMPLER 2>/dev/null || true
wait $LIVE 2>/dev/null || true
live_set end >>"$OUT/live-set.csv"
echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h '^step' "$OUT"/wrk-*.txt
echo "== samples ($OUT/samples.csv)"
cat "$OUT/samples.csv"
echo "== live set ($OUT/live-set.csv)"
cat "$OUT/live-set.csv"
echo "== app log: errors"
grep -c ' ERROR ' "$OUT/app.log" || true
echo "output in $OUT"
