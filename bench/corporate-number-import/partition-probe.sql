-- What a company table partitioned by hub would cost and give (issue 21, ADR 250), probed on the kept benchmark
-- database without changing the schema:
--   1. planning: company_p, a copy of the company table's shape LIST-partitioned by hub_id with one partition per hub
--      of the company table and the same indexes, filled with the same rows of one 1,000,000-company hub and of
--      one small hub; the name search's statement planned and run against each (EXPLAIN ANALYZE, the hub as a
--      stable function, as the view company_search sets it, and as a constant);
--   2. a first load the partitioned way: the 1,000,000 generated rows into a fresh table, its indexes built with
--      CREATE INDEX, a CHECK constraint on the hub, then ATTACH PARTITION — the floor plus the swap.
\set ON_ERROR_STOP on
\timing on
SET maintenance_work_mem = '256MB';
SELECT pg_read_file('/proc/loadavg') AS load_at_start;
SELECT max(id) AS big FROM hub WHERE name = 'bench21 file order' \gset
SELECT min(id) AS small FROM hub WHERE name LIKE 'bench21 national %' \gset
DROP TABLE IF EXISTS company_p CASCADE;
CREATE TABLE company_p (LIKE company INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (hub_id);
SELECT format('CREATE TABLE company_p_%s PARTITION OF company_p FOR VALUES IN (%s)', id, id)
  FROM hub WHERE id <> :big ORDER BY id \gexec
SELECT replace(replace(replace(pg_get_indexdef(indexrelid), ' ON public.company ', ' ON company_p '),
               'INDEX ' || c.relname, 'INDEX p_' || c.relname), 'UNIQUE INDEX p_company_pkey', 'INDEX p_company_pkey') AS ddl
  FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
 WHERE indrelid = 'company'::regclass AND c.relname NOT IN ('company_pkey', 'company_id_hub_uq', 'company_corporate_number_uq')
 ORDER BY c.relname \gexec
CREATE UNIQUE INDEX p_company_id_hub_uq ON company_p (id, hub_id);
CREATE UNIQUE INDEX p_company_corporate_number_uq ON company_p (hub_id, corporate_number)
 WHERE corporate_number IS NOT NULL AND merged_into_id IS NULL;
INSERT INTO company_p SELECT * FROM company WHERE hub_id = :small;
SELECT count(*) AS partitions FROM pg_inherits WHERE inhparent = 'company_p'::regclass;

\echo === 2. a first load the partitioned way: fresh table, CREATE INDEX, ATTACH
SELECT pg_read_file('/proc/loadavg') AS load_before_load;
DROP TABLE IF EXISTS company_p_load;
CREATE TABLE company_p_load (LIKE company INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
INSERT INTO company_p_load SELECT * FROM company WHERE hub_id = :big ORDER BY corporate_number;
SELECT replace(replace(replace(pg_get_indexdef(indexrelid), ' ON public.company ', ' ON company_p_load '),
               'INDEX ' || c.relname, 'INDEX l_' || c.relname), 'UNIQUE INDEX l_company_pkey', 'INDEX l_company_pkey') AS ddl
  FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
 WHERE indrelid = 'company'::regclass ORDER BY c.relname \gexec
ALTER TABLE company_p_load ADD CONSTRAINT company_p_load_hub CHECK (hub_id = :big);
BEGIN;
ALTER TABLE company_p ATTACH PARTITION company_p_load FOR VALUES IN (:big);
COMMIT;
SELECT pg_read_file('/proc/loadavg') AS load_after_load;
VACUUM (ANALYZE) company_p;

\echo === 1. planning and running the name search on each
SET ROLE kyoten_app;
SELECT set_config('kyoten.hub_id', :'big', false);
RESET ROLE;
PREPARE flat AS WITH m AS MATERIALIZED (SELECT id, name, name_kana FROM company
  WHERE hub_id = (SELECT kyoten_current_hub()) AND merged_into_id IS NULL AND search_grams @> '{1904895788}'::int4[]
    AND search_text LIKE '%熊本%' AND NOT closed LIMIT 1001) SELECT m.*, count(*) OVER () FROM m ORDER BY name_kana, name, id LIMIT 20;
PREPARE parted AS WITH m AS MATERIALIZED (SELECT id, name, name_kana FROM company_p
  WHERE hub_id = (SELECT kyoten_current_hub()) AND merged_into_id IS NULL AND search_grams @> '{1904895788}'::int4[]
    AND search_text LIKE '%熊本%' AND NOT closed LIMIT 1001) SELECT m.*, count(*) OVER () FROM m ORDER BY name_kana, name, id LIMIT 20;
PREPARE parted_const AS WITH m AS MATERIALIZED (SELECT id, name, name_kana FROM company_p
  WHERE hub_id = :big AND merged_into_id IS NULL AND search_grams @> '{1904895788}'::int4[]
    AND search_text LIKE '%熊本%' AND NOT closed LIMIT 1001) SELECT m.*, count(*) OVER () FROM m ORDER BY name_kana, name, id LIMIT 20;
EXPLAIN (ANALYZE, SUMMARY, COSTS OFF, TIMING OFF) EXECUTE flat;
EXPLAIN (ANALYZE, SUMMARY, COSTS OFF, TIMING OFF) EXECUTE parted;
EXPLAIN (ANALYZE, SUMMARY, COSTS OFF, TIMING OFF) EXECUTE parted_const;
-- a join by company id alone, as eleven list statements write it (consultation c JOIN company co ON co.id = c.company_id)
EXPLAIN (SUMMARY, COSTS OFF) SELECT co.name FROM company_p co WHERE co.id = 12345;
EXPLAIN (SUMMARY, COSTS OFF) SELECT co.name FROM company co WHERE co.id = 12345;
SELECT pg_read_file('/proc/loadavg') AS load_at_end;
