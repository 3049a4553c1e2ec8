-- National scale for the company search (issue 21): :hubs more hubs of :per companies each, taken from the generated
-- registry rows (bench21_src) in windows that differ per hub, beside the two hubs of 1,000,000 that
-- physical-order.sql loads, so that the company table holds 2,000,000 + :hubs × :per companies (5,000,000 with the
-- defaults of national-hubs.sh). One INSERT … SELECT per hub, every index maintained; then VACUUM (ANALYZE).
\set ON_ERROR_STOP on
\timing on
SELECT pg_read_file('/proc/loadavg') AS load_at_start;
SELECT count(*) AS already FROM hub WHERE name LIKE 'bench21 national %' \gset
\if :already
  \echo national hubs exist (:already); delete them to reload
\else
INSERT INTO hub (slug, name, kind, prefecture_code)
SELECT 'bench21-national-' || k, 'bench21 national ' || k, 'PRO_TALENT', lpad(((k % 46) + 1)::text, 2, '0')
  FROM generate_series(1, :hubs) k;
CREATE OR REPLACE PROCEDURE bench21_national(per int) LANGUAGE plpgsql AS $$
DECLARE
    h record;
    started timestamptz := clock_timestamp();
    k int := 0;
BEGIN
    FOR h IN SELECT id FROM hub WHERE name LIKE 'bench21 national %' ORDER BY id LOOP
        INSERT INTO company (hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
                             municipality_code, address, closed, name_key, search_text, search_grams, registry_hash,
                             created_by, updated_by)
        SELECT h.id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code, municipality_code,
               address, closed, name_key, search_text, search_grams, registry_hash, 'registry', 'registry'
          FROM bench21_src
         WHERE i > (k * 15485863::bigint) % (1000000 - per) AND i <= (k * 15485863::bigint) % (1000000 - per) + per
         ORDER BY i;
        COMMIT;
        k := k + 1;
    END LOOP;
    RAISE NOTICE '% hubs loaded in % s', k, round(extract(epoch FROM clock_timestamp() - started)::numeric, 1);
END $$;
CALL bench21_national(:per);
VACUUM (ANALYZE) company;
\endif
SELECT pg_read_file('/proc/loadavg') AS load_at_end;
SELECT count(*) AS companies, count(DISTINCT hub_id) AS hubs FROM company;
