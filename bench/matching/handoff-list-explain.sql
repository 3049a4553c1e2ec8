-- The staff hand-off list's two statements (HandOffs.page: the pager's count and the first page of 50, most recently
-- changed first) as the application role in Kumamoto's scope, planned and run with EXPLAIN (ANALYZE, BUFFERS).
\set ON_ERROR_STOP on
SET ROLE kyoten_app;
SELECT set_config('kyoten.hub_id', '1', false);
\echo --- count
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM handoff h WHERE true;
\echo --- page
EXPLAIN (ANALYZE, BUFFERS)
SELECT h.id, h.need_id, h.company_id, h.agency_id, a.name AS agency_name, h.selection_sheet_id, h.chosen_by,
       h.choice_method, h.chosen_on, h.status, h.status_changed_at, h.not_placed_reason,
       h.provided_data::text AS provided_data, h.provided_at, h.provided_by, p.id AS placement_id,
       coalesce(p.confirmed, false) AS placement_confirmed
  FROM handoff h
  JOIN recruitment_agency a ON a.id = h.agency_id
  LEFT JOIN placement p ON p.handoff_id = h.id
 WHERE true ORDER BY h.status_changed_at DESC, h.id DESC LIMIT 50 OFFSET 0;
