-- What the agency module publishes for other modules to read in SQL (ADR 210): an agency's name and registration
-- status, for the placement lists and the fairness report. security_invoker keeps the table's row-level security.
CREATE VIEW kpi_agency WITH (security_invoker = true) AS
SELECT a.hub_id, a.id, a.name, a.name_kana, a.status
  FROM recruitment_agency a;
