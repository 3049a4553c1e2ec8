-- Events (イベント): seminars, councils, workshops, matching events… with their sessions, registrations and waiting
-- list, attendance per session, surveys, council handouts, announcement subscriptions and the hire/offer follow-up
-- of participant companies. company_id and contact_id name directory records by id, without foreign keys across
-- modules. Every table is hub-owned: row-level security keeps every hub to its own rows.

CREATE TABLE event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    uid             uuid          NOT NULL UNIQUE,
    title           varchar(200)  NOT NULL CHECK (btrim(title) <> ''),
    kind            varchar(30)   NOT NULL CHECK (kind IN ('SEMINAR', 'MINI_SEMINAR', 'COUNCIL', 'NETWORKING',
                                                           'WORKSHOP', 'MATCHING', 'SYMPOSIUM', 'CONSULTATION_DAY')),
    programme       varchar(100),
    state           varchar(12)   NOT NULL DEFAULT 'PLANNED'
                                  CHECK (state IN ('PLANNED', 'APPROVED', 'PUBLISHED', 'HELD', 'REPORTED')),
    starts_at       timestamptz   NOT NULL,
    ends_at         timestamptz   NOT NULL,
    venue           varchar(300),
    online_url      varchar(500)  CHECK (online_url ~ '^https://\S+$'),
    capacity        integer       CHECK (capacity > 0),
    audiences       text[]        NOT NULL DEFAULT '{}'
                                  CHECK (audiences <@ ARRAY['COMPANY', 'INSTITUTION', 'TALENT']::text[]),
    programme_text  text,
    speakers        varchar(1000),
    co_organisers   varchar(1000),
    theme           varchar(300),
    members         text,
    minutes         text,
    created_by      bigint,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    CHECK (ends_at > starts_at),
    CHECK (venue IS NOT NULL OR online_url IS NOT NULL),
    -- 協議会: the theme is mandatory (seed 000 §5(1)⑪)
    CHECK (kind <> 'COUNCIL' OR theme IS NOT NULL AND btrim(theme) <> '')
);
CREATE INDEX event_hub_start_idx ON event (hub_id, starts_at);

-- The sessions of an event: one for most events, several for a serial workshop (連続講座).
CREATE TABLE event_session (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id    bigint      NOT NULL REFERENCES hub (id),
    event_id  bigint      NOT NULL,
    number    integer     NOT NULL CHECK (number > 0),
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    UNIQUE (id, hub_id),
    UNIQUE (event_id, number),
    CHECK (ends_at > starts_at),
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id) ON DELETE CASCADE
);

-- Extra questions asked on the registration form of one event.
CREATE TABLE event_question (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id   bigint       NOT NULL REFERENCES hub (id),
    event_id bigint       NOT NULL,
    number   integer      NOT NULL,
    label    varchar(200) NOT NULL CHECK (btrim(label) <> ''),
    required boolean      NOT NULL DEFAULT false,
    UNIQUE (event_id, number),
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id) ON DELETE CASCADE
);

CREATE TABLE event_registration (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id                bigint        NOT NULL REFERENCES hub (id),
    event_id              bigint        NOT NULL,
    -- CONFIRMED holds a seat; WAITLISTED waits in registration order; CANCELLED by the person or staff
    status                varchar(10)   NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    source                varchar(10)   NOT NULL CHECK (source IN ('PUBLIC', 'STAFF', 'WALK_IN')),
    participant_type      varchar(12)   NOT NULL CHECK (participant_type IN ('COMPANY', 'INSTITUTION', 'TALENT')),
    name                  varchar(100)  NOT NULL CHECK (btrim(name) <> ''),
    name_kana             varchar(100),
    email                 varchar(254)  NOT NULL CHECK (email !~ '[\s,;<>]'),
    phone                 varchar(30),
    organisation          varchar(200),
    department            varchar(100),
    company_id            bigint,
    contact_id            bigint,
    company_created       boolean       NOT NULL DEFAULT false,
    answers               jsonb         NOT NULL DEFAULT '{}',
    consent_data          boolean       NOT NULL CHECK (consent_data),
    consent_announcements boolean       NOT NULL DEFAULT false,
    token                 varchar(64)   NOT NULL UNIQUE,
    registered_at         timestamptz   NOT NULL DEFAULT clock_timestamp(),
    promoted_at           timestamptz,
    cancelled_at          timestamptz,
    reminded_at           timestamptz,
    no_show               boolean       NOT NULL DEFAULT false,
    UNIQUE (id, hub_id),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id)
);
-- One live registration per address and event.
CREATE UNIQUE INDEX event_registration_email_uq ON event_registration (event_id, lower(email))
    WHERE status <> 'CANCELLED';
CREATE INDEX event_registration_event_idx ON event_registration (event_id, status, registered_at, id);
CREATE INDEX event_registration_company_idx ON event_registration (hub_id, company_id);

CREATE TABLE event_attendance (
    hub_id          bigint      NOT NULL REFERENCES hub (id),
    registration_id bigint      NOT NULL,
    session_id      bigint      NOT NULL,
    method          varchar(8)  NOT NULL CHECK (method IN ('LIST', 'QR', 'WALK_IN')),
    checked_in_at   timestamptz NOT NULL DEFAULT now(),
    checked_in_by   bigint,
    PRIMARY KEY (registration_id, session_id),
    FOREIGN KEY (registration_id, hub_id) REFERENCES event_registration (id, hub_id),
    FOREIGN KEY (session_id, hub_id) REFERENCES event_session (id, hub_id)
);

-- アンケート: the hub's standard questionnaire, answered on the web or typed in from paper.
CREATE TABLE event_survey_response (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    event_id        bigint        NOT NULL,
    registration_id bigint        UNIQUE,
    satisfaction    smallint      NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    useful          varchar(2000),
    next_action     varchar(20)   NOT NULL CHECK (next_action IN ('CONSULT', 'RECRUIT', 'SIDE_JOB', 'INFO', 'NONE')),
    comment         varchar(4000),
    source          varchar(5)    NOT NULL CHECK (source IN ('WEB', 'PAPER')),
    answered_at     timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id),
    FOREIGN KEY (registration_id, hub_id) REFERENCES event_registration (id, hub_id)
);
CREATE INDEX event_survey_response_event_idx ON event_survey_response (event_id);

-- 配付資料 of an event (councils above all).
CREATE TABLE event_handout (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    event_id     bigint       NOT NULL,
    filename     varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    data         bytea        NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now(),
    uploaded_by  bigint,
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id) ON DELETE CASCADE
);

-- Who agreed to hear about future events, and who stopped it (one-click unsubscribe).
CREATE TABLE event_subscriber (
    hub_id          bigint       NOT NULL REFERENCES hub (id),
    email           varchar(254) NOT NULL CHECK (email !~ '[\s,;<>]'),
    name            varchar(100) NOT NULL,
    token           varchar(64)  NOT NULL UNIQUE,
    subscribed      boolean      NOT NULL DEFAULT true,
    changed_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, email)
);

CREATE TABLE event_announcement (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint       NOT NULL REFERENCES hub (id),
    event_id   bigint       NOT NULL,
    subject    varchar(200) NOT NULL,
    recipients integer      NOT NULL,
    sent_by    bigint,
    sent_at    timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id)
);

-- 採用・内定状況のフォロー: one row per participant company and fiscal year once staff have followed it up.
CREATE TABLE event_follow_up (
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    company_id   bigint       NOT NULL,
    fiscal_year  integer      NOT NULL,
    status       varchar(10)  NOT NULL CHECK (status IN ('NONE', 'IN_PROGRESS', 'OFFER', 'HIRED')),
    note         varchar(1000),
    followed_up_at timestamptz NOT NULL DEFAULT now(),
    followed_up_by bigint,
    PRIMARY KEY (hub_id, company_id, fiscal_year)
);

ALTER TABLE event ENABLE ROW LEVEL SECURITY;
ALTER TABLE event FORCE ROW LEVEL SECURITY;
CREATE POLICY event_hub ON event USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_session FORCE ROW LEVEL SECURITY;
CREATE POLICY event_session_hub ON event_session
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_question ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_question FORCE ROW LEVEL SECURITY;
CREATE POLICY event_question_hub ON event_question
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_registration ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_registration FORCE ROW LEVEL SECURITY;
CREATE POLICY event_registration_hub ON event_registration
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_attendance FORCE ROW LEVEL SECURITY;
CREATE POLICY event_attendance_hub ON event_attendance
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_survey_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_survey_response FORCE ROW LEVEL SECURITY;
CREATE POLICY event_survey_response_hub ON event_survey_response
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_handout ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_handout FORCE ROW LEVEL SECURITY;
CREATE POLICY event_handout_hub ON event_handout
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_subscriber ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_subscriber FORCE ROW LEVEL SECURITY;
CREATE POLICY event_subscriber_hub ON event_subscriber
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_announcement ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_announcement FORCE ROW LEVEL SECURITY;
CREATE POLICY event_announcement_hub ON event_announcement
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_follow_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_follow_up FORCE ROW LEVEL SECURITY;
CREATE POLICY event_follow_up_hub ON event_follow_up
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
