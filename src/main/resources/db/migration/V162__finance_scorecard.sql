-- バランストスコアカード (seed 003 自立化スキーム案 KPI): a hub's KPIs in the four perspectives (財務・顧客・業務プロセス・
-- 学習と成長) over a three-year roadmap starting in first_year, with a target for each of the three years. measure
-- names how the actual is computed from Kyoten's own data, or MANUAL where Kyoten holds no such data; the actuals of
-- MANUAL KPIs are entered per fiscal year.
CREATE TABLE finance_scorecard_kpi (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint         NOT NULL REFERENCES hub (id),
    first_year  integer        NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
    perspective varchar(20)    NOT NULL CHECK (perspective IN ('FINANCIAL', 'CUSTOMER', 'PROCESS', 'LEARNING')),
    name        varchar(200)   NOT NULL CHECK (btrim(name) <> ''),
    measure     varchar(30)    NOT NULL,
    unit        varchar(20)    NOT NULL,
    target1     numeric(14, 1) CHECK (target1 >= 0),
    target2     numeric(14, 1) CHECK (target2 >= 0),
    target3     numeric(14, 1) CHECK (target3 >= 0),
    position    integer        NOT NULL DEFAULT 0,
    created_at  timestamptz    NOT NULL DEFAULT now(),
    created_by  bigint,
    UNIQUE (id, hub_id)
);
CREATE INDEX finance_scorecard_kpi_year_idx ON finance_scorecard_kpi (hub_id, first_year, perspective, position, id);

CREATE TABLE finance_scorecard_actual (
    hub_id      bigint         NOT NULL REFERENCES hub (id),
    kpi_id      bigint         NOT NULL,
    fiscal_year integer        NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    value       numeric(14, 1) NOT NULL CHECK (value >= 0),
    updated_at  timestamptz    NOT NULL DEFAULT now(),
    updated_by  bigint,
    PRIMARY KEY (kpi_id, fiscal_year),
    FOREIGN KEY (kpi_id, hub_id) REFERENCES finance_scorecard_kpi (id, hub_id) ON DELETE CASCADE
);

ALTER TABLE finance_scorecard_kpi ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_scorecard_kpi FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_scorecard_kpi_hub ON finance_scorecard_kpi
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_scorecard_actual ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_scorecard_actual FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_scorecard_actual_hub ON finance_scorecard_actual
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
