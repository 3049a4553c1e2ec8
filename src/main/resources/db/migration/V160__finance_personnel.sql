-- 人件費: the hub's staff on the books and their work days, from which the personnel cost lines of the ledger are
-- computed (seed 001 §10 and seed 004 IX: 「事業に従事する者の作業時間に対する人件費」; the よろず coordinators' 謝金 per
-- 事案 = about one day, half for half a day). A staff member is paid by the hour (rate = yen per hour) or per case
-- (rate = yen per 事案, tax excluded). Work days of a month whose cost is booked, or of a closed month, are final.
CREATE TABLE finance_staff (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint       NOT NULL REFERENCES hub (id),
    name       varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    post       varchar(30)  NOT NULL CHECK (post IN ('MANAGER', 'SUB_MANAGER', 'STAFF', 'ASSISTANT',
                                                     'CHIEF_COORDINATOR', 'SUB_CHIEF_COORDINATOR', 'COORDINATOR')),
    pay_basis  varchar(20)  NOT NULL CHECK (pay_basis IN ('HOURLY', 'PER_CASE')),
    rate       bigint       NOT NULL CHECK (rate > 0 AND rate <= 1000000),
    created_at timestamptz  NOT NULL DEFAULT now(),
    created_by bigint,
    UNIQUE (id, hub_id)
);
CREATE INDEX finance_staff_hub_idx ON finance_staff (hub_id, name);

-- One day worked: the hours (kept for both kinds of pay, as the work record the inspection reads) and whether it was a
-- full or a half day (a 謝金 case is paid in full or in half).
CREATE TABLE finance_work_day (
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    staff_id     bigint       NOT NULL,
    work_date    date         NOT NULL,
    hours        numeric(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
    day_fraction numeric(2, 1) NOT NULL CHECK (day_fraction IN (0.5, 1.0)),
    note         varchar(200),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   bigint,
    PRIMARY KEY (staff_id, work_date),
    FOREIGN KEY (staff_id, hub_id) REFERENCES finance_staff (id, hub_id)
);
-- a month's work of every staff member, and a year's for the budget page, read this index
CREATE INDEX finance_work_day_month_idx ON finance_work_day (hub_id, work_date, staff_id) INCLUDE (hours, day_fraction);

-- A ledger entry produced from a staff member's month of work names them; a reversing entry does not.
ALTER TABLE finance_entry
    ADD COLUMN staff_id   bigint,
    ADD COLUMN work_month date CHECK (extract(day FROM work_month) = 1),
    ADD CONSTRAINT finance_entry_staff_fk FOREIGN KEY (staff_id, hub_id) REFERENCES finance_staff (id, hub_id),
    ADD CONSTRAINT finance_entry_staff_month CHECK ((staff_id IS NULL) = (work_month IS NULL));
CREATE INDEX finance_entry_staff_idx ON finance_entry (hub_id, work_month, staff_id) WHERE staff_id IS NOT NULL;

-- The event or activity an expense was for (a seminar's venue, a visit's fare): its module's id and, as it read when
-- booked, its label (the books keep what was written, like a paper ledger).
ALTER TABLE finance_entry
    ADD COLUMN link_kind  varchar(20) CHECK (link_kind IN ('EVENT', 'VISIT', 'CONSULTATION')),
    ADD COLUMN link_id    bigint,
    ADD COLUMN link_label varchar(300),
    ADD CONSTRAINT finance_entry_link CHECK ((link_kind IS NULL) = (link_id IS NULL));

ALTER TABLE finance_staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_staff FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_staff_hub ON finance_staff
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE finance_work_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE finance_work_day FORCE ROW LEVEL SECURITY;
CREATE POLICY finance_work_day_hub ON finance_work_day
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
