-- The orders the lists offer (jp.kyoten.platform.web.ListSorting), each on an index of the hub's rows that a page
-- walks in order and stops at LIMIT/OFFSET. Orders by a joined table's column (a visit or referral by company name,
-- a referral by institution) sort the hub's own rows of that list, which stay in the thousands a year.

-- Hand-offs: by 選択日 (the default), by the company name provided with the hand-off, by status; by the last change
-- they already walk handoff_hub_changed_idx. The agency portal walks its agency's rows by 選択日.
CREATE INDEX handoff_hub_chosen_id_idx ON handoff (hub_id, chosen_on DESC, id DESC);
CREATE INDEX handoff_hub_company_name_idx ON handoff (hub_id, (provided_data ->> 'companyName'), id);
CREATE INDEX handoff_hub_status_id_idx ON handoff (hub_id, status, id);
CREATE INDEX handoff_agency_chosen_idx ON handoff (agency_id, chosen_on DESC, id DESC);

-- Support institutions and agencies by name (kana); agencies by the day their status changed.
CREATE INDEX support_institution_hub_name_idx ON support_institution (hub_id, (coalesce(name_kana, name)), name, id);
CREATE INDEX recruitment_agency_hub_name_idx ON recruitment_agency (hub_id, (coalesce(name_kana, name)), name, id);
CREATE INDEX recruitment_agency_hub_changed_idx ON recruitment_agency (hub_id, status_changed_at DESC, id DESC);

-- The audit log: a hub's newest first (the default), by actor, by operation; the system admin's, all hubs, newest
-- first.
CREATE INDEX audit_log_hub_time_id_idx ON audit_log (hub_id, occurred_at DESC, id DESC);
CREATE INDEX audit_log_time_id_idx ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_hub_actor_idx ON audit_log (hub_id, actor_email, id);
CREATE INDEX audit_log_hub_action_idx ON audit_log (hub_id, action, id);

-- Visits by 訪問日 (the default) and by who visited.
CREATE INDEX company_visit_hub_day_id_idx ON company_visit (hub_id, visited_on DESC, id DESC);
CREATE INDEX company_visit_hub_staff_idx ON company_visit (hub_id, staff_names, id);

-- Job seekers by 受付日 (the default), name and channel.
CREATE INDEX job_seeker_inquiry_hub_day_id_idx ON job_seeker_inquiry (hub_id, received_on DESC, id DESC);
CREATE INDEX job_seeker_inquiry_hub_name_idx ON job_seeker_inquiry (hub_id, name, id);
CREATE INDEX job_seeker_inquiry_hub_channel_idx ON job_seeker_inquiry (hub_id, channel, id);

-- Referrals to other institutions by 紹介日 (the default), outcome and staff.
CREATE INDEX institution_referral_hub_day_id_idx ON institution_referral (hub_id, referred_on DESC, id DESC);
CREATE INDEX institution_referral_hub_status_idx ON institution_referral (hub_id, status, id);
CREATE INDEX institution_referral_hub_staff_idx ON institution_referral (hub_id, staff_name, id);

-- Events by 開催日 with the id that breaks ties.
CREATE INDEX event_hub_start_id_idx ON event (hub_id, starts_at, id);

-- The directory by municipality (then kana) and by size; by kana it walks company_kana_idx.
CREATE INDEX company_hub_municipality_kana_idx ON company (hub_id, municipality_code, name_kana, name, id);
CREATE INDEX company_hub_employees_idx ON company (hub_id, employees, id);

-- Placements (成約の一覧) by 成約日 (the default; the KPIs' index holds the confirmed ones only), by confirmation and
-- by fee.
CREATE INDEX placement_hub_contract_id_idx ON placement (hub_id, contract_date DESC, id DESC);
CREATE INDEX placement_hub_confirmed_idx ON placement (hub_id, confirmed, id);
CREATE INDEX placement_hub_fee_idx ON placement (hub_id, fee, id);
