-- 実際の就職の有無 (seed 000 §5(1)⑤ ※1): whether the talent of a placement actually joined — on which day, or not at
-- all — as the agency or staff learn it; null while not yet known. KPI 2 leaves out a placement whose talent did not
-- join.
ALTER TABLE placement ADD COLUMN joined varchar(12) CHECK (joined IN ('JOINED', 'NOT_JOINED'));
ALTER TABLE placement ADD COLUMN joined_on date;
ALTER TABLE placement ADD COLUMN joined_recorded_by varchar(254);
ALTER TABLE placement ADD COLUMN joined_recorded_at timestamptz;
ALTER TABLE placement ADD CONSTRAINT placement_joined_on_check
    CHECK ((joined = 'JOINED') = (joined_on IS NOT NULL) AND (joined IS NULL OR joined_recorded_at IS NOT NULL));

-- The KPI queries read the joining beside the contract date from the index alone.
CREATE INDEX placement_hub_contract_joined_idx ON placement (hub_id, contract_date)
    INCLUDE (need_id, company_id, employment_form, fee, joined) WHERE confirmed;
DROP INDEX placement_hub_contract_idx;
