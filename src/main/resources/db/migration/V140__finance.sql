-- Finance: the hub's books by 経費区分 (seed 001 §10, seed 004 IX) with their evidence, closed months, and the hub's
-- own income from agency fee agreements (seed 003: 手数料収入). agency_id names a recruitment agency by id, without a
-- foreign key across modules. Every table is hub-owned: row-level security keeps every hub to its own rows.

-- The budget of one 経費区分 in one fiscal year.
CREATE TABLE finance_budget (
    hub_id      bigint      NOT NULL REFERENCES hub (id),
    fiscal_year integer     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    category    varchar(20) NOT NULL,
    amount      bigint      NOT NULL CHECK (amount >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  bigint,
    PRIMARY KEY (hub_id, fiscal_year, category)
);

-- 帳簿: one expense, amounts in yen including consumption tax (tax is the part of amount that is tax). Entries are
-- never edited or deleted (the application role may not): a correction is a reversing entry (negative amounts,
-- naming the entry it reverses, at most one per entry) followed by a new entry.
CREATE TABLE finance_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    fiscal_year integer      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    entry_date  date         NOT NULL,
    category    varchar(20)  NOT NULL,
    payee       varchar(200) NOT NULL CHECK (btrim(payee) <> ''),
    purpose     varchar(500) NOT NULL CHECK (btrim(purpose) <> ''),
    amount      bigint       NOT NULL,
    tax         bigint       NOT NULL,
    reverses_id bigint       UNIQUE,
    created_by  bigint,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id),
    FOREIGN KEY (reverses_id, hub_id) REFERENCES finance_entry (id, hub_id),
    -- 年度 runs 1 April – 31 March
    CHECK (fiscal_year = extract(year FROM entry_date - interval '3 months')),
    CHECK (reverses_id IS NULL AND amount > 0 AND tax >= 0 AND tax <= amount
        OR reverses_id IS NOT NULL AND amount < 0 AND tax <= 0 AND tax >= amount)
);
-- budget vs actual by category and month reads only this index
CREATE INDEX finance_entry_year_idx ON finance_entry (hub_id, fiscal_year, category, entry_date) INCLUDE (amount);
CREATE INDEX finance_entry_list_idx ON finance_entry (hub_id, fiscal_year, entry_date DESC, id DESC);
REVOKE UPDATE, DELETE, TRUNCATE ON finance_entry FROM ${appRole};

-- 証拠書類 (領収書, 請求書…) of an entry: PDF, JPEG or PNG recognised by their first bytes.
CREATE TABLE finance_evidence (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    entry_id     bigint       NOT NULL,
    kind         varchar(10)  NOT NULL CHECK (kind IN ('RECEIPT', 'INVOICE', 'OTHER')),
    filename     varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    data         bytea        NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now(),
    uploaded_by  bigint,
    FOREIGN KEY (entry_id, hub_id) REFERENCES finance_entry (id, hub_id)
);
CREATE INDEX finance_evidence_entry_idx ON finance_evidence (entry_id);
REVOKE UPDATE, DELETE, TRUNCATE ON finance_evidence FROM ${appRole};

-- A closed month (月次締め): its entries are final and no entry may be dated in it any more.
CREATE TABLE finance_closed_month (
    hub_id    bigint      NOT NULL REFERENCES hub (id),
    month     date        NOT NULL CHECK (extract(day FROM month) = 1),
    closed_at timestamptz NOT NULL DEFAULT now(),
    closed_by bigint,
    PRIMARY KEY (hub_id, month)
);
REVOKE UPDATE, DELETE, TRUNCATE ON finance_closed_month FROM ${appRole};

-- The last line of defence behind the application's own check: nothing is booked into a closed month.
CREATE FUNCTION finance_refuse_closed_month() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM finance_closed_month
                WHERE hub_id = NEW.hub_id AND month = date_trunc('month', NEW.entry_date)::date) THEN
        RAISE EXCEPTION 'finance month % is closed', date_trunc('month', NEW.entry_date)::date
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER finance_entry_open_month BEFORE INSERT ON finance_entry
    FOR EACH ROW EXECUTE FUNCTION finance_refuse_closed_month();

-- 手数料契約: what an agency pays the hub per confirmed placement, as a rate of the fee the company paid the agency
-- or as a fixed amount, valid from–to (inclusive; open-ended when valid_to is null).
CREATE TABLE finance_agency_agreement (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint        NOT NULL REFERENCES hub (id),
    agency_id   bigint        NOT NULL,
    fee_rate    numeric(5, 2) CHECK (fee_rate > 0 AND fee_rate <= 100),
    fixed_fee   bigint        CHECK (fixed_fee > 0),
    valid_from  date          NOT NULL,
    valid_to    date,
    note        varchar(500),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    created_by  bigint,
    UNIQUE (id, hub_id),
    CHECK ((fee_rate IS NULL) <> (fixed_fee IS NULL)),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX finance_agency_agreement_agency_idx ON finance_agency_agreement (hub_id, agency_id, valid_from);

-- 請求書 issued by the hub to an agency, and the payments received against it.
CREATE TABLE finance_invoice (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint       NOT NULL REFERENCES hub (id),
    agency_id  bigint       NOT NULL,
    number     varchar(40)  NOT NULL CHECK (btrim(number) <> ''),
    issued_on  date         NOT NULL,
    amount     bigint       NOT NULL CHECK (amount > 0),
    note       varchar(500),
    created_at timestamptz  NOT NULL DEFAULT now(),
    created_by bigint,
    UNIQUE (id, hub_id),
    UNIQUE (hub_id, number)
);
CREATE INDEX finance_invoice_issued_idx ON finance_invoice (hub_id, issued_on);

CREATE TABLE finance_payment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint      NOT NULL REFERENCES hub (id),
    invoice_id bigint      NOT NULL,
    paid_on    date        NOT NULL,
    amount     bigint      NOT NULL CHECK (amount > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by bigint,
    FOREIGN KEY (invoice_id, hub_id) REFERENCES finance_invoice (id, hub_id)
);
CREATE INDEX finance_payment_invoice_idx ON finance_payment (invoice_id);

ALTER TABLE finance_budget ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_budget FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_budget_hub ON finance_budget
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_entry_hub ON finance_entry
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_evidence ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_evidence FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_evidence_hub ON finance_evidence
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_closed_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_closed_month FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_closed_month_hub ON finance_closed_month
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_agency_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_agency_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_agency_agreement_hub ON finance_agency_agreement
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_invoice ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_invoice FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_invoice_hub ON finance_invoice
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_payment ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_payment FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_payment_hub ON finance_payment
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
