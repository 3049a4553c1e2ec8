-- Supported-company programmes of the METI talent programme (seed 001 §2(1)①(b) 集中支援: about 7 companies, 3–5
-- sessions each, chosen by public call and review; §2(2)②(b) グローバル伴走支援: about 5 companies chosen by the
-- bureau, a session every two weeks to a month; §2(2)②(a) スポット支援: 50 or more companies, each followed up at
-- least once, with a monthly report per company). company_id names a directory company by id.

-- An enrolment is made only after a recorded selection: how and when the company was chosen, and why.
CREATE TABLE support_enrolment (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id             bigint        NOT NULL REFERENCES hub (id),
    company_id         bigint        NOT NULL,
    company_name       varchar(200)  NOT NULL,
    programme          varchar(12)   NOT NULL CHECK (programme IN ('INTENSIVE', 'ACCOMPANY', 'SPOT')),
    fiscal_year        integer       NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    selected_on        date          NOT NULL,
    selection_method   varchar(12)   NOT NULL CHECK (selection_method IN ('PUBLIC_CALL', 'BUREAU', 'REQUEST')),
    selection_reason   varchar(2000) NOT NULL CHECK (btrim(selection_reason) <> ''),
    planned_sessions   integer       CHECK (planned_sessions BETWEEN 1 AND 50),
    outline            varchar(2000),
    enrolled_by        bigint,
    enrolled_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id),
    UNIQUE (hub_id, fiscal_year, programme, company_id)
);

-- A session (支援の実施) or a follow-up (フォローアップ: 対面・オンライン・電話) with what the monthly report needs:
-- the company's issues, the support given, the improvement seen and the next direction.
CREATE TABLE support_session (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id         bigint        NOT NULL REFERENCES hub (id),
    enrolment_id   bigint        NOT NULL,
    held_on        date          NOT NULL,
    kind           varchar(10)   NOT NULL CHECK (kind IN ('SESSION', 'FOLLOW_UP')),
    format         varchar(10)   NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'PHONE')),
    issues         varchar(2000),
    support_given  varchar(2000) NOT NULL CHECK (btrim(support_given) <> ''),
    improvement    varchar(2000),
    next_direction varchar(2000),
    bureau_present boolean       NOT NULL DEFAULT false,
    recorded_by    bigint,
    recorded_at    timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (enrolment_id, hub_id) REFERENCES support_enrolment (id, hub_id) ON DELETE CASCADE
);
CREATE INDEX support_session_enrolment_idx ON support_session (enrolment_id, held_on);
CREATE INDEX support_session_hub_day_idx ON support_session (hub_id, held_on);

-- 前後比較: a measure of the company before and after the support (e.g. 人事評価制度の整備度, 応募数).
CREATE TABLE support_measure (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint        NOT NULL REFERENCES hub (id),
    enrolment_id bigint        NOT NULL,
    name         varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    unit         varchar(30),
    before_value numeric(14, 2),
    after_value  numeric(14, 2),
    FOREIGN KEY (enrolment_id, hub_id) REFERENCES support_enrolment (id, hub_id) ON DELETE CASCADE,
    UNIQUE (enrolment_id, name)
);

ALTER TABLE support_enrolment ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_enrolment FORCE ROW LEVEL SECURITY;
CREATE POLICY support_enrolment_hub ON support_enrolment
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE support_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_session FORCE ROW LEVEL SECURITY;
CREATE POLICY support_session_hub ON support_session
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE support_measure ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_measure FORCE ROW LEVEL SECURITY;
CREATE POLICY support_measure_hub ON support_measure
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
