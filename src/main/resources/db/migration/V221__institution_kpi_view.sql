-- What the institution module publishes for other modules to read in SQL (ADR 210): an institution's kind, which
-- says whether it is a financial institution (KPI 4). security_invoker keeps the table's row-level security.
CREATE VIEW kpi_institution WITH (security_invoker = true) AS
SELECT si.hub_id, si.id, si.kind
  FROM support_institution si;
