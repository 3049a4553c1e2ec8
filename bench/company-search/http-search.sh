#!/usr/bin/env bash
# Company search through HTTP as a user meets it (issue 21): the packaged jar, as production runs it, against the kept
# benchmark database of bench/corporate-number-import/load-order.sh (server on 127.0.0.1:54321), signed in as a
# coordinator of one hub, GET /api/v1/companies for the search benchmark's query mix, beside a bare signed-in API call
# (GET /api/v1/me) measured in the same rounds. One curl process and one kept-alive connection; time_total per request.
#   HUB='bench21 kana order' ROUNDS=20 bash bench/company-search/http-search.sh
# Prints per-query and overall p50 / p95 / p99 (ms), the first round apart (the first minute after a start).
# IMPORT_FILE=target/bench/registry-1000000.csv HUB='bench21 imported 1' bash bench/company-search/http-search.sh
#   creates that hub (prefecture 13) if it is new, uploads the registry file through the API as the hub's
#   coordinator, waits for the import to be DONE (its time printed), then searches at once: round 1 is then the
#   first minute after a first load, as a hub meets it.
# ADMIN=1 signs in as a system administrator instead and searches /api/v1/admin/companies (every hub).
set -euo pipefail
cd "$(dirname "$0")/../.."
HUB=${HUB:-bench21 kana order}
ROUNDS=${ROUNDS:-20}
PORT=${PORT:-8095}
OUT=${OUT:-/tmp/kyoten-http-search}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${JAR:-$(ls target/kyoten-*.jar | head -1)}
mkdir -p "$OUT"
sql() { psql -h 127.0.0.1 -p 54321 -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
if [ -n "${IMPORT_FILE:-}" ]; then
  sql -c "INSERT INTO hub (slug, name, kind, prefecture_code)
          SELECT 'bench21-imported-' || extract(epoch FROM now())::bigint, '$HUB', 'PRO_TALENT', '13'
           WHERE NOT EXISTS (SELECT 1 FROM hub WHERE name = '$HUB')"
fi
hub=$(sql -c "SELECT max(id) FROM hub WHERE name = '$HUB'")
[ -n "$hub" ] || { echo "no hub named $HUB" >&2; exit 1; }
# a bench-only coordinator of the hub; password bench-pass-1234 (BCrypt, as the application stores it)
user="search-bench-$hub@kyoten.bench"
role=COORDINATOR; home=$hub; api=companies
if [ -n "${ADMIN:-}" ]; then user="search-bench-admin@kyoten.bench"; role=SYSTEM_ADMIN; home=NULL; api=admin/companies; fi
[ -n "${IMPORT_FILE:-}" ] && role=HUB_MANAGER && user="import-bench-$hub@kyoten.bench"
sql -c "ALTER ROLE kyoten_app PASSWORD 'bench'" \
    -c "INSERT INTO user_account (hub_id, email, display_name, password_hash, role)
        VALUES ($home, '$user', '検索ベンチ', '{bcrypt}\$2a\$10\$s1BMbtaRITX5NblG.lA0ie99YVkig/hatm0AJtQbnxcbJXhmgzHGS', '$role')
        ON CONFLICT DO NOTHING"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:54321/postgres SPRING_DATASOURCE_USERNAME=kyoten_app \
SPRING_DATASOURCE_PASSWORD=bench SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD=postgres KYOTEN_DB_APP_ROLE=kyoten_app \
  "$JAVA_HOME/bin/java" -jar "$JAR" --server.port="$PORT" --kyoten.two-factor.required-for-roles=NATIONAL_VIEWER \
  >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$BASE/login" && break; sleep 1; done
jar="$OUT/cookies"; rm -f "$jar"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -w 'sign-in: %{http_code} %{redirect_url}\n' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
  --data-urlencode "password=bench-pass-1234" --data-urlencode "_csrf=$csrf" "$BASE/login"
# the API is stateless: a personal API token, issued on the profile page as a user would
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/profile" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
token=$(curl -s -L -c "$jar" -b "$jar" --data-urlencode "name=search-bench-$(date +%s)" --data-urlencode "_csrf=$csrf" \
  "$BASE/profile/tokens" | grep -o 'id="new-token">[^<]*' | sed 's/.*>//')
[ -n "$token" ] || { echo "no API token issued" >&2; exit 1; }
auth="Authorization: Bearer $token"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$BASE/api/v1/me")
[ "$code" = 200 ] || { echo "sign-in failed ($code)" >&2; exit 1; }
if [ -n "${IMPORT_FILE:-}" ]; then
  echo "== $(date -u +%FT%TZ) import of $IMPORT_FILE into hub $hub ($(sql -c "SELECT count(*) FROM company WHERE hub_id = $hub") companies before), load $(cut -d' ' -f1-3 /proc/loadavg)"
  t0=$(date +%s.%N)
  job=$(curl -s -H "$auth" -F "file=@$IMPORT_FILE" -F kind=FULL "$BASE/api/v1/imports/corporate-numbers" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
  while :; do
    st=$(curl -s -H "$auth" "$BASE/api/v1/imports/$job" | python3 -c 'import sys, json; j = json.load(sys.stdin); print(j["status"], j.get("created"))')
    case "$st" in DONE*|FAILED*) break;; esac
    sleep 0.5
  done
  echo "== import $job: $st in $(python3 -c "import time; print(round(time.time() - $t0, 1))") s (upload included), load $(cut -d' ' -f1-3 /proc/loadavg)"
fi
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
queries=(くまもと ｸﾏﾓﾄ クマモトセイキ ｸﾏﾓﾄｾｲｷ ｱｿ セイキ 精機 本精 製作所 熊本 阿蘇 株式会社熊本精機 "(株)阿蘇ファーム" ㈱ヒゴテック 熊 1000000 1000000070 存在しない名前)
# every query encoded once (a python start per URL took longer than the measurement itself)
paths=("me?")
for q in "${queries[@]}"; do paths+=("$api?q=$(enc "$q")&"); done
if [ -z "${ADMIN:-}" ]; then
  for f in "municipalityCode=13105&industry=E" "sizeBand=FROM_6_TO_20" "status=CLOSED" "page=50" "q=$(enc 熊本)&page=20"; do
    paths+=("companies?$f&")
  done
fi
cfg="$OUT/urls.cfg"; : > "$cfg"
for r in $(seq 1 "$ROUNDS"); do
  for p in "${paths[@]}"; do
    printf 'url = "%s/api/v1/%sr=%s"\noutput = /dev/null\n' "$BASE" "$p" "$r" >> "$cfg"
  done
done
echo "== $(date -u +%FT%TZ) hub '$HUB' ($hub, $(sql -c "SELECT count(*) FROM company WHERE hub_id = $hub") companies; table $(sql -c 'SELECT count(*) FROM company') companies in $(sql -c 'SELECT count(DISTINCT hub_id) FROM company') hubs), load $(cut -d' ' -f1-3 /proc/loadavg)"
curl -s -H "$auth" -K "$cfg" -w '%{http_code} %{time_total} %{url_effective}\n' > "$OUT/times.txt"
echo "== done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$OUT/times.txt" <<'PY'
import sys, urllib.parse, collections
rows = []
for line in open(sys.argv[1]):
    code, t, url = line.split()
    u = urllib.parse.urlparse(url); qs = urllib.parse.parse_qs(u.query)
    r = int(qs.pop('r')[0]); key = u.path.replace('/api/v1/', '') + ('?' + urllib.parse.unquote(urllib.parse.urlencode(qs, doseq=True)) if qs else '')
    rows.append((r, key, code, float(t) * 1000))
bad = [x for x in rows if x[2] != '200']
if bad: print('not 200:', len(bad), bad[:3])
def pct(v, p):
    v = sorted(v); return v[min(len(v) - 1, int(len(v) * p / 100 + 0.999) - 1)] if v else float('nan')
def line(name, v): print(f"| {name} | {len(v)} | {pct(v,50):.1f} | {pct(v,95):.1f} | {pct(v,99):.1f} |")
print('| request | n | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|')
later = [x for x in rows if x[0] > 1]
line('bare signed-in call (me), rounds 2..', [x[3] for x in later if x[1] == 'me'])
line('every search, rounds 2..', [x[3] for x in later if x[1] != 'me'])
line('every search, round 1', [x[3] for x in rows if x[0] == 1 and x[1] != 'me'])
by = collections.OrderedDict()
for x in later:
    if x[1] != 'me': by.setdefault(x[1], []).append(x[3])
for k, v in by.items(): line(k, v)
PY
