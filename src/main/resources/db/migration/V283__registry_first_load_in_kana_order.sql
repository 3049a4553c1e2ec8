-- A hub's first load of the registry, published in kana order in one transaction (issue 21, docs/adr/252).
-- When a full file (全件) arrives for a hub that has no company yet, the import's writers stage each batch here,
-- committed with their lane's progress (a killed import resumes where it stopped, as before), instead of inserting
-- it into the company table; when every lane is done, the rows move into the company table sorted by kana, one
-- part per writer, each part in one transaction that also forgets its staged rows. So a reader sees none of the
-- prefecture until the parts commit (within moments of each other), and the hub's companies lie in the heap in the
-- order the directory lists them: a broad word's matches (「熊本」 around クマモト) then sit on a few hundred pages
-- instead of thousands (bench/company-search, physical order), without a
-- CLUSTER that would lock the live table. Logged, not UNLOGGED: a crash must not lose rows whose lines are already
-- counted as committed.
CREATE TABLE registry_first_load (
    seq               bigint GENERATED ALWAYS AS IDENTITY,
    import_id         bigint       NOT NULL REFERENCES registry_import (id),
    hub_id            bigint       NOT NULL REFERENCES hub (id),
    corporate_number  varchar(13)  NOT NULL,
    name              text,
    name_kana         text,
    legal_form        text,
    postal_code       text,
    prefecture_code   text,
    municipality_code text,
    address           text,
    closed            boolean,
    closed_on         date,
    closed_reason     text,
    successor         text,
    name_key          text,
    search_text       text,
    search_grams      int4[],
    hash              char(32),
    update_date       date
);

ALTER TABLE registry_first_load ENABLE ROW LEVEL SECURITY;
ALTER TABLE registry_first_load FORCE ROW LEVEL SECURITY;
CREATE POLICY registry_first_load_hub ON registry_first_load
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
