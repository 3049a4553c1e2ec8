-- 外部資金: prospective funders of the hub's self-sufficiency (seed 003 KPI_外部資金獲得: 企業版ふるさと納税, 寄付,
-- クラウドファンディング, SIB 出資) moving through 訪問リスト → アポ → 面談 → 寄付・出資 (or 見送り), with the amount
-- expected and what was received.
CREATE TABLE finance_funder (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id           bigint       NOT NULL REFERENCES hub (id),
    kind             varchar(20)  NOT NULL CHECK (kind IN ('FURUSATO_TAX', 'DONATION', 'CROWDFUNDING', 'SIB')),
    name             varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    contact          varchar(200),
    fiscal_year      integer      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    stage            varchar(20)  NOT NULL DEFAULT 'LISTED'
                     CHECK (stage IN ('LISTED', 'APPOINTMENT', 'MEETING', 'CONTRIBUTED', 'DECLINED')),
    stage_changed_on date         NOT NULL,
    expected_amount  bigint       NOT NULL DEFAULT 0 CHECK (expected_amount >= 0),
    next_action      varchar(300),
    note             varchar(1000),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    created_by       bigint,
    UNIQUE (id, hub_id)
);
CREATE INDEX finance_funder_board_idx ON finance_funder (hub_id, fiscal_year, stage, id);

-- Every move of a funder from one stage to another, by whom and on which day (面談件数 counts these).
CREATE TABLE finance_funder_step (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint      NOT NULL REFERENCES hub (id),
    funder_id  bigint      NOT NULL,
    from_stage varchar(20),
    to_stage   varchar(20) NOT NULL,
    changed_on date        NOT NULL,
    changed_by bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (funder_id, hub_id) REFERENCES finance_funder (id, hub_id)
);
CREATE INDEX finance_funder_step_funder_idx ON finance_funder_step (funder_id, id);
CREATE INDEX finance_funder_step_day_idx ON finance_funder_step (hub_id, changed_on, to_stage);

-- Money received from a funder (寄付 or 出資).
CREATE TABLE finance_funder_receipt (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    funder_id   bigint       NOT NULL,
    received_on date         NOT NULL,
    amount      bigint       NOT NULL CHECK (amount > 0),
    note        varchar(300),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  bigint,
    FOREIGN KEY (funder_id, hub_id) REFERENCES finance_funder (id, hub_id)
);
CREATE INDEX finance_funder_receipt_funder_idx ON finance_funder_receipt (funder_id);
CREATE INDEX finance_funder_receipt_day_idx ON finance_funder_receipt (hub_id, received_on) INCLUDE (funder_id, amount);
REVOKE UPDATE, DELETE, TRUNCATE ON finance_funder_step, finance_funder_receipt FROM ${appRole};

ALTER TABLE finance_funder ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_funder FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_funder_hub ON finance_funder
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_funder_step ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_funder_step FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_funder_step_hub ON finance_funder_step
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_funder_receipt ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_funder_receipt FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_funder_receipt_hub ON finance_funder_receipt
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
