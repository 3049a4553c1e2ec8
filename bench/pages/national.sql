-- The national-scale data set of bench/kpi-dashboard and bench/matching (KpiDashboardBenchmark.load, same
-- statements, same shape), for the packaged jar's own database: 47 hubs (the demo hubs first, then one Pro hub per
-- further prefecture), and per hub SCALE × (5,000 companies, 85,107 new consultations and 21,277 follow-ups over ten
-- fiscal years, 17,021 needs, three in four handed off with a selection sheet, five in eight placed).
-- SCALE = 1 is 5 M consultations and 500,000 placements; run.sh applies it with NATIONAL=1 (SCALE=0.1 by default).
--
--   psql -v scale=0.1 -f bench/pages/national.sql      (as the schema owner or a superuser: triggers are off)
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
SELECT greatest(1, round(5000 * :scale))::int AS companies, greatest(1, round(85107 * :scale))::int AS new,
       greatest(1, round(21277 * :scale))::int AS follow_ups, greatest(1, round(17021 * :scale))::int AS needs,
       3652 AS days
\gset
\echo national scale :scale: per hub :companies companies, :new new consultations, :follow_ups follow-ups, :needs needs
\timing on

-- what Hubs.create does for BenchmarkHubs.national: bench-NN Pro hubs for the prefectures with no hub yet, 47 in all
INSERT INTO hub (slug, name, kind, prefecture_code)
SELECT 'bench-' || code, 'ベンチマーク拠点 ' || code, 'PRO_TALENT', code
  FROM (SELECT lpad(p::text, 2, '0') AS code, row_number() OVER (ORDER BY p) AS k
          FROM generate_series(1, 47) p
         WHERE lpad(p::text, 2, '0') NOT IN ('40', '43')
           AND NOT EXISTS (SELECT 1 FROM hub h WHERE h.slug = 'bench-' || lpad(p::text, 2, '0'))) c
 WHERE c.k <= 47 - (SELECT count(*) FROM hub);

SET session_replication_role = replica;
SET maintenance_work_mem = '256MB';
CREATE TEMP TABLE bench_hub AS
SELECT (row_number() OVER (ORDER BY id) - 1)::int AS i, id AS hub_id, prefecture_code AS pref
  FROM hub ORDER BY id LIMIT 47;

INSERT INTO company (id, hub_id, name, prefecture_code, industry, employees, name_key, search_text, search_grams, sme)
SELECT 50000000 + b.i * :companies + k, b.hub_id, 'ベンチ企業 ' || b.i || '-' || k, b.pref,
       chr(65 + k % 20), CASE WHEN k % 11 = 0 THEN NULL ELSE (k * 37) % 1500 END,
       'ベンチ企業' || b.i || '-' || k, '', '{}', true
  FROM bench_hub b, generate_series(0, :companies - 1) k;

INSERT INTO support_institution (id, hub_id, name, kind)
OVERRIDING SYSTEM VALUE
SELECT 50000000 + b.i * 10 + k, b.hub_id, 'ベンチ機関 ' || k,
       (ARRAY['REGIONAL_BANK','SECOND_REGIONAL_BANK','SHINKIN_BANK','CREDIT_COOPERATIVE','GOVERNMENT_FINANCIAL',
              'CHAMBER_OF_COMMERCE','SOCIETY_OF_COMMERCE','YOROZU','MUNICIPALITY','OTHER'])[k + 1]
  FROM bench_hub b, generate_series(0, 9) k;

INSERT INTO recruitment_agency (id, hub_id, name, licence_number, status)
OVERRIDING SYSTEM VALUE
SELECT 50000000 + b.i * 20 + k, b.hub_id, 'ベンチ人材 ' || k, '43-ユ-' || lpad(k::text, 6, '0'), 'REGISTERED'
  FROM bench_hub b, generate_series(0, 19) k;

-- consultation n of hub i: company (50000000 + i × companies + n × 7919 mod companies), day (n spread over ten years);
-- the same expressions give a follow-up's and a need's company and day
INSERT INTO consultation (id, hub_id, company_id, consulted_on, channel, referral_institution_id, referral_source,
                          issues, summary)
OVERRIDING SYSTEM VALUE
SELECT 100000000 + b.i * :new + n, b.hub_id, 50000000 + b.i * :companies + (n * 7919) % :companies,
       date '2017-04-01' + (n::bigint * :days / :new)::int, 'VISIT_IN',
       CASE WHEN n % 10 < 5 THEN 50000000 + b.i * 10 + n % 10 * 2 END,
       CASE WHEN n % 10 >= 5 THEN 'WEB' END,
       ARRAY[(ARRAY['SALES_CHANNEL','PRODUCTIVITY','NEW_PRODUCT','DX','SUCCESSION','RECRUITMENT','ORGANISATION',
                    'OVERSEAS','FINANCE','PRICE_PASS_THROUGH','LABOUR_SAVING','CARBON_NEUTRAL',
                    'INTELLECTUAL_PROPERTY','INVOICE','OTHER'])[n % 15 + 1], 'RECRUITMENT'], 'ベンチ相談'
  FROM bench_hub b, generate_series(0, :new - 1) n;

INSERT INTO consultation (id, hub_id, company_id, consulted_on, channel, referral_source, issues, summary,
                          follow_up_of)
OVERRIDING SYSTEM VALUE
SELECT 200000000 + b.i * :follow_ups + f, b.hub_id, 50000000 + b.i * :companies + (f * 4 * 7919) % :companies,
       date '2017-04-01' + ((f * 4)::bigint * :days / :new)::int + 20, 'PHONE', 'SELF', ARRAY['RECRUITMENT'],
       'ベンチ継続相談', 100000000 + b.i * :new + f * 4
  FROM bench_hub b, generate_series(0, :follow_ups - 1) f
 WHERE f * 4 < :new;

INSERT INTO talent_need (id, hub_id, company_id, consultation_id, title, job_category, employment_form, digital,
                         referral_institution_id, referral_source, status, created_at, status_changed_at)
OVERRIDING SYSTEM VALUE
SELECT 300000000 + b.i * :needs + j, b.hub_id, 50000000 + b.i * :companies + (j * 5 * 7919) % :companies,
       100000000 + b.i * :new + j * 5, 'ベンチ求人',
       (ARRAY['SALES','PRODUCTION','ENGINEERING','FINANCE','MARKETING','PRODUCT_PLANNING','CORPORATE_PLANNING',
              'R_AND_D','GENERAL_AFFAIRS','IT_ENGINEER','LOGISTICS','HR','CREATIVE','LEGAL','OTHER'])[j % 15 + 1],
       CASE WHEN j % 4 = 0 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, j % 5 = 0,
       CASE WHEN (j * 5) % 10 < 5 THEN 50000000 + b.i * 10 + (j * 5) % 10 * 2 END,
       CASE WHEN (j * 5) % 10 >= 5 THEN 'WEB' END,
       CASE WHEN j % 8 IN (0, 1, 2, 4, 5) THEN 'PLACED' WHEN j % 4 <> 3 THEN 'HANDED_OFF' ELSE 'DEFINED' END,
       (date '2017-04-01' + ((j * 5)::bigint * :days / :new)::int + 5)::timestamp AT TIME ZONE 'Asia/Tokyo', now()
  FROM bench_hub b, generate_series(0, :needs - 1) j
 WHERE j * 5 < :new;

INSERT INTO selection_sheet (id, hub_id, need_id, ordering, criteria)
OVERRIDING SYSTEM VALUE
SELECT 400000000 + b.i * :needs + j, b.hub_id, 300000000 + b.i * :needs + j, 'ROTATION ' || j % 20, '{}'
  FROM bench_hub b, generate_series(0, :needs - 1) j
 WHERE j % 4 <> 3 AND j * 5 < :new;

INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position)
SELECT b.hub_id, 400000000 + b.i * :needs + j, 50000000 + b.i * 20 + (j + p) % 20, p + 1
  FROM bench_hub b, generate_series(0, :needs - 1) j, generate_series(0, 1) p
 WHERE j % 4 <> 3 AND j * 5 < :new;

INSERT INTO handoff (id, hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by, choice_method,
                     chosen_on, status, provided_data)
OVERRIDING SYSTEM VALUE
SELECT 500000000 + b.i * :needs + j, b.hub_id, 300000000 + b.i * :needs + j,
       50000000 + b.i * :companies + (j * 5 * 7919) % :companies, 400000000 + b.i * :needs + j,
       50000000 + b.i * 20 + j % 20, '代表取締役', 'IN_PERSON',
       date '2017-04-01' + ((j * 5)::bigint * :days / :new)::int + 15,
       CASE WHEN j % 8 IN (0, 1, 2, 4, 5) THEN 'PLACED' ELSE 'IN_SELECTION' END, '{}'
  FROM bench_hub b, generate_series(0, :needs - 1) j
 WHERE j % 4 <> 3 AND j * 5 < :new;

INSERT INTO placement (id, hub_id, handoff_id, agency_id, need_id, company_id, contract_date, employment_form,
                       residence_before_pref, residence_after_pref, fee, confirmed, confirmed_at)
OVERRIDING SYSTEM VALUE
SELECT 600000000 + b.i * :needs + j, b.hub_id, 500000000 + b.i * :needs + j, 50000000 + b.i * 20 + j % 20,
       300000000 + b.i * :needs + j, 50000000 + b.i * :companies + (j * 5 * 7919) % :companies,
       date '2017-04-01' + ((j * 5)::bigint * :days / :new)::int + 45,
       CASE WHEN j % 4 = 0 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, lpad((j % 47 + 1)::text, 2, '0'), b.pref,
       1000000 + j % 10 * 100000, j % 20 <> 0, CASE WHEN j % 20 <> 0 THEN now() END
  FROM bench_hub b, generate_series(0, :needs - 1) j
 WHERE j % 8 IN (0, 1, 2, 4, 5) AND j * 5 < :new;

SET session_replication_role = origin;
VACUUM ANALYZE company, support_institution, recruitment_agency, consultation, talent_need, selection_sheet,
               selection_sheet_agency, handoff, placement;
SELECT 'consultations' AS rows, count(*) FROM consultation
UNION ALL SELECT 'needs', count(*) FROM talent_need
UNION ALL SELECT 'placements', count(*) FROM placement
UNION ALL SELECT 'hubs', count(*) FROM hub;
