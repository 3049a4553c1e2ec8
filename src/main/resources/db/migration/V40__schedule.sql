-- Schedule (予定): a hub's business hours and closures, staff appointments, and personal iCalendar feeds.
-- business hours, closures and appointments are hub-owned: row-level security keeps every hub to its own rows.

CREATE TABLE hub_business_hours (
    hub_id    bigint      NOT NULL PRIMARY KEY REFERENCES hub (id),
    opens_at  time        NOT NULL DEFAULT '09:00',
    closes_at time        NOT NULL DEFAULT '17:00',
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (closes_at > opens_at)
);

ALTER TABLE hub_business_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub_business_hours FORCE ROW LEVEL SECURITY;
CREATE POLICY hub_business_hours_hub ON hub_business_hours
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- Days the hub is closed beyond weekends and national holidays: お盆, 年末年始, a move, a training day.
CREATE TABLE hub_closure (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint       NOT NULL REFERENCES hub (id),
    starts_on  date         NOT NULL,
    ends_on    date         NOT NULL,
    label      varchar(100) NOT NULL CHECK (btrim(label) <> ''),
    created_at timestamptz  NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK (ends_on - starts_on < 31)
);
CREATE INDEX hub_closure_hub_start_idx ON hub_closure (hub_id, starts_on);

ALTER TABLE hub_closure ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub_closure FORCE ROW LEVEL SECURITY;
CREATE POLICY hub_closure_hub ON hub_closure
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- An appointment belongs to one person (owner_id) or to the whole hub. company_id, consultation_id and event_id
-- name records of other modules by id, without foreign keys across modules.
-- An appointment lasts at most 31 days, so that a range query can bound starts_at and use the indexes.
CREATE TABLE appointment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint       NOT NULL REFERENCES hub (id),
    uid             uuid         NOT NULL UNIQUE,
    title           varchar(200) NOT NULL CHECK (btrim(title) <> ''),
    kind            varchar(20)  NOT NULL CHECK (kind IN ('COMPANY_VISIT', 'MEETING', 'EVENT', 'OUT_OF_OFFICE', 'OTHER')),
    starts_at       timestamptz  NOT NULL,
    ends_at         timestamptz  NOT NULL,
    all_day         boolean      NOT NULL DEFAULT false,
    location        varchar(200),
    notes           text,
    owner_id        bigint,
    whole_hub       boolean      NOT NULL DEFAULT false,
    company_id      bigint,
    consultation_id bigint,
    event_id        bigint,
    status          varchar(12)  NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    sequence        integer      NOT NULL DEFAULT 0,
    created_by      bigint,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    cancelled_at    timestamptz,
    version         integer      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (ends_at - starts_at <= interval '31 days'),
    CHECK (whole_hub = (owner_id IS NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX appointment_hub_start_idx ON appointment (hub_id, starts_at);
CREATE INDEX appointment_owner_start_idx ON appointment (owner_id, starts_at);
CREATE INDEX appointment_whole_hub_start_idx ON appointment (hub_id, starts_at) WHERE whole_hub;

ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointment FORCE ROW LEVEL SECURITY;
CREATE POLICY appointment_hub ON appointment
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- Private iCalendar feed URLs. No row-level security: a calendar client fetches the feed without signing in, so
-- the feed is found by the SHA-256 of its token before any hub is known; its hub is then put in scope to read.
CREATE TABLE calendar_feed (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint       NOT NULL REFERENCES user_account (id),
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    token_prefix varchar(12)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX calendar_feed_user_idx ON calendar_feed (user_id);
