#!/usr/bin/env bash
# The name search's statements (CompanySearch.nameSearch) run directly as the application role, on the hubs that
# bench/company-search/physical-order.sql and national-hubs.sql loaded into the kept benchmark database:
#   capped      up to 1,001 matches collected by the GIN (the query's keys and the hub's key, V271), counted, the
#               page sorted from them (company_name_search);
#   ordered     when more than 1,000 match: the page among the first 5,000 companies in kana order (company_search);
#   allmatches  when that page is not full: every match collected by the GIN, then sorted (company_name_search).
# The query's keys are computed as JapaneseText.queryCodes does: its 2-grams (its 1-gram when it has one character).
# Each statement prepared, then timed over N rounds (the first one cold). HUB names the hub.
#   HUB='bench21 kana order' bash bench/company-search/name-search-1m.sh 10
# (server as in bench/corporate-number-import/load-order.sh)
set -euo pipefail
rounds=${1:-20}
hubname=${HUB:-bench21 kana order}
hub=$(psql -h 127.0.0.1 -p 54321 -U postgres -Atc "SELECT max(id) FROM hub WHERE name = '$hubname'")
cols="id, corporate_number, name, name_kana, prefecture_code, municipality_code, industry, employees, main_bank, sme, closed"
where="WHERE merged_into_id IS NULL AND search_grams @> (\$1::int4[] || kyoten_hub_gram_key(kyoten_current_hub())) AND search_text LIKE \$2 ESCAPE '\\' AND NOT closed"
order="ORDER BY name_kana ASC, name ASC, id ASC"
out=$(mktemp -d)
echo "hub $hubname ($hub): $(psql -h 127.0.0.1 -p 54321 -U postgres -Atc "SELECT count(*) FROM company WHERE hub_id = $hub") companies; load $(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "SET ROLE kyoten_app;"
  echo "SELECT set_config('kyoten.hub_id', '$hub', false);"
  echo "PREPARE capped(int4[], text) AS WITH m AS MATERIALIZED (SELECT $cols FROM company_name_search $where LIMIT 1001) SELECT m.*, count(*) OVER () AS total FROM m $order LIMIT 20 OFFSET 0;"
  echo "PREPARE ordered(text) AS SELECT $cols FROM (SELECT $cols, merged_into_id, search_text FROM company_search WHERE merged_into_id IS NULL AND NOT closed $order LIMIT 5000) f WHERE merged_into_id IS NULL AND search_text LIKE \$1 ESCAPE '\\' AND NOT closed $order LIMIT 20 OFFSET 0;"
  echo "PREPARE allmatches(int4[], text) AS WITH m AS MATERIALIZED (SELECT $cols FROM company_name_search $where) SELECT * FROM m $order LIMIT 20 OFFSET 0;"
  echo '\pset tuples_only on'
  echo '\pset format unaligned'
  echo '\timing on'
  for r in $(seq 1 "$rounds"); do
    for q in 熊本 セイキ 製作所 精機 阿蘇 熊本精機 熊; do
      n=${#q}
      if [ "$n" -eq 1 ]; then codes="ARRAY[ascii('$q')]"; else
        codes="ARRAY(SELECT ((ascii(substr('$q', k, 1)) & 65535) << 16) | (ascii(substr('$q', k + 1, 1)) & 65535) FROM generate_series(1, $((n - 1))) k)"
      fi
      echo "SELECT ($codes)::int4[] AS codes \\gset"
      echo '\o /dev/null'
      echo "\\echo Q $q capped"; echo "EXECUTE capped(:'codes', '%$q%');"
      echo "\\echo Q $q ordered"; echo "EXECUTE ordered('%$q%');"
      echo "\\echo Q $q allmatches"; echo "EXECUTE allmatches(:'codes', '%$q%');"
      echo '\o'
    done
  done
} | psql -h 127.0.0.1 -p 54321 -U postgres -q 2>&1 | awk '/^Q /{q=$2; s=$3} /^Time:/{ if (q!="") { print q, s, $2; q="" } }' > "$out/times"
echo "done; load $(cut -d' ' -f1-3 /proc/loadavg)"
psql -h 127.0.0.1 -p 54321 -U postgres -Atq -v hub="$hub" <<'SQL'
SET ROLE kyoten_app;
SELECT set_config('kyoten.hub_id', :'hub', false) \gset
SELECT 'matches ' || string_agg(q || ' ' || n, ', ') FROM (
  SELECT q, count(*) FILTER (WHERE search_text LIKE '%' || q || '%') AS n
    FROM unnest(ARRAY['熊本','セイキ','製作所','精機','阿蘇','熊本精機','熊']) q, company_search WHERE NOT closed GROUP BY q) x;
SQL
for q in 熊本 セイキ 製作所 精機 阿蘇 熊本精機 熊; do
  for s in capped ordered allmatches; do
    awk -v q="$q" -v s="$s" '$1==q && $2==s {print $3}' "$out/times" | sort -n | awk -v q="$q" -v s="$s" '
      {a[NR]=$1} END { i=int(NR*0.95+0.999); if (i>NR) i=NR; printf "%-8s %-10s n=%d p50 %.1f p95 %.1f max %.1f ms\n", q, s, NR, a[int((NR+1)/2)], a[i], a[NR] }'
  done
done
# what the search as the application sends it costs per query (capped; then ordered when capped counted more than
# 1,000; then allmatches when ordered found no full page), per round: the sum of the statements it would run
python3 - "$out/times" <<'PY'
import sys, collections
t = collections.defaultdict(list)
for line in open(sys.argv[1]):
    q, s, ms = line.split(); t[(q, s)].append(float(ms))
need = {'熊本': 3, '阿蘇': 3, '熊': 3, 'セイキ': 2, '製作所': 2, '精機': 2, '熊本精機': 1}
names = ['capped', 'ordered', 'allmatches']
alls = []
for q, k in need.items():
    rounds = zip(*[t[(q, s)] for s in names[:k]])
    alls += [sum(r) for r in rounds]
alls.sort()
p = lambda v, x: v[min(len(v) - 1, int(len(v) * x / 100 + 0.999) - 1)]
print(f"search as sent (statements it needs summed), all queries: n={len(alls)} p50 {p(alls,50):.1f} p95 {p(alls,95):.1f} p99 {p(alls,99):.1f} ms")
PY
