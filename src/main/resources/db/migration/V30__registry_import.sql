-- Imports of the National Tax Agency's corporate-number bulk files (法人番号公表サイト 全件・差分).

-- What the registry last said of a company: its hash makes a repeated import a no-op, its fields feed the history.
ALTER TABLE company ADD COLUMN registry_hash             char(32);
ALTER TABLE company ADD COLUMN registry_updated_on       date;
ALTER TABLE company ADD COLUMN closed_reason             varchar(30);
ALTER TABLE company ADD COLUMN successor_corporate_number varchar(13);

-- One uploaded file. A hub imports into itself; the system admin's import (hub_id NULL) goes to every hub by
-- prefecture. No row-level security here: the module's ImportJobs scopes every query to the caller's hub.
CREATE TABLE registry_import (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint       REFERENCES hub (id),
    file_name       varchar(255) NOT NULL,
    file_kind       varchar(10)  NOT NULL CHECK (file_kind IN ('FULL', 'DIFF')),
    file_date       date,
    encoding        varchar(10)  NOT NULL CHECK (encoding IN ('AUTO', 'UTF_8', 'SHIFT_JIS')),
    stored_path     varchar(1000) NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    bytes_total     bigint       NOT NULL DEFAULT 0,
    bytes_read      bigint       NOT NULL DEFAULT 0,
    lines_read      bigint       NOT NULL DEFAULT 0,
    rejected        bigint       NOT NULL DEFAULT 0,
    warning         varchar(500),
    error           varchar(1000),
    started_by      bigint,
    started_by_email varchar(254),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    started_at      timestamptz,
    heartbeat_at    timestamptz,
    finished_at     timestamptz
);
CREATE INDEX registry_import_hub_idx ON registry_import (hub_id, created_at DESC);

-- Counts per import and hub, written in the same transaction as each batch it counts: after a crash the import
-- resumes at lines_committed and nothing is counted or applied twice.
CREATE TABLE registry_import_hub (
    import_id       bigint  NOT NULL REFERENCES registry_import (id),
    hub_id          bigint  NOT NULL REFERENCES hub (id),
    lines_committed bigint  NOT NULL DEFAULT 0,
    total           bigint  NOT NULL DEFAULT 0,
    created         bigint  NOT NULL DEFAULT 0,
    updated         bigint  NOT NULL DEFAULT 0,
    closed          bigint  NOT NULL DEFAULT 0,
    unchanged       bigint  NOT NULL DEFAULT 0,
    skipped         bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (import_id, hub_id)
);

CREATE TABLE registry_import_rejection (
    import_id   bigint       NOT NULL REFERENCES registry_import (id),
    line_number bigint       NOT NULL,
    reason      varchar(30)  NOT NULL,
    detail      varchar(200),
    line        text,
    PRIMARY KEY (import_id, line_number)
);

-- Daily change files applied, each once per hub (hub 0 stands for the system admin's all-hub imports).
CREATE TABLE registry_diff_applied (
    hub_key    bigint NOT NULL,
    file_date  date   NOT NULL,
    import_id  bigint NOT NULL REFERENCES registry_import (id),
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_key, file_date)
);

-- A company's registry history: name changes, moves, closure, merger into its successor.
CREATE TABLE company_registry_event (
    id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id                     bigint       NOT NULL REFERENCES hub (id),
    company_id                 bigint       NOT NULL REFERENCES company (id),
    corporate_number           varchar(13)  NOT NULL,
    process                    char(2)      NOT NULL,
    correction                 boolean      NOT NULL,
    update_date                date         NOT NULL,
    change_date                date,
    name                       varchar(300) NOT NULL,
    address                    varchar(600),
    municipality_code          varchar(5),
    close_date                 date,
    close_cause                varchar(2),
    successor_corporate_number varchar(13),
    change_cause               varchar(600),
    import_id                  bigint       REFERENCES registry_import (id)
);
CREATE UNIQUE INDEX company_registry_event_uq ON company_registry_event
    (hub_id, corporate_number, update_date, process, change_date) NULLS NOT DISTINCT;
CREATE INDEX company_registry_event_company_idx ON company_registry_event (company_id, update_date DESC);

ALTER TABLE company_registry_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE company_registry_event FORCE ROW LEVEL SECURITY;
CREATE POLICY company_registry_event_hub ON company_registry_event
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
