-- Hires the hub took part in by another route than a hand-off to a registered agency (seed 000 §5(1)⑤ asks the
-- monthly report for 「実際の就職の有無」 beside the placements): the hub introduced the talent itself, a support
-- institution did, or another way. Listed in the monthly report beside the KPI placements, never counted in KPI 2,
-- which counts placements through registered agencies only (DOMAIN.md, KPI 2). Hires after an event's follow-up stay
-- on event_offer (hired = true), where the offer is.
CREATE TABLE other_hire (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint        NOT NULL REFERENCES hub (id),
    company_id   bigint        NOT NULL,
    hired_on     date          NOT NULL,
    route        varchar(15)   NOT NULL CHECK (route IN ('HUB_REFERRAL', 'INSTITUTION', 'OTHER')),
    talent_name  varchar(100),
    via          varchar(200),
    note         varchar(1000),
    recorded_at  timestamptz   NOT NULL DEFAULT now(),
    recorded_by  bigint,
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id)
);
CREATE INDEX other_hire_hub_day_idx ON other_hire (hub_id, hired_on);
CREATE INDEX other_hire_company_idx ON other_hire (company_id, hired_on);

ALTER TABLE other_hire ENABLE ROW LEVEL SECURITY;
ALTER TABLE other_hire FORCE ROW LEVEL SECURITY;
-- staff only: an agency user's connection (kyoten_current_agency set) sees none of them
CREATE POLICY other_hire_hub ON other_hire
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
