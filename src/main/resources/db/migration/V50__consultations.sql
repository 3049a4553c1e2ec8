-- Consultations (相談) and the agency scope of the data layer.
--
-- An AGENCY_USER works inside a hub but may see only what was handed to its own agency. The application sets
-- kyoten.agency_id beside kyoten.hub_id on every borrowed connection (HubScopedDataSource); tables holding
-- companies' and people's data that agencies must never read are closed to any connection with an agency in scope.

CREATE FUNCTION kyoten_current_agency() RETURNS bigint
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('kyoten.agency_id', true), '')::bigint $$;
GRANT EXECUTE ON FUNCTION kyoten_current_agency() TO ${appRole};

-- An agency user's account names its agency.
ALTER TABLE user_account ADD COLUMN agency_id bigint REFERENCES recruitment_agency (id);
ALTER TABLE user_account ADD CONSTRAINT agency_users_have_an_agency
    CHECK ((role = 'AGENCY_USER') = (agency_id IS NOT NULL));

-- Companies, contacts and appointments are staff-only.
ALTER POLICY company_hub ON company
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER POLICY contact_hub ON contact
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER POLICY institution_contact_hub ON institution_contact
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
ALTER POLICY appointment_hub ON appointment
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

-- Rows of one hub refer to each other by (id, hub_id), so that a reference can never cross hubs.
CREATE UNIQUE INDEX company_id_hub_uq ON company (id, hub_id);

-- KPI 5 override: the company's own answer on whether it used side-job talent before (outside the hub);
-- NULL = unknown, so the hub's own records decide.
ALTER TABLE company ADD COLUMN prior_side_job_use boolean;

CREATE TABLE consultation (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id                  bigint       NOT NULL REFERENCES hub (id),
    company_id              bigint       NOT NULL,
    consulted_on            date         NOT NULL,
    channel                 varchar(20)  NOT NULL CHECK (channel IN ('VISIT_IN', 'VISIT_OUT', 'PHONE', 'ONLINE', 'EMAIL',
                                                                     'PORTAL_FORM', 'SEMINAR')),
    -- Referred by a support institution, or else by one of the other sources; never both.
    referral_institution_id bigint,
    referral_source         varchar(20)  CHECK (referral_source IN ('SEMINAR', 'WEB', 'SELF', 'OTHER')),
    issues                  text[]       NOT NULL DEFAULT '{}'
                                         CHECK (issues <@ ARRAY['SALES_CHANNEL', 'PRODUCTIVITY', 'NEW_PRODUCT', 'DX',
                                                                'SUCCESSION', 'RECRUITMENT', 'ORGANISATION',
                                                                'OVERSEAS', 'FINANCE', 'PRICE_PASS_THROUGH',
                                                                'LABOUR_SAVING', 'CARBON_NEUTRAL',
                                                                'INTELLECTUAL_PROPERTY', 'INVOICE', 'OTHER']::text[]),
    summary                 text         NOT NULL CHECK (btrim(summary) <> ''),
    -- A 継続相談 names the earlier consultation of the same company it continues; only new ones count (KPI 1).
    follow_up_of            bigint,
    contact_id              bigint,
    contact_name            varchar(100),
    staff_user_id           bigint       REFERENCES user_account (id),
    staff_name              varchar(100),
    next_action             varchar(1000),
    follow_up_on            date,
    follow_up_done          boolean      NOT NULL DEFAULT false,
    -- Where the consultation came from when another capability created it (a portal inquiry, a visit):
    -- a label and an in-app path shown on the company's timeline.
    origin_label            varchar(200),
    origin_path             varchar(300) CHECK (origin_path ~ '^/[^/]'),
    created_at              timestamptz  NOT NULL DEFAULT now(),
    created_by              varchar(254),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    updated_by              varchar(254),
    version                 integer      NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    UNIQUE (id, company_id),
    CONSTRAINT consultation_one_referral CHECK (referral_institution_id IS NULL OR referral_source IS NULL),
    CONSTRAINT consultation_not_follow_up_of_itself CHECK (follow_up_of IS NULL OR follow_up_of <> id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    FOREIGN KEY (referral_institution_id, hub_id) REFERENCES support_institution (id, hub_id),
    -- a follow-up continues a consultation of the same company
    FOREIGN KEY (follow_up_of, company_id) REFERENCES consultation (id, company_id)
);
-- KPI 1 and the monthly report count new consultations by date; the index answers them without the table.
CREATE INDEX consultation_hub_date_idx ON consultation (hub_id, consulted_on) INCLUDE (follow_up_of, issues);
CREATE INDEX consultation_company_idx ON consultation (company_id, consulted_on DESC, id DESC);
CREATE INDEX consultation_follow_up_idx ON consultation (hub_id, staff_user_id, follow_up_on)
    WHERE follow_up_on IS NOT NULL AND NOT follow_up_done;
CREATE INDEX consultation_referral_idx ON consultation (referral_institution_id)
    WHERE referral_institution_id IS NOT NULL;
CREATE INDEX consultation_follow_up_of_idx ON consultation (follow_up_of) WHERE follow_up_of IS NOT NULL;
ALTER TABLE consultation ALTER COLUMN hub_id SET (n_distinct = 1);

ALTER TABLE consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation FORCE ROW LEVEL SECURITY;
CREATE POLICY consultation_hub ON consultation
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
