-- What the activity module publishes for other modules to read in SQL (ADR 210): consultations with the columns KPI 1,
-- the funnel and the issue table count by (a consultation is new when follow_up_of is null).
-- security_invoker keeps the table's row-level security.
CREATE VIEW kpi_consultation WITH (security_invoker = true) AS
SELECT c.hub_id, c.id, c.company_id, c.consulted_on, c.follow_up_of, c.issues
  FROM consultation c;
