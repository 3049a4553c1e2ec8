#!/usr/bin/env bash
# The staff hand-off list's two statements timed side by side on the kept data set (handoff-list-data.sql), as the
# application role in Kumamoto's scope: "before" puts back V51's policies and drops V270's index inside a
# transaction that is rolled back, "after" is the schema as migrated. Rounds alternate; each round prepares both
# statements and executes each five times; p50/p95 per statement over all executions.
#   bash bench/matching/handoff-list-timing.sh [rounds]      (server as in bench/corporate-number-import/load-order.sh)
set -euo pipefail
rounds=${1:-20}
q_count="SELECT count(*) FROM handoff h WHERE true;"
q_page="SELECT h.id, h.need_id, h.company_id, h.agency_id, a.name AS agency_name, h.selection_sheet_id, h.chosen_by,
       h.choice_method, h.chosen_on, h.status, h.status_changed_at, h.not_placed_reason,
       h.provided_data::text AS provided_data, h.provided_at, h.provided_by, p.id AS placement_id,
       coalesce(p.confirmed, false) AS placement_confirmed
  FROM handoff h JOIN recruitment_agency a ON a.id = h.agency_id LEFT JOIN placement p ON p.handoff_id = h.id
 WHERE true ORDER BY h.status_changed_at DESC, h.id DESC LIMIT 50 OFFSET 0;"
before="DROP INDEX handoff_hub_agency_status_idx;
DROP POLICY handoff_hub ON handoff;
CREATE POLICY handoff_hub ON handoff USING (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id));
DROP POLICY placement_hub ON placement;
CREATE POLICY placement_hub ON placement USING (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id));"
out=$(mktemp -d)
uptime
for r in $(seq 1 "$rounds"); do
  for v in before after; do
    {
      echo '\timing on'
      echo 'BEGIN;'
      [ "$v" = before ] && echo "$before"
      echo 'SET LOCAL ROLE kyoten_app;'
      echo "SELECT set_config('kyoten.hub_id', '1', true);"
      # prepared as PgJDBC prepares a statement the application runs often (server-side, after a few runs)
      echo "PREPARE c AS ${q_count%;};"
      echo "PREPARE p AS ${q_page%;};"
      echo '\o /dev/null'
      for i in 1 2 3 4 5; do
        echo '\echo COUNT'; echo 'EXECUTE c;'
        echo '\echo PAGE'; echo 'EXECUTE p;'
      done
      echo '\o'
      echo 'ROLLBACK;'
    } | psql -h 127.0.0.1 -p 54321 -U postgres -q 2>&1 | awk -v v="$v" '/^COUNT/{s="count"} /^PAGE/{s="page"} /^Time:/{ if (s!="") { print v, s, $2; s="" } }' >> "$out/times"
  done
done
uptime
for v in before after; do
  for s in count page; do
    awk -v v="$v" -v s="$s" '$1==v && $2==s {print $3}' "$out/times" | sort -n | awk -v v="$v" -v s="$s" '
      {a[NR]=$1} END { p50=a[int((NR+1)*0.5)]; i=int(NR*0.95+0.999); if (i>NR) i=NR; printf "%-6s %-5s n=%d p50 %.1f ms p95 %.1f ms max %.1f ms\n", v, s, NR, p50, a[i], a[NR] }'
  done
done
