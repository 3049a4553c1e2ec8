-- Load-order benchmark (issue 21): the same :rows generated companies (load-order-data.sql) loaded side by side in
-- one run, as the superuser (no row-level security), each into an empty hub of its own:
--   floor     INSERT … SELECT into an unindexed copy of the company table, then CREATE INDEX of each of its indexes;
--   today     the registry import's statement, batches of 5,000 committed one by one, every index maintained,
--             the GIN's pending list at its default limit (4 MB: a merge every few batches);
--   pending   the same with gin_pending_list_limit raised for the session, the list merged once at the end
--             (gin_clean_pending_list, as VACUUM does).
-- Prints the load average beside every figure.
\set ON_ERROR_STOP on
\timing on
SET maintenance_work_mem = '256MB';
SELECT pg_read_file('/proc/loadavg') AS load_at_start;
INSERT INTO hub (slug, name, kind, prefecture_code)
SELECT 'bench21-' || v || '-' || extract(epoch FROM now())::bigint, 'bench21 ' || v, 'PRO_TALENT', '13'
  FROM unnest(ARRAY['today', 'pending']) v;
SELECT max(id) FILTER (WHERE name = 'bench21 today') AS hub_today,
       max(id) FILTER (WHERE name = 'bench21 pending') AS hub_pending FROM hub \gset

CREATE OR REPLACE PROCEDURE bench21_load(hub bigint, batch int) LANGUAGE plpgsql AS $$
DECLARE
    n bigint := (SELECT max(i) FROM bench21_src);
    started timestamptz := clock_timestamp();
BEGIN
    FOR b IN 0 .. (n - 1) / batch LOOP
        INSERT INTO company (hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
                             municipality_code, address, closed, name_key, search_text, search_grams, registry_hash,
                             created_by, updated_by)
        SELECT hub, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code, municipality_code,
               address, closed, name_key, search_text, search_grams, registry_hash, 'registry', 'registry'
          FROM bench21_src WHERE i > b * batch AND i <= (b + 1) * batch ORDER BY i
        ON CONFLICT (hub_id, corporate_number) WHERE corporate_number IS NOT NULL AND merged_into_id IS NULL
        DO NOTHING;
        COMMIT;
    END LOOP;
    RAISE NOTICE 'hub % loaded in % s', hub, round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
END $$;

\echo === today: batches of 5,000, every index maintained
CALL bench21_load(:hub_today, 5000);
SELECT pg_read_file('/proc/loadavg') AS load_after_today;

\echo === pending: the same, the GIN pending list merged once at the end
SET gin_pending_list_limit = '2GB';
CALL bench21_load(:hub_pending, 5000);
SELECT gin_clean_pending_list('company_search_grams_idx') AS pages_merged;
RESET gin_pending_list_limit;
SELECT pg_read_file('/proc/loadavg') AS load_after_pending;

\echo === floor: rows into an unindexed copy, then CREATE INDEX of each index
DROP TABLE IF EXISTS bench21_floor;
CREATE TABLE bench21_floor (LIKE company INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY);
INSERT INTO bench21_floor (hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
                           municipality_code, address, closed, name_key, search_text, search_grams, registry_hash,
                           created_by, updated_by)
SELECT :hub_today, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code, municipality_code,
       address, closed, name_key, search_text, search_grams, registry_hash, 'registry', 'registry'
  FROM bench21_src ORDER BY i;
SELECT pg_read_file('/proc/loadavg') AS load_after_floor_rows;
SELECT replace(replace(pg_get_indexdef(indexrelid), ' ON public.company ', ' ON bench21_floor '),
               'INDEX ' || c.relname, 'INDEX bench21_f_' || c.relname) AS ddl
  FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
 WHERE indrelid = 'company'::regclass ORDER BY c.relname \gexec
SELECT pg_read_file('/proc/loadavg') AS load_after_floor_indexes;
SELECT relname, pg_size_pretty(pg_relation_size(oid)) FROM pg_class WHERE relname LIKE 'bench21_f_%' ORDER BY 1;
