-- Moving in, batched (ADR 243): the import commits a batch of rows at a time and records how far it got in the same
-- transaction, so that a job interrupted by a restart resumes after its last committed batch.

-- heartbeat_at: a running job's sign of life, written with every batch; a RUNNING job without one for two minutes was
-- interrupted and may be claimed (atomically, by one node) to resume. started_by_user_id: the person the resumed job
-- still acts for (the actor of its writes and audit entries, the staff member of consultations that name nobody).
ALTER TABLE spreadsheet_import ADD COLUMN heartbeat_at timestamptz;
ALTER TABLE spreadsheet_import ADD COLUMN started_by_user_id bigint;
ALTER TABLE spreadsheet_import ADD COLUMN resumed_count integer NOT NULL DEFAULT 0;

-- The company each company of the file became (key: '#' + 法人番号, else the normalised name and municipality), written
-- with the batch that first wrote a row of it: a resumed job goes on with the same companies, never a second
-- registration of one.
CREATE TABLE spreadsheet_import_company (
    import_id    bigint       NOT NULL,
    hub_id       bigint       NOT NULL,
    company_key  varchar(600) NOT NULL,
    company_id   bigint       NOT NULL,
    PRIMARY KEY (import_id, company_key),
    FOREIGN KEY (import_id, hub_id) REFERENCES spreadsheet_import (id, hub_id)
);

ALTER TABLE spreadsheet_import_company ENABLE ROW LEVEL SECURITY;
ALTER TABLE spreadsheet_import_company FORCE ROW LEVEL SECURITY;
CREATE POLICY spreadsheet_import_company_hub ON spreadsheet_import_company
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- A third kind of file: the hub's list of talent needs (求人ニーズ), each registered from the company's consultation.
ALTER TABLE spreadsheet_mapping DROP CONSTRAINT spreadsheet_mapping_kind_check;
ALTER TABLE spreadsheet_mapping ADD CONSTRAINT spreadsheet_mapping_kind_check
    CHECK (kind IN ('COMPANIES', 'CONSULTATIONS', 'NEEDS'));
ALTER TABLE spreadsheet_import_record DROP CONSTRAINT spreadsheet_import_record_entity_check;
ALTER TABLE spreadsheet_import_record ADD CONSTRAINT spreadsheet_import_record_entity_check
    CHECK (entity IN ('company', 'contact', 'consultation', 'need'));
ALTER TABLE spreadsheet_import ADD COLUMN needs_count integer NOT NULL DEFAULT 0;
