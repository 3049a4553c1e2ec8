-- The METI talent programme's 実績報告 (seed 001 §3(4): by the 15th of the next month) is versioned and frozen exactly
-- as the monthly report is: one table, the report's kind beside its month.
ALTER TABLE monthly_report ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'MONTHLY' CHECK (kind IN ('MONTHLY', 'METI'));
ALTER TABLE monthly_report DROP CONSTRAINT monthly_report_hub_id_month_version_key;
ALTER TABLE monthly_report ADD CONSTRAINT monthly_report_kind_month_version_key UNIQUE (hub_id, kind, month, version);
DROP INDEX monthly_report_one_draft_uq;
CREATE UNIQUE INDEX monthly_report_one_draft_uq ON monthly_report (hub_id, kind, month) WHERE NOT submitted;
