-- Physical order of a hub's companies and the name search (issue 21): the same :rows generated companies
-- (bench/corporate-number-import/load-order-data.sql, bench21_src) loaded into two empty hubs by the registry import's
-- statement (batches of 5,000, INSERT … ON CONFLICT DO NOTHING, each committed, every index maintained):
--   file order   the order of the registry file (corporate number), as the import writes today;
--   kana order   sorted by name_kana, name, corporate number, as a first load staged and then published would write.
-- Then VACUUM (ANALYZE) company, as CompanyTableUpkeep does after a large import. Prints the load beside every figure.
\set ON_ERROR_STOP on
\timing on
SELECT pg_read_file('/proc/loadavg') AS load_at_start;
INSERT INTO hub (slug, name, kind, prefecture_code)
SELECT 'bench21-' || v || '-' || extract(epoch FROM now())::bigint, 'bench21 ' || v, 'PRO_TALENT', '13'
  FROM unnest(ARRAY['file order', 'kana order']) v;
SELECT max(id) FILTER (WHERE name = 'bench21 file order') AS hub_file,
       max(id) FILTER (WHERE name = 'bench21 kana order') AS hub_kana FROM hub \gset

CREATE OR REPLACE PROCEDURE bench21_load_ordered(hub bigint, batch int, by_kana boolean) LANGUAGE plpgsql AS $$
DECLARE
    n bigint := (SELECT max(i) FROM bench21_src);
    started timestamptz := clock_timestamp();
BEGIN
    IF by_kana THEN
        DROP TABLE IF EXISTS bench21_kana_rank;
        CREATE TEMP TABLE bench21_kana_rank AS
            SELECT i, row_number() OVER (ORDER BY name_kana, name, corporate_number) AS r FROM bench21_src;
        CREATE INDEX ON bench21_kana_rank (r);
        RAISE NOTICE 'kana ranks in % s', round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
        COMMIT;
    END IF;
    FOR b IN 0 .. (n - 1) / batch LOOP
        IF by_kana THEN
            INSERT INTO company (hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
                                 municipality_code, address, closed, name_key, search_text, search_grams, registry_hash,
                                 created_by, updated_by)
            SELECT hub, s.corporate_number, s.name, s.name_kana, s.legal_form, s.postal_code, s.prefecture_code,
                   s.municipality_code, s.address, s.closed, s.name_key, s.search_text, s.search_grams, s.registry_hash,
                   'registry', 'registry'
              FROM bench21_kana_rank k JOIN bench21_src s USING (i)
             WHERE k.r > b * batch AND k.r <= (b + 1) * batch ORDER BY k.r
            ON CONFLICT (hub_id, corporate_number) WHERE corporate_number IS NOT NULL AND merged_into_id IS NULL
            DO NOTHING;
        ELSE
            INSERT INTO company (hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
                                 municipality_code, address, closed, name_key, search_text, search_grams, registry_hash,
                                 created_by, updated_by)
            SELECT hub, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code, municipality_code,
                   address, closed, name_key, search_text, search_grams, registry_hash, 'registry', 'registry'
              FROM bench21_src WHERE i > b * batch AND i <= (b + 1) * batch ORDER BY i
            ON CONFLICT (hub_id, corporate_number) WHERE corporate_number IS NOT NULL AND merged_into_id IS NULL
            DO NOTHING;
        END IF;
        COMMIT;
    END LOOP;
    RAISE NOTICE 'hub % loaded in % s', hub, round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
END $$;

\echo === file order
CALL bench21_load_ordered(:hub_file, 5000, false);
SELECT pg_read_file('/proc/loadavg') AS load_after_file_order;
\echo === kana order
CALL bench21_load_ordered(:hub_kana, 5000, true);
SELECT pg_read_file('/proc/loadavg') AS load_after_kana_order;
\echo === upkeep
VACUUM (ANALYZE) company;
SELECT pg_read_file('/proc/loadavg') AS load_after_upkeep;
-- how ordered each hub's rows are on the heap: the share of kana-adjacent companies on the same page
SELECT h.name, count(*) AS companies,
       round(avg(CASE WHEN (ctid::text::point)[0] = lag_page THEN 1 ELSE 0 END)::numeric, 3) AS kana_neighbours_same_page
  FROM (SELECT hub_id, ctid, lag((ctid::text::point)[0]) OVER (PARTITION BY hub_id ORDER BY name_kana, name, id) AS lag_page
          FROM company WHERE hub_id IN (:hub_file, :hub_kana)) c
  JOIN hub h ON h.id = c.hub_id GROUP BY h.name;
