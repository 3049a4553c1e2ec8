-- 返還 and 消去 at the contract's end (seed 000 特記事項 第13). These tables name the hub as target_hub_id, not hub_id, on
-- purpose: they are the proof of what was handed back and erased, so neither the export nor the erasure (both take
-- every table with a hub_id column from the catalog) may take them, and they outlive the hub itself (no foreign key).
-- The system admin (no hub in scope) sees all of them; a hub's manager sees their own hub's.

-- The system admin lets the hub's manager produce the hand-back themselves until the given time.
CREATE TABLE privacy_hand_back_consent (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_hub_id  bigint        NOT NULL,
    granted_by     varchar(254)  NOT NULL,
    granted_at     timestamptz   NOT NULL DEFAULT now(),
    valid_until    timestamptz   NOT NULL
);
CREATE INDEX privacy_hand_back_consent_hub_idx ON privacy_hand_back_consent (target_hub_id, valid_until DESC);

CREATE TABLE privacy_hand_back (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_hub_id      bigint        NOT NULL,
    target_hub_name    varchar(200)  NOT NULL,
    status             varchar(10)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'ERASED')),
    requested_by       varchar(254)  NOT NULL,
    requested_at       timestamptz   NOT NULL DEFAULT now(),
    -- a node working on it beats this; a RUNNING job whose heartbeat stopped is picked up again where it left off
    heartbeat_at       timestamptz,
    finished_at        timestamptz,
    tables_total       integer       NOT NULL DEFAULT 0,
    tables_done        integer       NOT NULL DEFAULT 0,
    rows_estimate      bigint        NOT NULL DEFAULT 0,
    rows_done          bigint        NOT NULL DEFAULT 0,
    file_name          varchar(200),
    zip_bytes          bigint,
    zip_sha256         char(64),
    error              varchar(1000),
    -- the prefecture confirmed it received the hand-back complete; only then may the hub be erased
    confirmed_at       timestamptz,
    confirmed_by       varchar(254),
    confirmation_note  varchar(1000)
);
CREATE INDEX privacy_hand_back_hub_idx ON privacy_hand_back (target_hub_id, requested_at DESC);
CREATE INDEX privacy_hand_back_open_idx ON privacy_hand_back (status) WHERE status IN ('QUEUED', 'RUNNING');

-- Every entry of the hand-back's zip: its rows (tables), bytes and SHA-256.
CREATE TABLE privacy_hand_back_entry (
    hand_back_id  bigint        NOT NULL REFERENCES privacy_hand_back (id),
    entry_name    varchar(400)  NOT NULL,
    table_name    varchar(100),
    rows          bigint,
    bytes         bigint        NOT NULL,
    sha256        char(64)      NOT NULL,
    position      integer       NOT NULL,
    PRIMARY KEY (hand_back_id, entry_name)
);

CREATE TABLE privacy_erasure (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_hub_id    bigint        NOT NULL,
    target_hub_name  varchar(200)  NOT NULL,
    hand_back_id     bigint        NOT NULL REFERENCES privacy_hand_back (id),
    -- PERSONAL: every table holding personal data (and what refers to them); HUB: the whole hub, the hub itself last
    scope            varchar(10)   NOT NULL CHECK (scope IN ('PERSONAL', 'HUB')),
    status           varchar(10)   NOT NULL CHECK (status IN ('RUNNING', 'DONE')),
    erased_by        varchar(254)  NOT NULL,
    started_at       timestamptz   NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    files_erased     integer       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX privacy_erasure_hand_back_uq ON privacy_erasure (hand_back_id);

CREATE TABLE privacy_erasure_count (
    erasure_id  bigint        NOT NULL REFERENCES privacy_erasure (id),
    table_name  varchar(100)  NOT NULL,
    rows        bigint        NOT NULL,
    position    integer       NOT NULL,
    PRIMARY KEY (erasure_id, table_name)
);

ALTER TABLE privacy_hand_back_consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_hand_back_consent FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_hand_back_consent_hub ON privacy_hand_back_consent
    USING (kyoten_current_hub() IS NULL OR target_hub_id = kyoten_current_hub());
ALTER TABLE privacy_hand_back ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_hand_back FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_hand_back_hub ON privacy_hand_back
    USING (kyoten_current_hub() IS NULL OR target_hub_id = kyoten_current_hub());
ALTER TABLE privacy_erasure ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_erasure FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_erasure_hub ON privacy_erasure
    USING (kyoten_current_hub() IS NULL OR target_hub_id = kyoten_current_hub());

-- The erasure must also erase the hub's audit log, which is otherwise append-only: the application role still has no
-- DELETE on it, and the trigger lets a delete through only inside privacy_erase_rows, for the hub being erased.
CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.hub_id IS NOT NULL
       AND current_setting('kyoten.erasing_hub', true) = OLD.hub_id::text THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END $$;

-- Erases one table's rows of the hub of a running erasure, and only after the hub's hand-back was confirmed: the
-- database itself refuses an erasure nobody confirmed. A table with hub_id loses the hub's rows; a table without
-- (api_token) loses the rows that refer to the hub's rows of another table; 'hub' is the hub itself. Runs as the
-- schema owner, because the books (finance_*) and the audit log refuse the application role any DELETE.
CREATE FUNCTION privacy_erase_rows(p_erasure bigint, p_table text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_hub   bigint;
    v_count bigint := 0;
    v_n     bigint;
    v_fk    record;
BEGIN
    SELECT e.target_hub_id INTO v_hub
      FROM privacy_erasure e JOIN privacy_hand_back h ON h.id = e.hand_back_id
     WHERE e.id = p_erasure AND e.status = 'RUNNING' AND h.confirmed_at IS NOT NULL
       AND h.target_hub_id = e.target_hub_id;
    IF v_hub IS NULL THEN
        RAISE EXCEPTION 'erasure % is not running after a confirmed hand-back', p_erasure;
    END IF;
    PERFORM set_config('kyoten.hub_id', v_hub::text, true);
    PERFORM set_config('kyoten.agency_id', '', true);
    PERFORM set_config('kyoten.erasing_hub', v_hub::text, true);
    IF p_table = 'hub' THEN
        DELETE FROM hub WHERE id = v_hub;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
    END IF;
    IF p_table LIKE 'privacy\_hand\_back%' OR p_table LIKE 'privacy\_erasure%' THEN
        RAISE EXCEPTION 'the proof of the hand-back and erasure is never erased';
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = p_table AND column_name = 'hub_id') THEN
        EXECUTE format('DELETE FROM %I WHERE hub_id = $1', p_table) USING v_hub;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
    END IF;
    FOR v_fk IN
        SELECT pr.relname AS parent,
               (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.i)
                  FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS child_cols,
               (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.i)
                  FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS parent_cols
          FROM pg_constraint con
          JOIN pg_class cr ON cr.oid = con.conrelid
          JOIN pg_class pr ON pr.oid = con.confrelid
          JOIN pg_namespace ns ON ns.oid = cr.relnamespace
         WHERE con.contype = 'f' AND ns.nspname = current_schema() AND cr.relname = p_table
           AND EXISTS (SELECT 1 FROM pg_attribute a
                        WHERE a.attrelid = con.confrelid AND a.attname = 'hub_id' AND NOT a.attisdropped)
    LOOP
        EXECUTE format('DELETE FROM %I WHERE (%s) IN (SELECT %s FROM %I WHERE hub_id = $1)',
                       p_table, v_fk.child_cols, v_fk.parent_cols, v_fk.parent) USING v_hub;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_count := v_count + v_n;
    END LOOP;
    RETURN v_count;
END $$;
REVOKE ALL ON FUNCTION privacy_erase_rows(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy_erase_rows(bigint, text) TO ${appRole};
