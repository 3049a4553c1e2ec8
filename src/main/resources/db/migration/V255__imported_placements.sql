-- Moving in, placements (issue 17 item 2, ADR 243): a hub's past placements come in as the chain the KPI rules count —
-- need, selection sheet, hand-off, confirmed placement — marked as the hub's own records, not choices made in Kyoten.

-- The selection sheet of a placement of the hub's records: no order was shown in Kyoten (ordering 'IMPORTED'), so the
-- fairness report, which counts appearances and positions on sheets, leaves it out.
ALTER TABLE selection_sheet ADD COLUMN imported boolean NOT NULL DEFAULT false;

-- The hand-off of a placement of the hub's records: which import brought it ("表計算ファイルの取込 #12"); null for one
-- made in Kyoten.
ALTER TABLE handoff ADD COLUMN imported_from varchar(200);

CREATE OR REPLACE VIEW kpi_selection_place WITH (security_invoker = true) AS
SELECT sa.hub_id, sa.sheet_id, sa.agency_id, sa.position, s.created_at AS sheet_created_at
  FROM selection_sheet_agency sa
  JOIN selection_sheet s ON s.id = sa.sheet_id
 WHERE NOT s.imported;

-- Two more kinds of file: placements and event participants.
ALTER TABLE spreadsheet_mapping DROP CONSTRAINT spreadsheet_mapping_kind_check;
ALTER TABLE spreadsheet_mapping ADD CONSTRAINT spreadsheet_mapping_kind_check
    CHECK (kind IN ('COMPANIES', 'CONSULTATIONS', 'NEEDS', 'PLACEMENTS', 'PARTICIPANTS'));
ALTER TABLE spreadsheet_import_record DROP CONSTRAINT spreadsheet_import_record_entity_check;
ALTER TABLE spreadsheet_import_record ADD CONSTRAINT spreadsheet_import_record_entity_check
    CHECK (entity IN ('company', 'contact', 'consultation', 'need', 'placement', 'event', 'registration',
                      'attendance'));
ALTER TABLE spreadsheet_import ADD COLUMN placements_count integer NOT NULL DEFAULT 0;
ALTER TABLE spreadsheet_import ADD COLUMN participants_count integer NOT NULL DEFAULT 0;
-- undo reads an import's writes by entity, a set at a time
CREATE INDEX spreadsheet_import_record_entity_idx ON spreadsheet_import_record (import_id, entity, action);
