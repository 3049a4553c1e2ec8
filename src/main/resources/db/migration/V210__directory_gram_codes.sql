-- The name search's grams as int4 keys instead of text (docs/adr/200-directory-gram-index-as-int4-keys.md).
-- A gram's key is computed in Java (jp.kyoten.directory.JapaneseText.gramCode) on every save and import; this
-- function computes the same key in SQL, for the rows that exist when this migration runs (and for a test that
-- compares the two). A 1-gram's key is its code point; a 2-gram's the low 16 bits of its first code point above
-- those of its second: exact for the Basic Multilingual Plane, a possible shared key (never a lost match: LIKE
-- confirms every match) for a 2-gram with a character beyond it.
CREATE FUNCTION kyoten_gram_codes(grams text[]) RETURNS int4[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT coalesce(array_agg(DISTINCT CASE WHEN length(g) = 1 THEN ascii(g)
                                                ELSE ((ascii(g) & 65535) << 16) | (ascii(substr(g, 2)) & 65535) END),
                        '{}')
          FROM unnest(grams) AS g
    $$;

-- The view reads the column; it is recreated exactly as in V10 once the column has its new type.
DROP VIEW company_search;
DROP INDEX company_search_grams_idx;
ALTER TABLE company ALTER COLUMN search_grams TYPE int4[] USING kyoten_gram_codes(search_grams);
-- Name and kana fragments: the keys of the 1- and 2-grams of the normalised name and kana. int4 keys compare as
-- integers where text keys compared by collation: the index builds in a third of the time (bench/company-search).
CREATE INDEX company_search_grams_idx ON company USING gin (search_grams);

CREATE VIEW company_search AS
SELECT id, hub_id, corporate_number, name, name_kana, prefecture_code, municipality_code, industry, employees,
       main_bank, sme, closed, merged_into_id, name_key, search_text, search_grams
  FROM company
 WHERE hub_id = (SELECT kyoten_current_hub());
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON company_search FROM ${appRole};
GRANT SELECT ON company_search TO ${appRole};

-- After a large import the application brings the company table's statistics, visibility map and GIN pending list
-- up to date itself (VACUUM ANALYZE, jp.kyoten.directory.DirectoryUpkeep), so that searches are fast from the first
-- minute rather than once autovacuum comes by. PostgreSQL 17 lets a non-owner do that with the MAINTAIN privilege;
-- on an older server the grant is skipped and autovacuum alone keeps the table (the upkeep then logs and skips).
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 170000 THEN
        EXECUTE 'GRANT MAINTAIN ON TABLE company TO ${appRole}';
    END IF;
END
$$;
