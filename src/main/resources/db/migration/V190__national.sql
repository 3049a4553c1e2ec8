-- The national view (issue 14, ADR 180): the bodies above the hubs, and what they may read.
--
-- A national body (内閣府・全国協議会, よろず支援拠点全国本部, a METI regional bureau, a prefecture) oversees the hubs of one
-- kind (or every kind) in a set of prefectures (or every prefecture). Its users never read a hub's own tables: a
-- national request carries no hub (kyoten.hub_id is empty, so row-level security hides every hub-owned row), and
-- the only rows it can read are the aggregate rows below, whose policies let a body in scope (kyoten.national_body_id,
-- set per transaction by the national module) read the rows of the hubs it oversees. Those tables hold counts and
-- dates only: no company, person, consultation or placement.

CREATE FUNCTION kyoten_current_body() RETURNS bigint
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('kyoten.national_body_id', true), '')::bigint $$;
GRANT EXECUTE ON FUNCTION kyoten_current_body() TO ${appRole};

CREATE TABLE national_body (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('CABINET_OFFICE', 'YOROZU_HQ', 'METI_BUREAU', 'PREFECTURE')),
    -- the kind of hub overseen; NULL = every kind (a prefecture sees its Pro hub and its よろず hub side by side)
    hub_kind    varchar(30)  CHECK (hub_kind IN ('PRO_TALENT', 'YOROZU', 'TALENT_PROGRAMME')),
    -- the prefectures overseen; NULL = the whole country
    prefectures char(2)[]
);

-- Which hubs each body oversees: derived from the hubs' kind and prefecture, so that a new hub is overseen at once.
CREATE VIEW national_oversight AS
SELECT b.id AS body_id, h.id AS hub_id
  FROM national_body b
  JOIN hub h ON (b.hub_kind IS NULL OR h.kind = b.hub_kind)
            AND (b.prefectures IS NULL OR h.prefecture_code = ANY (b.prefectures));

CREATE FUNCTION kyoten_body_oversees(p_hub bigint) RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT EXISTS (SELECT 1 FROM national_oversight o WHERE o.body_id = kyoten_current_body() AND o.hub_id = p_hub) $$;
GRANT EXECUTE ON FUNCTION kyoten_body_oversees(bigint) TO ${appRole};

INSERT INTO national_body (code, name, kind, hub_kind, prefectures) VALUES
    ('cabinet-office', '内閣府・プロフェッショナル人材戦略拠点全国協議会', 'CABINET_OFFICE', 'PRO_TALENT', NULL),
    ('yorozu-hq', 'よろず支援拠点全国本部', 'YOROZU_HQ', 'YOROZU', NULL),
    ('meti-hokkaido', '北海道経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{01}'),
    ('meti-tohoku', '東北経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{02,03,04,05,06,07}'),
    ('meti-kanto', '関東経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{08,09,10,11,12,13,14,15,19,20,22}'),
    ('meti-chubu', '中部経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{16,17,21,23,24}'),
    ('meti-kinki', '近畿経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{18,25,26,27,28,29,30}'),
    ('meti-chugoku', '中国経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{31,32,33,34,35}'),
    ('meti-shikoku', '四国経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{36,37,38,39}'),
    ('meti-kyushu', '九州経済産業局', 'METI_BUREAU', 'TALENT_PROGRAMME', '{40,41,42,43,44,45,46}'),
    ('meti-okinawa', '内閣府沖縄総合事務局 経済産業部', 'METI_BUREAU', 'TALENT_PROGRAMME', '{47}');
-- one body per prefecture: its officers see the prefecture's hubs of every kind side by side
INSERT INTO national_body (code, name, kind, hub_kind, prefectures)
SELECT 'prefecture-' || lpad(p::text, 2, '0'), '都道府県 ' || lpad(p::text, 2, '0'), 'PREFECTURE', NULL,
       ARRAY[lpad(p::text, 2, '0')]::char(2)[]
  FROM generate_series(1, 47) AS p;

-- A national viewer belongs to one body. Identity knows the account; this table knows the body.
CREATE TABLE national_viewer (
    user_id bigint PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    body_id bigint NOT NULL REFERENCES national_body (id)
);

-- Each hub's five KPIs per month, counted by the reporting module's rules (Kpis.monthly) in the hub's own scope and
-- written here on every change the hub makes (and every few minutes): counts only.
CREATE TABLE national_hub_month (
    hub_id                          bigint      NOT NULL REFERENCES hub (id),
    month                           date        NOT NULL CHECK (extract(day FROM month) = 1),
    consultations                   integer     NOT NULL CHECK (consultations >= 0),
    placements                      integer     NOT NULL CHECK (placements >= 0),
    digital_placements              integer     NOT NULL CHECK (digital_placements >= 0),
    financial_referral_placements   integer     NOT NULL CHECK (financial_referral_placements >= 0),
    side_job_new_company_placements integer     NOT NULL CHECK (side_job_new_company_placements >= 0),
    refreshed_at                    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, month)
);
CREATE INDEX national_hub_month_month_idx ON national_hub_month (month, hub_id);

-- Each submitted version of a hub's report, as the bodies above see it: when, which version; never its contents.
CREATE TABLE national_submission (
    hub_id       bigint      NOT NULL REFERENCES hub (id),
    kind         varchar(10) NOT NULL CHECK (kind IN ('MONTHLY', 'METI')),
    month        date        NOT NULL CHECK (extract(day FROM month) = 1),
    version      integer     NOT NULL CHECK (version >= 1),
    submitted_at timestamptz NOT NULL,
    PRIMARY KEY (hub_id, kind, month, version)
);
CREATE INDEX national_submission_month_idx ON national_submission (month, hub_id);

-- The hub writes its own rows; the hub and the bodies overseeing it read them.
ALTER TABLE national_hub_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE national_hub_month FORCE ROW LEVEL SECURITY;
CREATE POLICY national_hub_month_read ON national_hub_month FOR SELECT
    USING ((hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL)) OR kyoten_body_oversees(hub_id));
CREATE POLICY national_hub_month_insert ON national_hub_month FOR INSERT
    WITH CHECK (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
CREATE POLICY national_hub_month_update ON national_hub_month FOR UPDATE
    USING (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL))
    WITH CHECK (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
CREATE POLICY national_hub_month_delete ON national_hub_month FOR DELETE
    USING (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));

ALTER TABLE national_submission ENABLE ROW LEVEL SECURITY;
ALTER TABLE national_submission FORCE ROW LEVEL SECURITY;
CREATE POLICY national_submission_read ON national_submission FOR SELECT
    USING ((hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL)) OR kyoten_body_oversees(hub_id));
CREATE POLICY national_submission_insert ON national_submission FOR INSERT
    WITH CHECK (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
CREATE POLICY national_submission_delete ON national_submission FOR DELETE
    USING (hub_id = kyoten_current_hub() AND (SELECT kyoten_current_agency() IS NULL));
