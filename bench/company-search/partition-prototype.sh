#!/usr/bin/env bash
# What a partition per hub would give (issue 21, docs/adr/254), measured on the kept benchmark database of
# bench/corporate-number-import/load-order.sh (server on 127.0.0.1:54321) without changing the application:
#   1. the hub's companies (HUB_ID, default 52 = 'bench21 kana order', 1,000,000) written into a fresh table in kana
#      order, as a first load would write its own partition;
#   2. the company table's indexes built on it with CREATE INDEX, one after another, then in two sessions at once;
#   3. the table attached to a partitioned copy of the company table (CHECK constraint first, so no scan);
#   4. the name search's statement (every match collected by the GIN, counted, the page sorted) on that table, whose
#      GIN holds this hub's companies only, beside the same statement on the shared table (the hub's key, V271).
# Leaves nothing behind (the prototype tables are dropped at the end).
#   bash bench/company-search/partition-prototype.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
hub=${HUB_ID:-52}
out=${OUT:-/tmp/kyoten-partition-prototype}; mkdir -p "$out"
sql() { psql -h 127.0.0.1 -p 54321 -U postgres -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
took() { python3 -c "print(f'{$(now) - $1:.2f} s')"; }
echo "== $(date -u +%FT%TZ) hub $hub, load $(cut -d' ' -f1-3 /proc/loadavg)"
sql -q -c "DROP TABLE IF EXISTS proto_company, proto_hub" 
t=$(now)
sql -q -c "SET work_mem = '256MB'" -c "CREATE TABLE proto_hub (LIKE company INCLUDING DEFAULTS)" \
  -c "INSERT INTO proto_hub SELECT * FROM company WHERE hub_id = $hub ORDER BY name_kana, name, id"
echo "rows in kana order into a fresh table: $(took "$t")"
# the company table's own indexes, renamed; the primary key as a partitioned table needs it, with the hub
sql -Atq -c "SELECT replace(replace(replace(indexdef, 'ON public.company ', 'ON proto_hub '), 'INDEX company_', 'INDEX ph_'),
               'btree (id)', 'btree (id, hub_id)') || ';' FROM pg_indexes WHERE tablename = 'company' ORDER BY indexname" \
  > "$out/indexes.sql"
t=$(now)
sql -q -c "SET maintenance_work_mem = '256MB'" -f "$out/indexes.sql"
echo "CREATE INDEX x$(wc -l < "$out/indexes.sql"), one after another: $(took "$t")"
sql -Atq -c "SELECT 'DROP INDEX ' || indexname || ';' FROM pg_indexes WHERE tablename = 'proto_hub'" | sql -q
grep gin "$out/indexes.sql" > "$out/a.sql"; grep -v gin "$out/indexes.sql" | sed -n '1,6p' >> "$out/a.sql"
grep -v gin "$out/indexes.sql" | sed -n '7,$p' > "$out/b.sql"
t=$(now)
sql -q -c "SET maintenance_work_mem = '256MB'" -f "$out/a.sql" & sql -q -c "SET maintenance_work_mem = '256MB'" -f "$out/b.sql"; wait
echo "CREATE INDEX in two sessions at once: $(took "$t")"
sql -q -c "VACUUM (ANALYZE) proto_hub"
sql -q -c "CREATE TABLE proto_company (LIKE company INCLUDING DEFAULTS) PARTITION BY LIST (hub_id)"
sql -Atq -c "SELECT replace(replace(replace(indexdef, 'ON public.company ', 'ON ONLY proto_company '), 'INDEX company_', 'INDEX pc_'),
               'btree (id)', 'btree (id, hub_id)') || ';' FROM pg_indexes WHERE tablename = 'company'" | sql -q
t=$(now)
sql -q -c "ALTER TABLE proto_hub ADD CONSTRAINT proto_hub_hub CHECK (hub_id = $hub)"
echo "CHECK constraint (one scan, before the table is visible): $(took "$t")"
t=$(now)
sql -q -c "ALTER TABLE proto_company ATTACH PARTITION proto_hub FOR VALUES IN ($hub)"
echo "ATTACH PARTITION: $(took "$t")"
for q in クマモト セイキ 精機 製作所 熊本 阿蘇 本精; do
  for t in proto_company company; do
    # on the shared table as company_name_search asks: the hub's key, the hub condition out of every btree's reach
    key=""; cond="hub_id = $hub"; [ "$t" = company ] && key=" || kyoten_hub_gram_key($hub)" && cond="hub_id + 0 = $hub"
    cat <<SQL
\\set q $q
SELECT CASE WHEN length(:'q') = 1 THEN ARRAY[ascii(:'q')] ELSE ARRAY(SELECT ((ascii(substr(:'q', k, 1)) & 65535) << 16)
       | (ascii(substr(:'q', k + 1, 1)) & 65535) FROM generate_series(1, length(:'q') - 1) k) END::int4[] AS codes \\gset
\\echo Q $q $t
EXPLAIN (ANALYZE) WITH m AS MATERIALIZED (SELECT id, name, name_kana FROM $t WHERE $cond AND merged_into_id IS NULL
  AND search_grams @> (:'codes'::int4[]$key) AND search_text LIKE '%$q%' AND NOT closed)
  SELECT m.*, count(*) OVER () FROM m ORDER BY name_kana, name, id LIMIT 20;
SQL
  done
done > "$out/search.sql"
for round in 1 2 3 4 5 6; do sql -f "$out/search.sql" > "$out/search-$round.txt" 2>&1; done
python3 - "$out" <<'PY'
import re, sys, glob, statistics
runs = {}
for f in sorted(glob.glob(sys.argv[1] + '/search-[2-6].txt')):   # round 1 warms the cache
    q = None
    for line in open(f):
        if line.startswith('Q '): q = tuple(line.split()[1:3])
        m = re.search(r'Bitmap Index Scan on \S+ .*actual time=[\d.]+\.\.([\d.]+)', line)
        if m and q: runs.setdefault(q, {}).setdefault('gin', []).append(float(m.group(1)))
        m = re.search(r'Execution Time: ([\d.]+)', line)
        if m and q: runs.setdefault(q, {}).setdefault('all', []).append(float(m.group(1)))
print('query | GIN scan, partition / shared table (ms, median of 5) | whole statement, partition / shared')
for q in dict.fromkeys(k[0] for k in runs):
    p, s = runs[(q, 'proto_company')], runs[(q, 'company')]
    med = lambda x: statistics.median(x)
    print(f"{q} | {med(p['gin']):.1f} / {med(s['gin']):.1f} | {med(p['all']):.1f} / {med(s['all']):.1f}")
PY
sql -q -c "DROP TABLE IF EXISTS proto_company, proto_hub"
echo "== done, load $(cut -d' ' -f1-3 /proc/loadavg)"
