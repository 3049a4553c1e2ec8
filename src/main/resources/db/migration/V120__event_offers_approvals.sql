-- 内定 counted per offer (seed 001 §3 ※2, DOMAIN.md "Event figures"): the follow-up of participant companies records
-- each offer — the company, the event it came through, the day, the talent where known — and the talent programme's
-- interview-set results land in the same table (source INTERVIEW_SET). A company with three offers counts three.
CREATE TABLE event_offer (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint        NOT NULL REFERENCES hub (id),
    company_id   bigint        NOT NULL,
    event_id     bigint        NOT NULL,
    offered_on   date          NOT NULL,
    talent_name  varchar(100),
    source       varchar(15)   NOT NULL DEFAULT 'FOLLOW_UP' CHECK (source IN ('FOLLOW_UP', 'INTERVIEW_SET')),
    -- an offer that led to a hire: listed beside the KPI placements, never counted in KPI 2
    hired        boolean       NOT NULL DEFAULT false,
    note         varchar(1000),
    recorded_at  timestamptz   NOT NULL DEFAULT now(),
    recorded_by  bigint,
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id)
);
CREATE INDEX event_offer_event_idx ON event_offer (event_id);
CREATE INDEX event_offer_hub_day_idx ON event_offer (hub_id, offered_on);

-- 計画 → 承認 is the prefecture's (seed 000 §5(1)⑪: the seminar plan is approved by the prefecture): each decision on
-- an event plan — approved, or sent back — with its comment, who decided and when. A hub manager may record an
-- approval the prefecture gave outside the system (on paper, by mail); its role says so.
CREATE TABLE event_approval (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id        bigint        NOT NULL REFERENCES hub (id),
    event_id      bigint        NOT NULL,
    decision      varchar(10)   NOT NULL CHECK (decision IN ('APPROVED', 'SENT_BACK')),
    comment       varchar(2000),
    decided_by    bigint,
    decided_name  varchar(100),
    decided_role  varchar(30)   NOT NULL,
    decided_at    timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (event_id, hub_id) REFERENCES event (id, hub_id),
    CHECK (decision = 'APPROVED' OR comment IS NOT NULL AND btrim(comment) <> '')
);
CREATE INDEX event_approval_event_idx ON event_approval (event_id, decided_at);

-- Participant companies (参加企業) are those with someone checked in: the reports look attendance up by registration.
CREATE INDEX event_registration_event_company_idx ON event_registration (event_id, company_id)
    INCLUDE (participant_type, status);
CREATE INDEX event_kind_start_idx ON event (hub_id, kind, starts_at);

ALTER TABLE event_offer ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_offer FORCE ROW LEVEL SECURITY;
CREATE POLICY event_offer_hub ON event_offer USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE event_approval ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_approval FORCE ROW LEVEL SECURITY;
CREATE POLICY event_approval_hub ON event_approval
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- What the events module publishes for reading in SQL (the funnel's 集客 = seminar participant companies, seed 003):
-- each registration with someone checked in, its company, type, event kind and Japan date. security_invoker keeps
-- the row-level security of the tables underneath.
CREATE VIEW event_participant WITH (security_invoker = true) AS
SELECT r.hub_id, r.event_id, r.company_id, r.participant_type, e.kind AS event_kind,
       (e.starts_at AT TIME ZONE 'Asia/Tokyo')::date AS event_day
  FROM event_registration r
  JOIN event e ON e.id = r.event_id
 WHERE EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id);
