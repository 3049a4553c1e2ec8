-- The national view, continued (issue 14, ADR 244): what a hub's change marks for recounting, and the breakdowns.
--
-- A consultation or a placement no longer recounts the hub's figures on the request that made it: it marks the hub's
-- month dirty (one UPSERT in its own transaction), and one job of the cluster at a time (an advisory lock) recounts the
-- fiscal years of the dirty months and clears the marks it read. A mark holds a hub, a month and a generation: a mark
-- made again while the job recounts bumps the generation, so the job's delete (by generation) leaves it for the next
-- run.
CREATE TABLE national_dirty (
    hub_id     bigint      NOT NULL REFERENCES hub (id),
    month      date        NOT NULL CHECK (extract(day FROM month) = 1),
    generation bigint      NOT NULL DEFAULT 1,
    marked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, month)
);

ALTER TABLE national_dirty ENABLE ROW LEVEL SECURITY;
ALTER TABLE national_dirty FORCE ROW LEVEL SECURITY;
-- the hub marks and clears its own months (an agency user's report of a placement may mark too: a month is no record)
CREATE POLICY national_dirty_hub ON national_dirty
    USING (hub_id = kyoten_current_hub())
    WITH CHECK (hub_id = kyoten_current_hub());
-- the job, with no hub and no body in scope, reads which hubs to recount (hub ids and months only)
CREATE POLICY national_dirty_job ON national_dirty FOR SELECT
    USING ((SELECT kyoten_current_hub() IS NULL) AND (SELECT kyoten_current_body() IS NULL));

-- When the cluster last recounted every hub (the sweep that catches edits and deletions no event announces): one row,
-- so that of several nodes only the first one due does it.
CREATE TABLE national_sweep (
    id       integer     PRIMARY KEY CHECK (id = 1),
    swept_at timestamptz NOT NULL
);
INSERT INTO national_sweep (id, swept_at) VALUES (1, '-infinity');

-- Each hub's funnel and breakdowns per month, counted by the reporting module's published counting
-- (KpiBreakdownMonths) in the hub's scope: per dimension, a key and a count, nothing else. Zero counts are not stored.
CREATE TABLE national_hub_figure (
    hub_id       bigint      NOT NULL REFERENCES hub (id),
    month        date        NOT NULL CHECK (extract(day FROM month) = 1),
    dimension    varchar(20) NOT NULL CHECK (dimension IN ('FUNNEL', 'INDUSTRY', 'SIZE_BAND', 'JOB_CATEGORY',
                                                           'UIJ_TURN', 'SATISFACTION', 'PROGRAMME')),
    key          varchar(40) NOT NULL,
    value        integer     NOT NULL CHECK (value > 0),
    refreshed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, month, dimension, key)
);
CREATE INDEX national_hub_figure_month_idx ON national_hub_figure (month, hub_id);

ALTER TABLE national_hub_figure ENABLE ROW LEVEL SECURITY;
ALTER TABLE national_hub_figure FORCE ROW LEVEL SECURITY;
CREATE POLICY national_hub_figure_read ON national_hub_figure FOR SELECT
    USING ((hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL)) OR kyoten_body_oversees(hub_id));
CREATE POLICY national_hub_figure_insert ON national_hub_figure FOR INSERT
    WITH CHECK (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
CREATE POLICY national_hub_figure_delete ON national_hub_figure FOR DELETE
    USING (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));

-- The kind of the body in scope (CABINET_OFFICE, YOROZU_HQ, METI_BUREAU, PREFECTURE), for policies one kind alone may pass.
CREATE FUNCTION kyoten_current_body_kind() RETURNS varchar
    LANGUAGE sql STABLE
AS $$ SELECT kind FROM national_body WHERE id = kyoten_current_body() $$;
GRANT EXECUTE ON FUNCTION kyoten_current_body_kind() TO ${appRole};

-- The よろず hubs' consented support records (相談カルテ) as the よろず支援拠点全国本部 collects them every month (seed 004
-- II.4: 支援実績等を毎月全国本部に報告; the company agreed to the sharing, seed 004 の了承). Copied by the hub's recount in its
-- own scope from the activity module's records, only those whose company consented, and replaced on each recount (a
-- withdrawn consent takes the record out). Only a body of kind YOROZU_HQ overseeing the hub reads them: a prefecture
-- overseeing the same hub, the Cabinet Office or a METI bureau do not.
CREATE TABLE national_shared_record (
    hub_id           bigint       NOT NULL REFERENCES hub (id),
    consultation_id  bigint       NOT NULL,
    month            date         NOT NULL CHECK (extract(day FROM month) = 1),
    consulted_on     date         NOT NULL,
    company_name     text         NOT NULL,
    corporate_number varchar(13),
    staff_name       text,
    channel          varchar(20)  NOT NULL,
    follow_up        boolean      NOT NULL,
    issues           text[]       NOT NULL DEFAULT '{}',
    policy_areas     text[]       NOT NULL DEFAULT '{}',
    summary          text,
    copied_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, consultation_id)
);
CREATE INDEX national_shared_record_month_idx ON national_shared_record (month, hub_id);

ALTER TABLE national_shared_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE national_shared_record FORCE ROW LEVEL SECURITY;
CREATE POLICY national_shared_record_read ON national_shared_record FOR SELECT
    USING ((hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL))
           OR ((SELECT kyoten_current_body_kind()) = 'YOROZU_HQ' AND kyoten_body_oversees(hub_id)));
CREATE POLICY national_shared_record_insert ON national_shared_record FOR INSERT
    WITH CHECK (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
CREATE POLICY national_shared_record_delete ON national_shared_record FOR DELETE
    USING (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
