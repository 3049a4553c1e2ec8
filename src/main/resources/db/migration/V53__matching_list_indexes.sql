-- The needs and hand-off lists of a hub, most recently changed first, are read a page at a time: with these the
-- first page is an index scan that stops after 50 rows instead of sorting the hub's whole history
-- (bench/matching/README.md). Row-level security's hub_id = kyoten_current_hub() is the index's first column.

CREATE INDEX talent_need_hub_changed_idx ON talent_need (hub_id, status_changed_at DESC, id DESC);
CREATE INDEX handoff_hub_changed_idx ON handoff (hub_id, status_changed_at DESC, id DESC);
