-- Personal-data duties of the hub's contract (seed 000 個人情報取扱特記事項 第4, 第13, 第17; seed 001 情セ 4), 8), 11)).
--
-- 作業従事者名簿: the 個人情報保護責任者 and everybody who handles personal data, with nationality and expertise (seed 001
-- 情セ 4)); every change is kept, and waits for the day the prefecture was told (it must be told before the change).
CREATE TABLE privacy_handler (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id         bigint        NOT NULL REFERENCES hub (id),
    -- the account the entry follows; null for a person who works without an account
    user_id        bigint,
    responsible    boolean       NOT NULL DEFAULT false,
    name           varchar(100)  NOT NULL CHECK (btrim(name) <> ''),
    organisation   varchar(200)  NOT NULL CHECK (btrim(organisation) <> ''),
    role_title     varchar(100)  NOT NULL CHECK (btrim(role_title) <> ''),
    data_handled   varchar(500)  NOT NULL CHECK (btrim(data_handled) <> ''),
    nationality    varchar(60),
    expertise      varchar(500),
    from_date      date          NOT NULL,
    to_date        date,
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE UNIQUE INDEX privacy_handler_user_uq ON privacy_handler (hub_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX privacy_handler_hub_idx ON privacy_handler (hub_id, responsible DESC, name, id);

CREATE TABLE privacy_handler_change (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id             bigint        NOT NULL REFERENCES hub (id),
    handler_id         bigint        NOT NULL,
    kind               varchar(10)   NOT NULL CHECK (kind IN ('ADDED', 'CHANGED', 'ENDED')),
    -- ACCOUNT: followed a change of the user account; MANUAL: entered on the register page
    source             varchar(10)   NOT NULL CHECK (source IN ('ACCOUNT', 'MANUAL')),
    summary            varchar(1000) NOT NULL,
    effective_on       date          NOT NULL,
    changed_at         timestamptz   NOT NULL DEFAULT now(),
    changed_by         varchar(254),
    prefecture_told_on date,
    told_by            varchar(254),
    FOREIGN KEY (handler_id, hub_id) REFERENCES privacy_handler (id, hub_id)
);
CREATE INDEX privacy_handler_change_hub_idx ON privacy_handler_change (hub_id, changed_at DESC, id);
CREATE INDEX privacy_handler_change_pending_idx ON privacy_handler_change (hub_id) WHERE prefecture_told_on IS NULL;

-- 事故報告 (seed 000 第17): what, how many records and people, where, how; the 速報 and 確報 of 個人情報保護法 第26条.
CREATE TABLE privacy_incident (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id              bigint        NOT NULL REFERENCES hub (id),
    found_on            date          NOT NULL,
    occurred_on         date,
    title               varchar(200)  NOT NULL CHECK (btrim(title) <> ''),
    what_happened       varchar(4000) NOT NULL CHECK (btrim(what_happened) <> ''),
    data_kinds          varchar(500),
    records_count       integer       CHECK (records_count >= 0),
    people_count        integer       CHECK (people_count >= 0),
    location            varchar(300),
    cause               varchar(4000),
    measures            varchar(4000),
    -- by someone's intent (不正の目的): the 確報 is due in 60 days instead of 30
    malicious           boolean       NOT NULL DEFAULT false,
    -- the account (e-mail) and period the audit log is searched for the records it touched
    suspect_actor       varchar(254),
    period_from         date,
    period_to           date,
    prelim_reported_on  date,
    prelim_reported_to  varchar(200),
    final_reported_on   date,
    final_reported_to   varchar(200),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    created_by          varchar(254),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    version             integer       NOT NULL DEFAULT 0,
    CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
CREATE INDEX privacy_incident_hub_idx ON privacy_incident (hub_id, found_on DESC, id);

-- 保存期間: years per kind of record, counted from the fiscal year after the record's (as the books: seed 000 §5(3));
-- null keeps it until the contract ends (returned and erased then).
CREATE TABLE privacy_retention (
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    kind        varchar(30)  NOT NULL,
    years       smallint     CHECK (years BETWEEN 1 AND 30),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(254),
    PRIMARY KEY (hub_id, kind)
);

-- One run of the erasure per hub and Tokyo date, claimed atomically so that one node of a cluster runs it.
CREATE TABLE privacy_retention_run (
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    run_date     date         NOT NULL,
    status       varchar(10)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    started_at   timestamptz  NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    erased       jsonb,
    PRIMARY KEY (hub_id, run_date)
);

ALTER TABLE privacy_handler ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_handler FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_handler_hub ON privacy_handler
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER TABLE privacy_handler_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_handler_change FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_handler_change_hub ON privacy_handler_change
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER TABLE privacy_incident ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_incident FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_incident_hub ON privacy_incident
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER TABLE privacy_retention ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_retention FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_retention_hub ON privacy_retention
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER TABLE privacy_retention_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_retention_run FORCE ROW LEVEL SECURITY;
CREATE POLICY privacy_retention_run_hub ON privacy_retention_run
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
