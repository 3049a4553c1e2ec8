-- The hub's daily work beside consultations: company visits (企業訪問記録), referrals of a company to another
-- support institution (他機関への紹介) with what came of them, and the よろず支援拠点's consultation record (相談カルテ):
-- the company's consent to share its record with the national HQ and other hubs, and the policy areas of seed 004.
-- All staff-only (closed to agency users), isolated per hub.

CREATE UNIQUE INDEX appointment_id_hub_uq ON appointment (id, hub_id);

CREATE TABLE company_visit (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    company_id      bigint        NOT NULL,
    -- the appointment the visit was planned as; one record per appointment
    appointment_id  bigint        UNIQUE,
    visited_on      date          NOT NULL,
    staff_user_ids  bigint[]      NOT NULL DEFAULT '{}',
    staff_names     varchar(500),
    met_with        varchar(300),
    discussed       text          NOT NULL CHECK (btrim(discussed) <> ''),
    next_action     varchar(1000),
    follow_up_on    date,
    follow_up_done  boolean       NOT NULL DEFAULT false,
    -- set when the visit was also a consultation
    consultation_id bigint,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      varchar(254),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    FOREIGN KEY (appointment_id, hub_id) REFERENCES appointment (id, hub_id),
    FOREIGN KEY (consultation_id, company_id) REFERENCES consultation (id, company_id)
);
CREATE INDEX company_visit_hub_date_idx ON company_visit (hub_id, visited_on);
CREATE INDEX company_visit_company_idx ON company_visit (company_id, visited_on DESC);
CREATE INDEX company_visit_follow_up_idx ON company_visit USING gin (staff_user_ids)
    WHERE follow_up_on IS NOT NULL AND NOT follow_up_done;

CREATE TABLE institution_referral (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    consultation_id bigint        NOT NULL,
    company_id      bigint        NOT NULL,
    institution_id  bigint        NOT NULL,
    referred_on     date          NOT NULL,
    reason          text          NOT NULL CHECK (btrim(reason) <> ''),
    -- the company agreed that its case is passed on: how and when
    consent_form    varchar(20)   NOT NULL CHECK (consent_form IN ('WRITTEN', 'ORAL', 'ELECTRONIC')),
    consent_on      date          NOT NULL,
    follow_up_on    date,
    status          varchar(20)   NOT NULL DEFAULT 'IN_PROGRESS'
                                  CHECK (status IN ('IN_PROGRESS', 'RESOLVED', 'UNSUCCESSFUL')),
    outcome_note    varchar(2000),
    outcome_on      date,
    staff_user_id   bigint        REFERENCES user_account (id),
    staff_name      varchar(100),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      varchar(254),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    CHECK (status = 'IN_PROGRESS' OR outcome_on IS NOT NULL),
    FOREIGN KEY (consultation_id, company_id) REFERENCES consultation (id, company_id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    FOREIGN KEY (institution_id, hub_id) REFERENCES support_institution (id, hub_id)
);
CREATE INDEX institution_referral_hub_date_idx ON institution_referral (hub_id, referred_on);
CREATE INDEX institution_referral_institution_idx ON institution_referral (institution_id, referred_on);
CREATE INDEX institution_referral_consultation_idx ON institution_referral (consultation_id);
CREATE INDEX institution_referral_follow_up_idx ON institution_referral (hub_id, staff_user_id, follow_up_on)
    WHERE follow_up_on IS NOT NULL AND status = 'IN_PROGRESS';

-- よろず支援拠点: consent to share the record, and the policy areas of the consultation.
ALTER TABLE consultation ADD COLUMN share_consent boolean NOT NULL DEFAULT false;
ALTER TABLE consultation ADD COLUMN share_consent_on date;
ALTER TABLE consultation ADD COLUMN share_consent_form varchar(20)
    CHECK (share_consent_form IN ('WRITTEN', 'ORAL', 'ELECTRONIC'));
ALTER TABLE consultation ADD CONSTRAINT consultation_share_consent_recorded
    CHECK (NOT share_consent OR (share_consent_on IS NOT NULL AND share_consent_form IS NOT NULL));
ALTER TABLE consultation ADD COLUMN policy_areas text[] NOT NULL DEFAULT '{}'
    CHECK (policy_areas <@ ARRAY['DX', 'CN', 'MANAGEMENT_IMPROVEMENT', 'LABOUR_SAVING', 'SUCCESSION',
                                 'PRICE_PASS_THROUGH', 'INVOICE', 'LABOUR_SHORTAGE',
                                 'INTELLECTUAL_PROPERTY']::text[]);

ALTER TABLE company_visit ENABLE ROW LEVEL SECURITY;
ALTER TABLE company_visit FORCE ROW LEVEL SECURITY;
CREATE POLICY company_visit_hub ON company_visit
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

ALTER TABLE institution_referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE institution_referral FORCE ROW LEVEL SECURITY;
CREATE POLICY institution_referral_hub ON institution_referral
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
