-- Issue 18 (s8): the orders of the remaining lists (jp.kyoten.platform.web.ListSorting), each on an index of the
-- hub's rows that a page walks in order and stops at LIMIT/OFFSET, and the shapes that bench/lists found slow.

-- Visits in company order are driven from the company (Visits.SELECT_BY_COMPANY): the hub's companies A to Z, each
-- company's visits looked up by company_visit_company_idx.
CREATE INDEX company_hub_name_idx ON company (hub_id, name, id);

-- The referral list's per-institution summary aggregates the fiscal year's referrals and the consultations an
-- institution referred: both read from an index alone.
CREATE INDEX institution_referral_hub_day_institution_idx ON institution_referral (hub_id, referred_on)
    INCLUDE (institution_id, status);
CREATE INDEX consultation_hub_day_referred_by_idx ON consultation (hub_id, consulted_on)
    INCLUDE (referral_institution_id) WHERE referral_institution_id IS NOT NULL;

-- 送信メール: newest first (the default), by addressee, subject, status.
CREATE INDEX mail_outbox_hub_created_id_idx ON mail_outbox (hub_id, created_at DESC, id DESC);
CREATE INDEX mail_outbox_hub_to_idx ON mail_outbox (hub_id, to_name, to_address, id);
CREATE INDEX mail_outbox_hub_subject_idx ON mail_outbox (hub_id, subject, id);
CREATE INDEX mail_outbox_hub_status_idx ON mail_outbox (hub_id, status, id);

-- The consultation form's triage list, one status at a time: newest first (the default), by company name.
CREATE INDEX portal_inquiry_hub_status_received_id_idx ON portal_inquiry (hub_id, status, received_at DESC, id DESC);
CREATE INDEX portal_inquiry_hub_status_organisation_idx ON portal_inquiry (hub_id, status, organisation_name, id);

-- Self-diagnosis results: newest first (the default), by total score, by employees.
CREATE INDEX diagnosis_hub_taken_id_idx ON diagnosis (hub_id, taken_at DESC, id DESC);
CREATE INDEX diagnosis_hub_total_idx ON diagnosis (hub_id, total_score, id);
CREATE INDEX diagnosis_hub_employees_idx ON diagnosis (hub_id, employees, id);

-- A hub's accounts: by name (the default), e-mail, role, last sign-in (never signed in last, as -infinity).
CREATE INDEX user_account_hub_name_idx ON user_account (hub_id, display_name, id);
CREATE INDEX user_account_hub_email_idx ON user_account (hub_id, lower(email), id);
CREATE INDEX user_account_hub_role_idx ON user_account (hub_id, role, id);
CREATE INDEX user_account_hub_sign_in_idx ON user_account (hub_id, (coalesce(last_sign_in_at, '-infinity'::timestamptz)), id);

-- The ledger of a fiscal year: by 日付 walks finance_entry_list_idx (V140); by 経費項目, 支払先, 金額.
CREATE INDEX finance_entry_hub_year_category_idx ON finance_entry (hub_id, fiscal_year, category, id);
CREATE INDEX finance_entry_hub_year_payee_idx ON finance_entry (hub_id, fiscal_year, payee, id);
CREATE INDEX finance_entry_hub_year_amount_idx ON finance_entry (hub_id, fiscal_year, amount, id);
