-- What the finance module publishes of the hub's own income for other modules to read in SQL (ADR 210, ADR 244): per
-- confirmed placement that an agency fee agreement (手数料契約) covers on its contract date, the income due to the hub
-- (seed 003: 収入 = 手数料, the kick-back an agency pays the hub per placement; the last stage of its funnel 集客 → 相談 →
-- 取り繋ぎ → 成約 → 収入). The rule is HubIncome's (the 収入 page's): the agreement of the agency valid on the contract
-- date (the latest by valid_from, then id), its fixed fee, or its rate of the fee the company paid the agency, rounded
-- down to the yen; a rate with no fee recorded is 0 due. Only placements staff confirmed count, as for the KPIs. Reads
-- matching's published kpi_placement; security_invoker keeps the row-level security of the tables underneath.
CREATE VIEW kpi_income WITH (security_invoker = true) AS
SELECT p.hub_id, p.id AS placement_id, p.agency_id, p.contract_date, a.id AS agreement_id,
       CASE WHEN a.fixed_fee IS NOT NULL THEN a.fixed_fee
            WHEN p.fee IS NULL THEN 0
            ELSE trunc(p.fee * a.fee_rate / 100)::bigint END AS due
  FROM kpi_placement p
  CROSS JOIN LATERAL (
        SELECT g.id, g.fee_rate, g.fixed_fee FROM finance_agency_agreement g
         WHERE g.hub_id = p.hub_id AND g.agency_id = p.agency_id AND g.valid_from <= p.contract_date
           AND (g.valid_to IS NULL OR g.valid_to >= p.contract_date)
         ORDER BY g.valid_from DESC, g.id DESC
         LIMIT 1) a
 WHERE p.confirmed;

GRANT SELECT ON kpi_income TO ${appRole};
