-- The Pro-hub core: talent needs (求人ニーズ), the company's choice of agency on a selection sheet
-- (事業者選択シート), hand-offs (取り繋ぎ) with the record of what was provided to the agency (第三者提供の記録),
-- placements (成約), and job-seeker inquiries passed to agencies.
--
-- Needs and sheets are staff-only. Hand-offs, placements and seekers passed on are visible to an agency user
-- only where they concern the user's own agency (kyoten_current_agency(), see V50).

CREATE TABLE talent_need (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id                  bigint        NOT NULL REFERENCES hub (id),
    company_id              bigint        NOT NULL,
    consultation_id         bigint        NOT NULL,
    title                   varchar(200)  NOT NULL CHECK (btrim(title) <> ''),
    job_category            varchar(30)   NOT NULL CHECK (job_category IN ('SALES', 'PRODUCTION', 'ENGINEERING',
                                                                          'FINANCE', 'MARKETING', 'PRODUCT_PLANNING',
                                                                          'CORPORATE_PLANNING', 'R_AND_D',
                                                                          'GENERAL_AFFAIRS', 'IT_ENGINEER',
                                                                          'LOGISTICS', 'HR', 'CREATIVE', 'LEGAL',
                                                                          'OTHER')),
    employment_form         varchar(20)   NOT NULL CHECK (employment_form IN ('FULL_TIME', 'SIDE_JOB', 'ADVISOR',
                                                                             'CONTRACT', 'SECONDMENT')),
    digital                 boolean       NOT NULL DEFAULT false,
    cxo                     boolean       NOT NULL DEFAULT false,
    -- inherited from the consultation, editable (KPI 4 reads it)
    referral_institution_id bigint,
    referral_source         varchar(20)   CHECK (referral_source IN ('SEMINAR', 'WEB', 'SELF', 'OTHER')),
    description             text,
    conditions              text,
    status                  varchar(20)   NOT NULL DEFAULT 'PROSPECTING'
                                          CHECK (status IN ('PROSPECTING', 'DEFINED', 'SELECTING', 'HANDED_OFF',
                                                            'IN_SELECTION', 'PLACED', 'NOT_PLACED', 'WITHDRAWN')),
    status_changed_at       timestamptz   NOT NULL DEFAULT now(),
    follow_up_on            date,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    created_by              varchar(254),
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    updated_by              varchar(254),
    version                 integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    CONSTRAINT talent_need_one_referral CHECK (referral_institution_id IS NULL OR referral_source IS NULL),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    -- the need belongs to the company of its consultation
    FOREIGN KEY (consultation_id, company_id) REFERENCES consultation (id, company_id),
    FOREIGN KEY (referral_institution_id, hub_id) REFERENCES support_institution (id, hub_id)
);
CREATE INDEX talent_need_hub_status_idx ON talent_need (hub_id, status, status_changed_at DESC);
CREATE INDEX talent_need_company_idx ON talent_need (company_id);
CREATE INDEX talent_need_consultation_idx ON talent_need (consultation_id);
ALTER TABLE talent_need ALTER COLUMN hub_id SET (n_distinct = 1);

CREATE TABLE talent_need_status_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    need_id     bigint       NOT NULL,
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    reason      varchar(500),
    changed_at  timestamptz  NOT NULL DEFAULT now(),
    changed_by  varchar(254),
    FOREIGN KEY (need_id, hub_id) REFERENCES talent_need (id, hub_id)
);
CREATE INDEX talent_need_status_history_need_idx ON talent_need_status_history (need_id, changed_at);

-- The list of eligible agencies presented to the company, in the order recorded for this sheet.
CREATE TABLE selection_sheet (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    need_id      bigint       NOT NULL,
    -- how the order was made (e.g. ROTATION with its offset) and the criteria that chose the agencies
    ordering     varchar(200) NOT NULL,
    criteria     jsonb        NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   varchar(254),
    UNIQUE (id, hub_id),
    UNIQUE (id, need_id),
    FOREIGN KEY (need_id, hub_id) REFERENCES talent_need (id, hub_id)
);
CREATE INDEX selection_sheet_need_idx ON selection_sheet (need_id, created_at DESC);

CREATE TABLE selection_sheet_agency (
    hub_id    bigint  NOT NULL REFERENCES hub (id),
    sheet_id  bigint  NOT NULL,
    agency_id bigint  NOT NULL,
    position  integer NOT NULL CHECK (position >= 1),
    PRIMARY KEY (sheet_id, agency_id),
    UNIQUE (sheet_id, position),
    FOREIGN KEY (sheet_id, hub_id) REFERENCES selection_sheet (id, hub_id),
    FOREIGN KEY (agency_id, hub_id) REFERENCES recruitment_agency (id, hub_id)
);
-- the fairness report counts appearances per agency
CREATE INDEX selection_sheet_agency_agency_idx ON selection_sheet_agency (agency_id);

CREATE TABLE handoff (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id             bigint       NOT NULL REFERENCES hub (id),
    need_id            bigint       NOT NULL,
    -- the need's company, so that the agency's report of a placement can name it without reading the need
    company_id         bigint       NOT NULL,
    selection_sheet_id bigint       NOT NULL,
    agency_id          bigint       NOT NULL,
    -- the company's choice: who at the company chose, when and how. Never made by the system.
    chosen_by          varchar(100) NOT NULL CHECK (btrim(chosen_by) <> ''),
    choice_method      varchar(20)  NOT NULL CHECK (choice_method IN ('IN_PERSON', 'EMAIL', 'PAPER')),
    chosen_on          date         NOT NULL,
    status             varchar(20)  NOT NULL DEFAULT 'HANDED_OFF'
                                    CHECK (status IN ('HANDED_OFF', 'ACCEPTED', 'DECLINED', 'INTERVIEW',
                                                      'RECOMMENDED', 'IN_SELECTION', 'PLACED', 'NOT_PLACED')),
    status_changed_at  timestamptz  NOT NULL DEFAULT now(),
    not_placed_reason  varchar(1000),
    follow_up_on       date,
    -- 第三者提供の記録: exactly which company and contact data went to the agency (a snapshot, also what the
    -- agency user reads: agency users never read the company or consultation tables)
    provided_data      jsonb        NOT NULL,
    provided_at        timestamptz  NOT NULL DEFAULT now(),
    provided_by        varchar(254),
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    version            integer      NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    UNIQUE (need_id, agency_id),
    FOREIGN KEY (need_id, hub_id) REFERENCES talent_need (id, hub_id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    -- only the sheet of this need, and only an agency that was on it
    FOREIGN KEY (selection_sheet_id, need_id) REFERENCES selection_sheet (id, need_id),
    FOREIGN KEY (selection_sheet_id, agency_id) REFERENCES selection_sheet_agency (sheet_id, agency_id),
    FOREIGN KEY (agency_id, hub_id) REFERENCES recruitment_agency (id, hub_id)
);
CREATE INDEX handoff_agency_idx ON handoff (agency_id, status_changed_at DESC);
CREATE INDEX handoff_sheet_idx ON handoff (selection_sheet_id);
CREATE INDEX handoff_follow_up_idx ON handoff (hub_id, follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE TABLE handoff_progress (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint        NOT NULL REFERENCES hub (id),
    handoff_id  bigint        NOT NULL,
    agency_id   bigint        NOT NULL,
    status      varchar(20)   NOT NULL,
    note        varchar(1000),
    recorded_at timestamptz   NOT NULL DEFAULT now(),
    recorded_by varchar(254),
    FOREIGN KEY (handoff_id, hub_id) REFERENCES handoff (id, hub_id)
);
CREATE INDEX handoff_progress_handoff_idx ON handoff_progress (handoff_id, recorded_at);

CREATE TABLE placement (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id                   bigint       NOT NULL REFERENCES hub (id),
    handoff_id               bigint       NOT NULL UNIQUE,
    agency_id                bigint       NOT NULL,
    need_id                  bigint       NOT NULL,
    company_id               bigint       NOT NULL,
    contract_date            date         NOT NULL,
    start_date               date,
    employment_form          varchar(20)  NOT NULL CHECK (employment_form IN ('FULL_TIME', 'SIDE_JOB', 'ADVISOR',
                                                                              'CONTRACT', 'SECONDMENT')),
    residence_before_pref    char(2)      CHECK (residence_before_pref ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
    residence_before_muni    char(5)      CHECK (residence_before_muni ~ '^[0-9]{5}$'),
    residence_after_pref     char(2)      CHECK (residence_after_pref ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
    residence_after_muni     char(5)      CHECK (residence_after_muni ~ '^[0-9]{5}$'),
    fee                      bigint       CHECK (fee >= 0),
    reported_at              timestamptz  NOT NULL DEFAULT now(),
    reported_by              varchar(254),
    reported_by_agency       boolean      NOT NULL DEFAULT false,
    -- only a placement confirmed by staff counts (KPIs 2–5)
    confirmed                boolean      NOT NULL DEFAULT false,
    confirmed_at             timestamptz,
    confirmed_by             varchar(254),
    version                  integer      NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    CHECK (start_date IS NULL OR start_date >= contract_date),
    CHECK (confirmed = (confirmed_at IS NOT NULL)),
    FOREIGN KEY (handoff_id, hub_id) REFERENCES handoff (id, hub_id),
    FOREIGN KEY (need_id, hub_id) REFERENCES talent_need (id, hub_id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id)
);
-- KPIs 2–5 and the monthly report read confirmed placements by contract date.
CREATE INDEX placement_hub_contract_idx ON placement (hub_id, contract_date)
    INCLUDE (need_id, company_id, employment_form, fee) WHERE confirmed;
-- KPI 5 asks whether a company had a confirmed side-job placement in an earlier year.
CREATE INDEX placement_company_side_job_idx ON placement (company_id, contract_date)
    WHERE confirmed AND employment_form = 'SIDE_JOB';
CREATE INDEX placement_agency_idx ON placement (agency_id);
ALTER TABLE placement ALTER COLUMN hub_id SET (n_distinct = 1);

-- A job seeker who contacted the hub (求職者からの問い合わせ). The hub records and passes the seeker on to
-- agencies; it never shows a seeker a vacancy nor introduces a seeker to a company.
CREATE TABLE job_seeker_inquiry (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id              bigint       NOT NULL REFERENCES hub (id),
    received_on         date         NOT NULL,
    channel             varchar(20)  NOT NULL CHECK (channel IN ('VISIT_IN', 'VISIT_OUT', 'PHONE', 'ONLINE', 'EMAIL',
                                                                 'PORTAL_FORM', 'SEMINAR')),
    name                varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    email               varchar(254),
    phone               varchar(30),
    residence_pref      char(2)      CHECK (residence_pref ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
    desired_job_category varchar(30),
    desired_employment_form varchar(20),
    summary             text,
    -- the seeker agreed that the hub passes the data on to registered agencies
    consent_to_pass     boolean      NOT NULL DEFAULT false,
    staff_name          varchar(100),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    created_by          varchar(254),
    version             integer      NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id)
);
CREATE INDEX job_seeker_inquiry_hub_idx ON job_seeker_inquiry (hub_id, received_on DESC);

CREATE TABLE job_seeker_referral (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id        bigint       NOT NULL REFERENCES hub (id),
    inquiry_id    bigint       NOT NULL,
    agency_id     bigint       NOT NULL,
    -- what was passed (第三者提供の記録); what the agency user reads
    provided_data jsonb        NOT NULL,
    passed_at     timestamptz  NOT NULL DEFAULT now(),
    passed_by     varchar(254),
    UNIQUE (inquiry_id, agency_id),
    FOREIGN KEY (inquiry_id, hub_id) REFERENCES job_seeker_inquiry (id, hub_id),
    FOREIGN KEY (agency_id, hub_id) REFERENCES recruitment_agency (id, hub_id)
);
CREATE INDEX job_seeker_referral_agency_idx ON job_seeker_referral (agency_id, passed_at DESC);

-- Staff-only tables.
ALTER TABLE talent_need ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_need FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_need_hub ON talent_need
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

ALTER TABLE talent_need_status_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_need_status_history FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_need_status_history_hub ON talent_need_status_history
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

ALTER TABLE selection_sheet ENABLE ROW LEVEL SECURITY;
ALTER TABLE selection_sheet FORCE ROW LEVEL SECURITY;
CREATE POLICY selection_sheet_hub ON selection_sheet
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

ALTER TABLE selection_sheet_agency ENABLE ROW LEVEL SECURITY;
ALTER TABLE selection_sheet_agency FORCE ROW LEVEL SECURITY;
CREATE POLICY selection_sheet_agency_hub ON selection_sheet_agency
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

ALTER TABLE job_seeker_inquiry ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_seeker_inquiry FORCE ROW LEVEL SECURITY;
CREATE POLICY job_seeker_inquiry_hub ON job_seeker_inquiry
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

-- Shared with the agency they concern.
ALTER TABLE handoff ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff FORCE ROW LEVEL SECURITY;
CREATE POLICY handoff_hub ON handoff
    USING (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id))
    WITH CHECK (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id));

ALTER TABLE handoff_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_progress FORCE ROW LEVEL SECURITY;
CREATE POLICY handoff_progress_hub ON handoff_progress
    USING (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id))
    WITH CHECK (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id));

ALTER TABLE placement ENABLE ROW LEVEL SECURITY;
ALTER TABLE placement FORCE ROW LEVEL SECURITY;
CREATE POLICY placement_hub ON placement
    USING (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id))
    WITH CHECK (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id));

ALTER TABLE job_seeker_referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_seeker_referral FORCE ROW LEVEL SECURITY;
CREATE POLICY job_seeker_referral_hub ON job_seeker_referral
    USING (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id))
    WITH CHECK (hub_id = kyoten_current_hub() AND agency_id = coalesce(kyoten_current_agency(), agency_id));
