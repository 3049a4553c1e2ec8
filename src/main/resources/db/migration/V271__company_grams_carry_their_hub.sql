-- A company's gram keys also carry its hub (issue 21, docs/adr/250-the-gram-index-knows-the-hub.md).
--
-- At national scale one name's grams match companies of every hub: 「熊本」's key stood for 68,995 companies in a
-- table of 5,000,000 in 97 hubs, 13,751 of them in the hub searching. The search then either read every hub's
-- matches on the heap to keep its own, or (what the planner chose, since a hub of a million rows is a fifth of the
-- table) ANDed the GIN's bitmap with a bitmap of the whole hub from a btree — a million entries, 483 ms.
-- With one more key per company, the hub's, a name search asks the GIN for the query's keys and the hub's key at
-- once, and the GIN hands over the hub's matches only.
--
-- The hub's key lives where no gram's key can: a gram key's upper 16 bits are the low bits of its first character,
-- and normalisation removes U+0000–U+001F, so keys 0x0001_0000–0x0001_FFFF belong to no BMP gram (a 2-gram starting
-- beyond the BMP might share one: like every shared key, that can only let a row through to the conditions that
-- confirm a match, never hide one). Hub ids above 65,535 share keys in pairs: the same holds.
CREATE FUNCTION kyoten_hub_gram_key(hub bigint) RETURNS int4
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ((1 << 16) | (hub & 65535))::int4;

-- Added by the database on every write, so that no writer (the entity, the registry import, the spreadsheet import,
-- the bulk insert, the demo) has to know it; idempotent, so that an entity that read the keys back and writes them
-- again does not add a second one.
CREATE FUNCTION kyoten_company_hub_gram_key() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT NEW.search_grams @> ARRAY[kyoten_hub_gram_key(NEW.hub_id)] THEN
        NEW.search_grams := NEW.search_grams || kyoten_hub_gram_key(NEW.hub_id);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER company_hub_gram_key BEFORE INSERT OR UPDATE OF search_grams, hub_id ON company
    FOR EACH ROW EXECUTE FUNCTION kyoten_company_hub_gram_key();

UPDATE company SET search_grams = search_grams || kyoten_hub_gram_key(hub_id)
 WHERE NOT search_grams @> ARRAY[kyoten_hub_gram_key(hub_id)];

-- The view of the statements that the gram index drives (a name search's capped page and its page sorted from every
-- match). Its hub condition is the same as company_search's, written so that no index can serve it (hub_id + 0):
-- the hub is already in the GIN's keys, and a btree's bitmap of the whole hub is exactly the work to avoid.
-- Everything else — the list, the filters, the kana walk — keeps reading company_search.
CREATE VIEW company_name_search AS
SELECT id, hub_id, corporate_number, name, name_kana, prefecture_code, municipality_code, industry, employees,
       main_bank, sme, closed, merged_into_id, name_key, search_text, search_grams
  FROM company
 WHERE hub_id + 0 = (SELECT kyoten_current_hub());
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON company_name_search FROM ${appRole};
GRANT SELECT ON company_name_search TO ${appRole};
