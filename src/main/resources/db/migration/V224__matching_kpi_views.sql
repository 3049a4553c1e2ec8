-- What the matching module publishes for other modules to read in SQL (ADR 210): needs, hand-offs, selection-sheet
-- places and placements with the columns KPIs 2–5, the funnel, the monthly report and the fairness report count by.
-- Only a confirmed placement counts; the views give the flag and leave the rule to the query that states it.
-- security_invoker keeps the row-level security of the tables underneath (and an agency user's narrowing, ADR 003).
CREATE VIEW kpi_need WITH (security_invoker = true) AS
SELECT n.hub_id, n.id, n.company_id, n.created_at, n.digital, n.job_category, n.referral_institution_id
  FROM talent_need n;

CREATE VIEW kpi_handoff WITH (security_invoker = true) AS
SELECT h.hub_id, h.id, h.need_id, h.agency_id, h.chosen_on
  FROM handoff h;

CREATE VIEW kpi_selection_place WITH (security_invoker = true) AS
SELECT sa.hub_id, sa.sheet_id, sa.agency_id, sa.position, s.created_at AS sheet_created_at
  FROM selection_sheet_agency sa
  JOIN selection_sheet s ON s.id = sa.sheet_id;

CREATE VIEW kpi_placement WITH (security_invoker = true) AS
SELECT p.hub_id, p.id, p.need_id, p.company_id, p.agency_id, p.confirmed, p.contract_date, p.employment_form,
       p.residence_before_pref, p.residence_before_muni, p.residence_after_pref, p.residence_after_muni, p.fee,
       p.joined, p.joined_on
  FROM placement p;
