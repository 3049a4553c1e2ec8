#!/usr/bin/env bash
# The name search's statements (CompanySearch.nameSearch: the capped page over the GIN of int4 gram keys; when more
# than 1,000 match, the page among the first 5,000 companies in kana order, else every match sorted) run directly as
# the application role through the view company_search, on the 1,000,000 companies that load-order.sql loaded into
# one hub (bench/corporate-number-import). The query's keys are computed as JapaneseText.queryCodes does: its
# 2-grams (its 1-gram when it has one character). Each statement prepared, then timed over N rounds.
# allmatches is the statement that replaced allsorted (issue 21, 2026-12-07, fifth session): the matches collected
# by the GIN whatever the planner estimates, then sorted. HUB names the hub (default: load-order.sql's 'bench21 today';
# physical-order.sql loads 'bench21 file order' and 'bench21 kana order').
#   bash bench/company-search/name-search-1m.sh [rounds]      (server as in bench/corporate-number-import/load-order.sh)
#   HUB='bench21 kana order' bash bench/company-search/name-search-1m.sh 10
set -euo pipefail
rounds=${1:-20}
hubname=${HUB:-bench21 today}
hub=$(psql -h 127.0.0.1 -p 54321 -U postgres -Atc "SELECT max(id) FROM hub WHERE name = '$hubname'")
cols="id, corporate_number, name, name_kana, prefecture_code, municipality_code, industry, employees, main_bank, sme, closed"
where="WHERE merged_into_id IS NULL AND search_grams @> \$1::int4[] AND search_text LIKE \$2 ESCAPE '\\' AND NOT closed"
order="ORDER BY name_kana ASC, name ASC, id ASC"
uptime
{
  echo "SET ROLE kyoten_app;"
  echo "SELECT set_config('kyoten.hub_id', '$hub', false);"
  echo "PREPARE capped(int4[], text) AS WITH m AS MATERIALIZED (SELECT $cols FROM company_search $where LIMIT 1001) SELECT m.*, count(*) OVER () AS total FROM m $order LIMIT 20 OFFSET 0;"
  echo "PREPARE ordered(text) AS SELECT $cols FROM (SELECT $cols, merged_into_id, search_text FROM company_search WHERE merged_into_id IS NULL AND NOT closed $order LIMIT 5000) f WHERE merged_into_id IS NULL AND search_text LIKE \$1 ESCAPE '\\' AND NOT closed $order LIMIT 20 OFFSET 0;"
  echo "PREPARE allsorted(int4[], text) AS SELECT $cols FROM company_search $where $order LIMIT 20 OFFSET 0;"
  echo "PREPARE allmatches(int4[], text) AS WITH m AS MATERIALIZED (SELECT $cols FROM company_search $where) SELECT * FROM m $order LIMIT 20 OFFSET 0;"
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
      echo "\\echo Q $q capped"; echo "EXECUTE capped(:'codes', '%$q%');"
      echo "\\echo Q $q ordered"; echo "EXECUTE ordered('%$q%');"
      echo "\\echo Q $q allsorted"; echo "EXECUTE allsorted(:'codes', '%$q%');"
      echo "\\echo Q $q allmatches"; echo "EXECUTE allmatches(:'codes', '%$q%');"
      echo '\o'
    done
  done
} | psql -h 127.0.0.1 -p 54321 -U postgres -q 2>&1 | tee /tmp/name-search-1m.raw | awk '/^Q /{q=$2; s=$3} /^Time:/{ if (q!="") { print q, s, $2; q="" } }' > /tmp/name-search-1m.times
uptime
psql -h 127.0.0.1 -p 54321 -U postgres -q -v hub="$hub" <<'SQL'
SET ROLE kyoten_app;
SELECT set_config('kyoten.hub_id', :'hub', false) \gset
SELECT q, count(*) FILTER (WHERE search_text LIKE '%' || q || '%') AS matches
  FROM unnest(ARRAY['熊本','セイキ','製作所','精機','阿蘇','熊本精機','熊']) q, company_search WHERE NOT closed GROUP BY q;
SQL
for q in 熊本 セイキ 製作所 精機 阿蘇 熊本精機 熊; do
  for s in capped ordered allsorted allmatches; do
    awk -v q="$q" -v s="$s" '$1==q && $2==s {print $3}' /tmp/name-search-1m.times | sort -n | awk -v q="$q" -v s="$s" '
      {a[NR]=$1} END { i=int(NR*0.95+0.999); if (i>NR) i=NR; printf "%-8s %-9s n=%d p50 %.1f p95 %.1f max %.1f ms\n", q, s, NR, a[int((NR+1)/2)], a[i], a[NR] }'
  done
done
