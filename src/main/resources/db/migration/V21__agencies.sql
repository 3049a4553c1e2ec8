-- Recruitment agencies (事前登録事業者 / 民間人材ビジネス事業者) of a hub: registration status and its history,
-- the hub's registration requirements and each agency's checklist, contacts.
-- Every table is hub-owned: row-level security keeps every hub to its own rows.

CREATE TABLE recruitment_agency (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id            bigint       NOT NULL REFERENCES hub (id),
    name              varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    name_kana         varchar(200),
    corporate_number  char(13)     CHECK (corporate_number ~ '^[0-9]{13}$'),
    -- 有料職業紹介事業 許可番号: prefecture (JIS X 0401), ユ, six digits
    licence_number    varchar(20)  NOT NULL CHECK (licence_number ~ '^(0[1-9]|[1-3][0-9]|4[0-7])-ユ-[0-9]{6}$'),
    status            varchar(20)  NOT NULL DEFAULT 'APPLIED'
                                   CHECK (status IN ('APPLIED', 'REGISTERED', 'SUSPENDED', 'REVOKED')),
    status_changed_at timestamptz  NOT NULL DEFAULT now(),
    agreement_date    date,
    agreement_end     date,
    employment_forms  text[]       NOT NULL DEFAULT '{}'
                                   CHECK (employment_forms <@ ARRAY['FULL_TIME', 'SIDE_JOB', 'ADVISOR', 'CONTRACT',
                                                                    'SECONDMENT']::text[]),
    job_categories    text[]       NOT NULL DEFAULT '{}'
                                   CHECK (job_categories <@ ARRAY['SALES', 'PRODUCTION', 'ENGINEERING', 'FINANCE',
                                                                  'MARKETING', 'PRODUCT_PLANNING',
                                                                  'CORPORATE_PLANNING', 'R_AND_D', 'GENERAL_AFFAIRS',
                                                                  'IT_ENGINEER', 'LOGISTICS', 'HR', 'CREATIVE',
                                                                  'LEGAL', 'OTHER']::text[]),
    industries        text[]       NOT NULL DEFAULT '{}'
                                   CHECK (industries <@ ARRAY['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
                                                              'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T']::text[]),
    prefecture_codes  text[]       NOT NULL DEFAULT '{}'
                                   CHECK (prefecture_codes <@ ARRAY['01', '02', '03', '04', '05', '06', '07', '08',
                                                                    '09', '10', '11', '12', '13', '14', '15', '16',
                                                                    '17', '18', '19', '20', '21', '22', '23', '24',
                                                                    '25', '26', '27', '28', '29', '30', '31', '32',
                                                                    '33', '34', '35', '36', '37', '38', '39', '40',
                                                                    '41', '42', '43', '44', '45', '46', '47']::text[]),
    description       text,
    website           varchar(500) CHECK (website ~ '^https?://'),
    phone             varchar(30),
    email             varchar(254),
    address           varchar(300),
    notes             text,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    version           integer      NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    CHECK (agreement_end IS NULL OR agreement_date IS NULL OR agreement_end >= agreement_date)
);
-- One registration per licence in a hub.
CREATE UNIQUE INDEX recruitment_agency_licence_uq ON recruitment_agency (hub_id, licence_number);
CREATE INDEX recruitment_agency_hub_status_idx ON recruitment_agency (hub_id, status);

CREATE TABLE agency_status_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint       NOT NULL REFERENCES hub (id),
    agency_id       bigint       NOT NULL,
    -- NULL when the application was received
    from_status     varchar(20)  CHECK (from_status IN ('APPLIED', 'REGISTERED', 'SUSPENDED', 'REVOKED')),
    to_status       varchar(20)  NOT NULL CHECK (to_status IN ('APPLIED', 'REGISTERED', 'SUSPENDED', 'REVOKED')),
    reason          varchar(500),
    changed_at      timestamptz  NOT NULL DEFAULT now(),
    changed_by      bigint,
    changed_by_name varchar(100),
    FOREIGN KEY (agency_id, hub_id) REFERENCES recruitment_agency (id, hub_id)
);
CREATE INDEX agency_status_history_agency_idx ON agency_status_history (agency_id, changed_at);

-- The hub's registration requirements (事前登録要件), defined by its managers.
CREATE TABLE agency_requirement (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint        NOT NULL REFERENCES hub (id),
    label       varchar(200)  NOT NULL CHECK (btrim(label) <> ''),
    description varchar(1000),
    sort_order  integer       NOT NULL DEFAULT 0,
    active      boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id)
);
CREATE INDEX agency_requirement_hub_idx ON agency_requirement (hub_id, sort_order);

-- Staff's confirmation of one requirement for one agency.
CREATE TABLE agency_requirement_check (
    hub_id          bigint       NOT NULL REFERENCES hub (id),
    agency_id       bigint       NOT NULL,
    requirement_id  bigint       NOT NULL,
    satisfied       boolean      NOT NULL,
    checked_at      timestamptz  NOT NULL DEFAULT now(),
    checked_by      bigint,
    checked_by_name varchar(100),
    note            varchar(500),
    PRIMARY KEY (agency_id, requirement_id),
    FOREIGN KEY (agency_id, hub_id) REFERENCES recruitment_agency (id, hub_id),
    FOREIGN KEY (requirement_id, hub_id) REFERENCES agency_requirement (id, hub_id)
);

CREATE TABLE agency_contact (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint       NOT NULL REFERENCES hub (id),
    agency_id  bigint       NOT NULL,
    name       varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    name_kana  varchar(100),
    department varchar(100),
    title      varchar(100),
    email      varchar(254),
    phone      varchar(30),
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (agency_id, hub_id) REFERENCES recruitment_agency (id, hub_id)
);
CREATE INDEX agency_contact_agency_idx ON agency_contact (agency_id);

ALTER TABLE recruitment_agency ENABLE ROW LEVEL SECURITY;
ALTER TABLE recruitment_agency FORCE ROW LEVEL SECURITY;
CREATE POLICY recruitment_agency_hub ON recruitment_agency
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE agency_status_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency_status_history FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_status_history_hub ON agency_status_history
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE agency_requirement ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency_requirement FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_requirement_hub ON agency_requirement
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE agency_requirement_check ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency_requirement_check FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_requirement_check_hub ON agency_requirement_check
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE agency_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_contact_hub ON agency_contact
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
