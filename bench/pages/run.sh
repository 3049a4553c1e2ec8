#!/usr/bin/env bash
# Signed-in pages benchmark on the packaged jar (what production runs): builds target/kyoten-*.jar, starts it on its
# own embedded database (demo data), signs in SESSIONS distinct users, and for every page of issue 22 item 3 runs wrk
# with one session per connection, beside the SQL that page's request ran, replayed directly with pgbench in the same
# run. See README.md.
#
#   bench/pages/run.sh                          # build, then measure target/kyoten-*.jar
#   JARS="/tmp/before.jar target/kyoten-0.1.0-SNAPSHOT.jar" BUILD=0 bench/pages/run.sh   # two jars, one after the other
#   NATIONAL=1 SCALE=0.1 bench/pages/run.sh     # on the national-scale data set (national.sql), loaded once per DATA
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PORT=${PORT:-8094}
DATA=${DATA:-/tmp/kyoten-bench-pages}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
WARMUP_ALL=${WARMUP_ALL:-15s}
SESSIONS=${SESSIONS:-8}
BUILD=${BUILD:-1}
ONLY=${ONLY:-}
PROFILE=${PROFILE:-consultations}   # the pages recorded with JFR, e.g. "home consultations"
NATIONAL=${NATIONAL:-0}
# deep enough stacks that a Thymeleaf page's samples keep their outer frames (JFR's default is 64)
JAVA_OPTS=${JAVA_OPTS:--XX:FlightRecorderOptions:stackdepth=256}
SCALE=${SCALE:-0.1}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export KYOTEN_DEMO_PASSWORD=${KYOTEN_DEMO_PASSWORD:-bench-pass-1234}
for tool in wrk psql pgbench curl python3; do
  command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
if [ -z "${JARS:-}" ]; then
  [ "$BUILD" = 1 ] && ./mvnw -B -q -DskipTests package
  JARS=$(ls target/kyoten-*.jar | head -1)
fi
BASE=http://127.0.0.1:$PORT
LUA=$ROOT/bench/pages/session.lua
APP=

stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}
trap stop_app EXIT

# Signs one user in (GET /login for the CSRF token, POST the form) and prints the SESSION cookie it ends with.
sign_in() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

sql_owner() { PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

# Runs the request with every statement logged, and writes what it ran as a pgbench script. The log is the
# server's, so a scheduled job (the import watchdogs poll every minute) can land in the window: the request is
# captured twice and the shorter script kept.
capture_sql() {
  local name=$1
  capture_once "$@"
  mv "$RUN/sql/$name.sql" "$RUN/sql/$name.first.sql"
  capture_once "$@"
  if [ "$(wc -l <"$RUN/sql/$name.first.sql")" -lt "$(wc -l <"$RUN/sql/$name.sql")" ]; then
    mv "$RUN/sql/$name.first.sql" "$RUN/sql/$name.sql"
  else
    rm -f "$RUN/sql/$name.first.sql"
  fi
}

capture_once() {
  local name=$1 url=$2 cookie=$3 from
  sql_owner -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  from=$(stat -c %s "$DB/pgdata/log/statements.log")
  curl -s -o /dev/null ${cookie:+-b "SESSION=$cookie"} "$BASE$url"
  sleep 1
  sql_owner -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +"$((from + 1))" "$DB/pgdata/log/statements.log" | python3 "$ROOT/bench/pages/captured_sql.py" >"$RUN/sql/$name.sql"
}

# Replays a captured script as the application role (row-level security on, as in the app) for 5 s; prints
# "statements p50 p95" in ms.
time_sql() {
  local script=$1 n
  n=$(grep -c ';$' "$script" || true)
  [ "$n" -gt 0 ] || { echo "0 - -"; return; }
  rm -f "$RUN"/pgbench_log.*
  (cd "$RUN" && PGPASSWORD=$(cat "$DB/pgdata.app-password") pgbench -n -h 127.0.0.1 -p "$PGPORT" -U kyoten_app \
    -c 1 -j 1 -T 5 -f "$script" --log --log-prefix=pgbench_log postgres >"$RUN/pgbench.out" 2>&1) \
    || { echo "$n failed -"; return; }
  cat "$RUN"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n | awk -v n="$n" '
    { v[NR] = $1 }
    END { if (NR == 0) { print n " failed -"; exit }
          i50 = int(NR * 0.5); if (i50 < 1) i50 = 1
          i95 = int(NR * 0.95); if (i95 < 1) i95 = 1
          printf "%d %.2f %.2f\n", n, v[i50], v[i95] }'
}

# The CPU time the application's JVM has used so far (user + system), in clock ticks.
jvm_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }

# The JVM's CPU milliseconds per request over a wrk run: what a page costs the server whatever else the machine
# runs (requests/s fall when other processes take the cores; this does much less).
cpu_per_request() {
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "%.2f", (b - a) * 1000 / hz / n; else print "-" }'
}

# whether the page is one of PROFILE (a list of page names)
profiled() { [[ " $PROFILE " == *" $1 "* ]]; }

# p95 of the page over p95 of its own SQL ("-" when the page runs none)
ratio() {
  awk -v page="$1" -v sql="$2" 'BEGIN { if (sql + 0 > 0) printf "%.1f", page / sql; else print "-" }'
}

start_app() {
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$1" --server.port="$PORT" --kyoten.embedded-database.data-dir="$DB/pgdata" \
    --kyoten.demo.password-file="$DB/demo-password.txt" --kyoten.mail.poll-interval=PT1H \
    --kyoten.national.recount-every=PT1H >>"$RUN/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do
    curl -fs -o /dev/null "$BASE/login" && break
    sleep 1
  done
  PGPORT=$(sed -n 4p "$DB/pgdata/postmaster.pid")
}

# The methods most often on top of the stack, and the frames most often anywhere on it, in a JFR recording.
top_frames() {
  "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 64 "$1" | python3 -c '
import collections, re, sys
top, anywhere, samples, stack = collections.Counter(), collections.Counter(), 0, []
def flush():
    global samples
    if stack:
        samples += 1
        top[stack[0]] += 1
        for f in set(stack): anywhere[f] += 1
    stack.clear()
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"): flush()
    m = re.match(r"\s+([\w$.<>]+)\(", line)
    if m and "line:" in line: stack.append(m.group(1))
flush()
print(f"{samples} samples")
print("-- on top of the stack"); [print(f"{100*n/samples:5.1f}%  {f}") for f, n in top.most_common(15)]
print("-- anywhere on the stack (jp.kyoten, Spring, Thymeleaf, PostgreSQL, Hikari)")
[print(f"{100*n/samples:5.1f}%  {f}") for f, n in anywhere.most_common(400)
 if re.match(r"(jp\.kyoten|org\.springframework\.(web|core\.io|security|session|context|expression)|org\.thymeleaf|org\.postgresql|com\.zaxxer)", f)][:40]
'
}

bench_jar() {
  local jar=$1 label
  label=$(basename "$jar" .jar)
  RUN=$DATA/$label
  DB=$RUN/data
  mkdir -p "$RUN/sql"
  : >"$RUN/results.txt"
  start_app "$jar"
  # The statement log goes to a file of the server's own (logging_collector), which takes a restart to turn on.
  if ! grep -q "^logging_collector = 'on'" "$DB/pgdata/postgresql.auto.conf"; then
    sql_owner -c "ALTER SYSTEM SET logging_collector = on" -c "ALTER SYSTEM SET log_directory = 'log'" \
      -c "ALTER SYSTEM SET log_filename = 'statements.log'" -c "ALTER SYSTEM SET log_rotation_size = 0"
    stop_app
    start_app "$jar"
  fi
  PASSWORD=$(cat "$DB/demo-password.txt" 2>/dev/null || echo "$KYOTEN_DEMO_PASSWORD")
  # the national-scale rows, once per data directory (the demo data came with the first start)
  if [ "$NATIONAL" = 1 ] && ! [ -f "$DB/national-$SCALE.loaded" ]; then
    local loading=$SECONDS
    sql_owner -v scale="$SCALE" -f "$ROOT/bench/pages/national.sql" | tee "$RUN/national-load.txt"
    echo "national scale $SCALE loaded in $((SECONDS - loading)) s" | tee -a "$RUN/national-load.txt"
    touch "$DB/national-$SCALE.loaded"
  fi
  # SESSIONS staff users and SESSIONS agency users, copies of the demo coordinator and demo agency user
  sql_owner <<SQL
INSERT INTO user_account (hub_id, email, display_name, password_hash, role, agency_id)
SELECT u.hub_id, replace(u.email, '@', '+bench' || i || '@'), u.display_name || ' ' || i, u.password_hash, u.role,
       u.agency_id
FROM user_account u, generate_series(1, $SESSIONS) i
WHERE u.email IN ('coordinator@kumamoto.demo', 'agency@kumamoto.demo')
ON CONFLICT ((lower(email))) DO NOTHING;
SQL
  : >"$RUN/staff.cookies"
  : >"$RUN/agency.cookies"
  : >"$RUN/anonymous.cookies"
  for i in $(seq 1 "$SESSIONS"); do
    sign_in "coordinator+bench$i@kumamoto.demo" >>"$RUN/staff.cookies"
    sign_in "agency+bench$i@kumamoto.demo" >>"$RUN/agency.cookies"
  done
  local staff agency company monday
  staff=$(head -1 "$RUN/staff.cookies")
  agency=$(head -1 "$RUN/agency.cookies")
  curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$staff" "$BASE/consultations" | grep -q 200 \
    || { echo "sign-in failed for $label" >&2; exit 1; }
  company=$(sql_owner -c "SELECT c.id FROM company c JOIN hub h ON h.id = c.hub_id WHERE h.slug = 'kumamoto'
    ORDER BY (SELECT count(*) FROM consultation x WHERE x.company_id = c.id) DESC, c.id LIMIT 1")
  monday=$(date -d "$(date +%F) -$(( $(date +%u) - 1 )) days" +%F)
  next=$(date -d "$monday +7 days" +%F)
  # name | who | URL
  PAGES=$(cat <<EOF
static-anonymous|anonymous|/css/kyoten.css
static-signed-in|staff|/css/kyoten.css
home|staff|/
my-work|staff|/my-work
schedule-week|staff|/schedule/events?start=${monday}T00:00:00&end=${next}T00:00:00&owner=hub
companies-search|staff|/companies?q=%E7%86%8A%E6%9C%AC
company|staff|/companies/$company
consultations|staff|/consultations
needs|staff|/needs
handoffs|staff|/handoffs
dashboard|staff|/dashboard
monthly-report|staff|/reports/monthly/$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
events|staff|/events
agency-portal|agency|/agency-portal
EOF
)
  local scale=demo
  [ "$NATIONAL" = 1 ] && scale="national x$SCALE"
  echo "== $label ($scale data): $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $SESSIONS sessions, wrk -t$SESSIONS -c$SESSIONS -d$DURATION"
  printf '%-18s %9s %8s %8s %8s %7s %7s | %5s %8s %8s %9s\n' page 'req/s' p50 p95 p99 'not200' 'cpu ms' 'stmts' 'SQL p50' \
    'SQL p95' 'p95/SQL'
  # Every page first for WARMUP_ALL: the JIT keeps compiling the shared code (filters, Thymeleaf, SpEL) long after
  # the start on this machine (C2 was a sixth of the CPU in a 3 s-warmed run), and a page measured while it does
  # pays for the pages after it.
  while IFS='|' read -r name who url; do
    [ -n "$ONLY" ] && ! [[ " $ONLY " == *" $name "* ]] && continue
    COOKIES=$RUN/$who.cookies wrk -t"$SESSIONS" -c"$SESSIONS" -d"$WARMUP_ALL" -s "$LUA" "$BASE$url" >/dev/null
  done <<<"$PAGES"
  while IFS='|' read -r name who url; do
    [ -n "$ONLY" ] && ! [[ " $ONLY " == *" $name "* ]] && continue
    local cookie
    cookie=$(head -1 "$RUN/$who.cookies" || true)
    capture_sql "$name" "$url" "$cookie"
    read -r stmts sql50 sql95 <<<"$(time_sql "$RUN/sql/$name.sql")"
    COOKIES=$RUN/$who.cookies wrk -t"$SESSIONS" -c"$SESSIONS" -d"$WARMUP" -s "$LUA" "$BASE$url" >/dev/null
    profiled "$name" && "$JAVA_HOME/bin/jcmd" "$APP" JFR.start name=page settings=profile >/dev/null
    local cpu0 cpu1
    cpu0=$(jvm_cpu_ticks)
    read -r _ rps p50 p95 p99 total bad errors <<<"$(COOKIES=$RUN/$who.cookies wrk -t"$SESSIONS" -c"$SESSIONS" \
      -d"$DURATION" --timeout 10s -s "$LUA" "$BASE$url" | grep '^RESULT')"
    cpu1=$(jvm_cpu_ticks)
    if profiled "$name"; then
      "$JAVA_HOME/bin/jcmd" "$APP" JFR.stop name=page filename="$RUN/$name.jfr" >/dev/null
      top_frames "$RUN/$name.jfr" >"$RUN/$name.top-frames.txt"
    fi
    printf '%-18s %9s %8s %8s %8s %7s %7s | %5s %8s %8s %9s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$((bad + errors))" \
      "$(cpu_per_request "$cpu0" "$cpu1" "$total")" "$stmts" "$sql50" "$sql95" "$(ratio "$p95" "$sql95")" \
      | tee -a "$RUN/results.txt"
  done <<<"$PAGES"
  stop_app
}

for jar in $JARS; do
  bench_jar "$jar"
done
