-- What the directory publishes for other modules to read in SQL (ADR 210): the columns of a company that the KPI
-- queries group and count by. Other modules read this view, never the company table; security_invoker keeps the
-- row-level security of the table underneath, and the view is inlined by the planner, so the indexes still serve.
CREATE VIEW kpi_company WITH (security_invoker = true) AS
SELECT c.hub_id, c.id, c.name, c.industry, c.employees, c.prior_side_job_use
  FROM company c;
