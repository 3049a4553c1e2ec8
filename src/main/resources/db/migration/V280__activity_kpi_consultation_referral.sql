-- Activity publishes a consultation's referral route in its SQL read model (ADR 210, ADR 249): matching's compact
-- demo seed copies it onto the needs it makes in bulk, as RegisterNeed copies it through the consultation. Columns
-- are added at the end only (a view's columns change as an API does).
CREATE OR REPLACE VIEW kpi_consultation WITH (security_invoker = true) AS
SELECT c.hub_id, c.id, c.company_id, c.consulted_on, c.follow_up_of, c.issues, c.referral_institution_id,
       c.referral_source
  FROM consultation c;
