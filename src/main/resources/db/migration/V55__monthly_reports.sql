-- The monthly report (月次報告) to the prefecture and the Cabinet Office, and what the KPI read models need.
--
-- A report of one hub and month has versions. The newest version is a draft while the manager writes the free texts
-- (success stories, issues); submitting freezes it: the computed numbers and the texts are stored as a snapshot
-- (jsonb) and never change again. A correction after submission starts the next version; history is kept.

CREATE TABLE monthly_report (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    -- the first day of the reported month
    month           date          NOT NULL CHECK (extract(day FROM month) = 1),
    version         integer       NOT NULL CHECK (version >= 1),
    success_stories text          NOT NULL DEFAULT '',
    issues          text          NOT NULL DEFAULT '',
    submitted       boolean       NOT NULL DEFAULT false,
    -- the frozen report: every number and text as submitted (MonthlyReportData)
    snapshot        jsonb,
    submitted_at    timestamptz,
    submitted_by    varchar(254),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      varchar(254),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    updated_by      varchar(254),
    lock_version    integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    UNIQUE (hub_id, month, version),
    CONSTRAINT monthly_report_frozen CHECK (submitted = (snapshot IS NOT NULL AND submitted_at IS NOT NULL))
);
-- at most one draft per hub and month
CREATE UNIQUE INDEX monthly_report_one_draft_uq ON monthly_report (hub_id, month) WHERE NOT submitted;

ALTER TABLE monthly_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE monthly_report FORCE ROW LEVEL SECURITY;
CREATE POLICY monthly_report_hub ON monthly_report
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

-- The funnel counts the companies with a consultation in the year: with company_id in the index, KPI 1, the funnel
-- and consultations by issue are all answered from the index alone (a hub's consultations of a year are spread over
-- as many heap pages as there are rows once many hubs write at once: bench/kpi-dashboard/README.md). This index
-- supersedes V50's consultation_hub_date_idx (same key, fewer included columns).
CREATE INDEX consultation_hub_date_company_idx ON consultation (hub_id, consulted_on)
    INCLUDE (company_id, follow_up_of, issues);
DROP INDEX consultation_hub_date_idx;
-- The funnel counts needs by the moment they were recorded and hand-offs by the day the company chose.
CREATE INDEX talent_need_hub_created_idx ON talent_need (hub_id, created_at);
CREATE INDEX handoff_hub_chosen_idx ON handoff (hub_id, chosen_on);
