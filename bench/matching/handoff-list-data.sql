-- Hand-off list data set (issue 21): the matching benchmark's shape without its hours of loading — 47 hubs, five
-- agencies each, 12,500 hand-offs per hub over ten fiscal years (587,500 in all), a placement for five of six,
-- generated in SQL once and kept. Needs, sheets and companies are not generated: the list reads none of them, so
-- the foreign keys are not checked while loading (session_replication_role = replica, superuser only).
\set ON_ERROR_STOP on
SELECT count(*) AS have FROM handoff WHERE chosen_by = 'bench21' \gset
\if :have
  \echo bench21 hand-offs exist (:have rows)
\else
SET session_replication_role = replica;
INSERT INTO recruitment_agency (hub_id, name, name_kana, licence_number, status)
SELECT h.id, '人材紹介' || h.id || '-' || a, 'ジンザイ', '13-ユ-' || lpad((h.id * 10 + a)::text, 6, '0'), 'REGISTERED'
  FROM (SELECT id FROM hub ORDER BY id LIMIT 47) h, generate_series(1, 5) a;
INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by, choice_method, chosen_on,
                     status, status_changed_at, provided_data, provided_at)
SELECT h.id, h.id * 100000 + k, h.id * 100000 + k % 2000, h.id * 100000 + k,
       (SELECT min(a.id) FROM recruitment_agency a WHERE a.hub_id = h.id) + k % 5 AS agency_id,
       'bench21', 'IN_PERSON', DATE '2017-04-01' + (k * 3652 / 12500),
       (ARRAY['PLACED','PLACED','PLACED','PLACED','PLACED','NOT_PLACED','DECLINED','ACCEPTED'])[1 + k % 8],
       TIMESTAMPTZ '2017-04-01' + (k * 3652 / 12500 + k % 40) * interval '1 day',
       jsonb_build_object('companyName', '株式会社ベンチ' || (k % 2000), 'needTitle', '営業職 ' || k),
       TIMESTAMPTZ '2017-04-01' + (k * 3652 / 12500) * interval '1 day'
  FROM (SELECT id FROM hub ORDER BY id LIMIT 47) h, generate_series(1, 12500) k
 ORDER BY k, h.id;
INSERT INTO placement (hub_id, handoff_id, agency_id, need_id, company_id, contract_date, employment_form, confirmed,
                       confirmed_at)
SELECT hub_id, id, agency_id, need_id, company_id, chosen_on + 30, 'FULL_TIME', true, status_changed_at
  FROM handoff WHERE chosen_by = 'bench21' AND status = 'PLACED';
RESET session_replication_role;
VACUUM ANALYZE recruitment_agency;
VACUUM ANALYZE handoff;
VACUUM ANALYZE placement;
SELECT count(*) AS handoffs, count(DISTINCT hub_id) AS hubs FROM handoff;
\endif
