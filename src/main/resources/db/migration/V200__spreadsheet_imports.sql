-- Moving in: a hub's own spreadsheets (company ledger, consultation log) imported with a saved column mapping,
-- a dry run, the import in the background and undo as a whole (ADR 190).

-- Column mappings saved by name and reused for the next file of the same shape.
CREATE TABLE spreadsheet_mapping (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    name        varchar(100) NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('COMPANIES', 'CONSULTATIONS')),
    body        text         NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(254),
    UNIQUE (hub_id, name)
);

-- One uploaded file, from upload through mapping and dry run to the import and, perhaps, its undo.
CREATE TABLE spreadsheet_import (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    file_name       varchar(255)  NOT NULL,
    file_format     varchar(10)   NOT NULL CHECK (file_format IN ('XLSX', 'XLS', 'CSV')),
    encoding        varchar(10)   NOT NULL CHECK (encoding IN ('AUTO', 'UTF_8', 'SHIFT_JIS')),
    stored_path     varchar(1000) NOT NULL,
    mapping         text,
    mapping_name    varchar(100),
    -- the person's choice per row where several companies matched: "row=companyId" (0 = register as new), one a line
    choices         text          NOT NULL DEFAULT '',
    status          varchar(10)   NOT NULL CHECK (status IN ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE')),
    rows_total      integer       NOT NULL DEFAULT 0,
    rows_done       integer       NOT NULL DEFAULT 0,
    created_count   integer       NOT NULL DEFAULT 0,
    matched_count   integer       NOT NULL DEFAULT 0,
    updated_count   integer       NOT NULL DEFAULT 0,
    consultations_count integer   NOT NULL DEFAULT 0,
    rejected_count  integer       NOT NULL DEFAULT 0,
    error           varchar(1000),
    started_by_email varchar(254),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    undone_at       timestamptz,
    undone_by       varchar(254),
    UNIQUE (id, hub_id)
);
CREATE INDEX spreadsheet_import_hub_idx ON spreadsheet_import (hub_id, created_at DESC);

-- What an import wrote, so that undo takes back exactly that: created records are deleted, updated companies get
-- their values back (before, as JSON) while they are still at version_after.
CREATE TABLE spreadsheet_import_record (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id     bigint      NOT NULL,
    hub_id        bigint      NOT NULL,
    row_number    integer     NOT NULL,
    entity        varchar(20) NOT NULL CHECK (entity IN ('company', 'contact', 'consultation')),
    entity_id     bigint      NOT NULL,
    action        varchar(10) NOT NULL CHECK (action IN ('CREATED', 'UPDATED')),
    before        text,
    version_after bigint,
    FOREIGN KEY (import_id, hub_id) REFERENCES spreadsheet_import (id, hub_id)
);
CREATE INDEX spreadsheet_import_record_idx ON spreadsheet_import_record (import_id, id);

-- Rows not imported, with their cells and the Japanese reason: downloadable to fix and upload again.
CREATE TABLE spreadsheet_import_rejection (
    import_id   bigint   NOT NULL,
    hub_id      bigint   NOT NULL,
    row_number  integer  NOT NULL,
    cells       text[]   NOT NULL,
    reason      text     NOT NULL,
    PRIMARY KEY (import_id, row_number),
    FOREIGN KEY (import_id, hub_id) REFERENCES spreadsheet_import (id, hub_id)
);

ALTER TABLE spreadsheet_mapping ENABLE ROW LEVEL SECURITY;
ALTER TABLE spreadsheet_mapping FORCE ROW LEVEL SECURITY;
CREATE POLICY spreadsheet_mapping_hub ON spreadsheet_mapping
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE spreadsheet_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE spreadsheet_import FORCE ROW LEVEL SECURITY;
CREATE POLICY spreadsheet_import_hub ON spreadsheet_import
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE spreadsheet_import_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE spreadsheet_import_record FORCE ROW LEVEL SECURITY;
CREATE POLICY spreadsheet_import_record_hub ON spreadsheet_import_record
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE spreadsheet_import_rejection ENABLE ROW LEVEL SECURITY;
ALTER TABLE spreadsheet_import_rejection FORCE ROW LEVEL SECURITY;
CREATE POLICY spreadsheet_import_rejection_hub ON spreadsheet_import_rejection
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
