-- Support institutions (支援機関) of a hub and their contact persons (担当者).
-- Both tables are hub-owned: row-level security keeps every hub to its own rows.

CREATE TABLE support_institution (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    name        varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    name_kana   varchar(200),
    kind        varchar(30)  NOT NULL CHECK (kind IN ('REGIONAL_BANK', 'SECOND_REGIONAL_BANK', 'SHINKIN_BANK',
                                                      'CREDIT_COOPERATIVE', 'GOVERNMENT_FINANCIAL',
                                                      'CHAMBER_OF_COMMERCE', 'SOCIETY_OF_COMMERCE', 'YOROZU',
                                                      'MUNICIPALITY', 'PROFESSIONAL', 'CONSULTANT', 'UNIVERSITY',
                                                      'INDUSTRY_ASSOCIATION', 'HELLO_WORK', 'SUCCESSION_CENTER',
                                                      'REVITALIZATION_COUNCIL', 'OTHER')),
    branch      varchar(100),
    postal_code varchar(8)   CHECK (postal_code ~ '^[0-9]{3}-[0-9]{4}$'),
    address     varchar(300),
    phone       varchar(30),
    url         varchar(500) CHECK (url ~ '^https?://'),
    notes       text,
    active      boolean      NOT NULL DEFAULT true,
    -- name, kana and branch folded for search (NFKC, katakana, lower case, no spaces); kept by the application
    search_text text         NOT NULL DEFAULT '',
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     integer      NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id)
);
CREATE UNIQUE INDEX support_institution_name_uq ON support_institution (hub_id, name, coalesce(branch, ''));
CREATE INDEX support_institution_hub_kind_idx ON support_institution (hub_id, kind);

ALTER TABLE support_institution ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_institution FORCE ROW LEVEL SECURITY;
CREATE POLICY support_institution_hub ON support_institution
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

CREATE TABLE institution_contact (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id         bigint       NOT NULL REFERENCES hub (id),
    institution_id bigint       NOT NULL,
    name           varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    name_kana      varchar(100),
    department     varchar(100),
    title          varchar(100),
    email          varchar(254),
    phone          varchar(30),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    -- a contact belongs to an institution of the same hub
    FOREIGN KEY (institution_id, hub_id) REFERENCES support_institution (id, hub_id)
);
CREATE INDEX institution_contact_institution_idx ON institution_contact (institution_id);

ALTER TABLE institution_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE institution_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY institution_contact_hub ON institution_contact
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
