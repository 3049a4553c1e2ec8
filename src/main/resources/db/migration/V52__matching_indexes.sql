-- The matching core's reads that V51 left without an index: a company's timeline and progress (hand-offs and
-- placements of a set of companies since a date) and a need's placements.

CREATE INDEX handoff_company_idx ON handoff (company_id, chosen_on);
CREATE INDEX placement_company_idx ON placement (company_id, contract_date);
CREATE INDEX placement_need_idx ON placement (need_id);
