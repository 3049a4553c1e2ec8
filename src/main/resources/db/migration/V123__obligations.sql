-- 契約上の義務: what the hub's contract obliges it to do in a fiscal year, as data the manager can edit — a count of
-- events of a kind with a minimum (協議会 ≥ 5, 経営者向けセミナー ≥ 1, ミニセミナー ≥ 2 — seed 000 §5(1)⑦⑪; よろず
-- フォーラム — seed 004 II.3), a document due by a date (セミナー計画書 and 広報計画書 within a month of the contract's
-- start, 連絡体制図 at once — seed 000 §5(1)⑥⑪, §13(3)), a report due every month (月次報告; METI 実績報告 by the 15th —
-- seed 001 §3(4)). Defaults are seeded once per hub and year from the hub's kind (obligation_year.seeded_at).

CREATE TABLE obligation_year (
    hub_id          bigint      NOT NULL REFERENCES hub (id),
    fiscal_year     integer     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    -- the contract's start (契約締結日); documents due "within a month of the start" follow it
    contract_start  date        NOT NULL,
    seeded_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, fiscal_year)
);

CREATE TABLE obligation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    fiscal_year     integer       NOT NULL,
    kind            varchar(15)   NOT NULL CHECK (kind IN ('EVENT_COUNT', 'DOCUMENT', 'MONTHLY_REPORT')),
    title           varchar(200)  NOT NULL CHECK (btrim(title) <> ''),
    -- the default it was seeded from (null for the manager's own)
    seed_key        varchar(40),
    event_kind      varchar(30),
    minimum         integer       CHECK (minimum > 0),
    -- EVENT_COUNT and DOCUMENT: the day it is due
    due_on          date,
    -- MONTHLY_REPORT: which report, due on this day of the next month
    report_kind     varchar(10)   CHECK (report_kind IN ('MONTHLY', 'METI')),
    due_day         smallint      CHECK (due_day BETWEEN 1 AND 28),
    -- DOCUMENT: the prefecture approves it
    needs_approval  boolean       NOT NULL DEFAULT false,
    warn_days       smallint      NOT NULL DEFAULT 14 CHECK (warn_days BETWEEN 0 AND 90),
    submitted_on    date,
    file_name       varchar(200),
    content_type    varchar(100),
    file_data       bytea,
    approval        varchar(10)   CHECK (approval IN ('PENDING', 'APPROVED', 'SENT_BACK')),
    note            varchar(1000),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    updated_by      varchar(254),
    version         integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    FOREIGN KEY (hub_id, fiscal_year) REFERENCES obligation_year (hub_id, fiscal_year),
    CHECK (kind <> 'EVENT_COUNT' OR event_kind IS NOT NULL AND minimum IS NOT NULL AND due_on IS NOT NULL),
    CHECK (kind <> 'DOCUMENT' OR due_on IS NOT NULL),
    CHECK (kind <> 'MONTHLY_REPORT' OR report_kind IS NOT NULL AND due_day IS NOT NULL),
    CHECK ((file_name IS NULL) = (file_data IS NULL))
);
CREATE INDEX obligation_hub_year_idx ON obligation (hub_id, fiscal_year, kind, id);
CREATE UNIQUE INDEX obligation_seed_uq ON obligation (hub_id, fiscal_year, seed_key) WHERE seed_key IS NOT NULL;

-- What the prefecture decided on a plan document, with its comment.
CREATE TABLE obligation_decision (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id         bigint        NOT NULL REFERENCES hub (id),
    obligation_id  bigint        NOT NULL,
    decision       varchar(10)   NOT NULL CHECK (decision IN ('APPROVED', 'SENT_BACK')),
    comment        varchar(2000),
    decided_by     bigint,
    decided_name   varchar(100),
    decided_at     timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (obligation_id, hub_id) REFERENCES obligation (id, hub_id) ON DELETE CASCADE,
    CHECK (decision = 'APPROVED' OR comment IS NOT NULL AND btrim(comment) <> '')
);
CREATE INDEX obligation_decision_obligation_idx ON obligation_decision (obligation_id, decided_at);

ALTER TABLE obligation_year ENABLE ROW LEVEL SECURITY;
ALTER TABLE obligation_year FORCE ROW LEVEL SECURITY;
CREATE POLICY obligation_year_hub ON obligation_year
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER TABLE obligation ENABLE ROW LEVEL SECURITY;
ALTER TABLE obligation FORCE ROW LEVEL SECURITY;
CREATE POLICY obligation_hub ON obligation
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER TABLE obligation_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE obligation_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY obligation_decision_hub ON obligation_decision
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
