-- The METI talent programme (seed 001 §2(2)①–②, §3; seed 002 §2(1)): the talent pool (人材) with its skills from a
-- maintained list, assessments of digital skills per area, career counselling, and matching events' participant
-- companies, participant talent and interview sets (面接セット). event_id, company_id, need_id and user ids name other
-- modules' records by id, without foreign keys across modules. Every table is hub-owned: row-level security keeps
-- every hub to its own rows (the standard skill list, hub_id NULL, is read by every hub and written by none).

-- The skill list: the standard digital skills by assessment area (seed 001 §2(2)①(c): デジタルスキル（能力・専門性・
-- 知見）を可視化するアセスメント; the areas follow the DX推進スキル標準 roles) and general skills, plus each hub's own.
CREATE TABLE talent_skill (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id  bigint       REFERENCES hub (id),
    area    varchar(20)  NOT NULL CHECK (area IN ('DX_STRATEGY', 'DATA_AI', 'GENERATIVE_AI', 'SOFTWARE', 'DESIGN',
                                                  'SECURITY', 'GENERAL')),
    name    varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    active  boolean      NOT NULL DEFAULT true,
    UNIQUE NULLS NOT DISTINCT (hub_id, name)
);
INSERT INTO talent_skill (area, name) VALUES
    ('DX_STRATEGY', 'DX戦略の策定'), ('DX_STRATEGY', '業務改革・BPR'), ('DX_STRATEGY', 'プロジェクトマネジメント'),
    ('DATA_AI', 'データ分析'), ('DATA_AI', '機械学習'), ('DATA_AI', 'BI・可視化'),
    ('GENERATIVE_AI', '生成AIの業務活用'), ('GENERATIVE_AI', 'プロンプト設計'),
    ('SOFTWARE', 'Webアプリ開発'), ('SOFTWARE', 'クラウド基盤'), ('SOFTWARE', 'ノーコード・ローコード'),
    ('DESIGN', 'UI/UXデザイン'), ('DESIGN', 'デジタルマーケティング'),
    ('SECURITY', '情報セキュリティ管理'), ('SECURITY', 'ネットワーク運用'),
    ('GENERAL', '海外営業'), ('GENERAL', '貿易実務'), ('GENERAL', '通訳・翻訳'), ('GENERAL', '生産管理'),
    ('GENERAL', '経理・財務'), ('GENERAL', '人事・労務'), ('GENERAL', '品質管理');

-- A talent profile. kind follows seed 001 §3 「人材」の定義 (若者・女性・シニア・高度外国人材) and デジタル推進人材 of
-- §2(2)①. consent_held_on: the day the person agreed that the programme holds their data (without it nothing is kept);
-- consent_share_on: the separate agreement that an anonymised profile goes to companies and the bureau's list.
CREATE TABLE talent (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id               bigint        NOT NULL REFERENCES hub (id),
    code                 varchar(12)   NOT NULL,
    kind                 varchar(10)   NOT NULL CHECK (kind IN ('DIGITAL', 'FOREIGN', 'YOUTH', 'WOMEN', 'SENIOR')),
    name                 varchar(100)  NOT NULL CHECK (btrim(name) <> ''),
    name_kana            varchar(100),
    email                varchar(254)  CHECK (email !~ '[\s,;<>]'),
    phone                varchar(30),
    birth_year           integer       CHECK (birth_year BETWEEN 1920 AND 2020),
    prefecture_code      char(2)       NOT NULL CHECK (prefecture_code ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
    career               varchar(4000),
    desired_work         varchar(2000),
    job_category         varchar(30),
    work_styles          text[]        NOT NULL DEFAULT '{}'
                                       CHECK (work_styles <@ ARRAY['FULL_TIME', 'SIDE_JOB', 'ADVISOR', 'CONTRACT',
                                                                   'SECONDMENT']::text[]),
    available_from       date,
    consent_held_on      date          NOT NULL,
    consent_share_on     date,
    status               varchar(10)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PLACED', 'WITHDRAWN')),
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    version              integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    UNIQUE (hub_id, code)
);
-- the search filters by kind and region (equality: leakproof, so usable as index conditions under the policy)
CREATE INDEX talent_kind_region_idx ON talent (hub_id, kind, prefecture_code, id);
CREATE INDEX talent_region_idx ON talent (hub_id, prefecture_code, id);

CREATE TABLE talent_has_skill (
    hub_id    bigint NOT NULL REFERENCES hub (id),
    talent_id bigint NOT NULL,
    skill_id  bigint NOT NULL REFERENCES talent_skill (id),
    PRIMARY KEY (talent_id, skill_id),
    FOREIGN KEY (talent_id, hub_id) REFERENCES talent (id, hub_id) ON DELETE CASCADE
);
-- the skill search walks this index per skill asked for
CREATE INDEX talent_has_skill_skill_idx ON talent_has_skill (hub_id, skill_id, talent_id);

-- Sensitive (DOMAIN.md "Talent pool"): a foreign talent's nationality, residence status (在留資格) and Japanese level.
-- Kept apart so that only the counsellors' read path touches it, and every read is audited.
CREATE TABLE talent_foreign_detail (
    talent_id         bigint       PRIMARY KEY,
    hub_id            bigint       NOT NULL REFERENCES hub (id),
    nationality       varchar(60),
    residence_status  varchar(30)  CHECK (residence_status IN ('STUDENT', 'ENGINEER_HUMANITIES', 'HIGHLY_SKILLED',
                                              'DESIGNATED_ACTIVITIES', 'SPECIFIED_SKILLED', 'PERMANENT', 'LONG_TERM',
                                              'SPOUSE', 'DEPENDENT', 'OTHER')),
    jlpt              varchar(4)   CHECK (jlpt IN ('N1', 'N2', 'N3', 'N4', 'N5', 'NONE')),
    FOREIGN KEY (talent_id, hub_id) REFERENCES talent (id, hub_id) ON DELETE CASCADE
);

-- The counselling permission: the staff who counsel talent, granted by the hub manager; only they see the sensitive
-- fields (UI, API, exports).
CREATE TABLE talent_counsellor (
    hub_id     bigint      NOT NULL REFERENCES hub (id),
    user_id    bigint      NOT NULL,
    granted_by bigint,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hub_id, user_id)
);

-- アセスメント: digital skills scored 0–5 per area, repeated over time.
CREATE TABLE talent_assessment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id        bigint        NOT NULL REFERENCES hub (id),
    talent_id     bigint        NOT NULL,
    assessed_on   date          NOT NULL,
    assessor_name varchar(100),
    note          varchar(2000),
    recorded_by   bigint,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id),
    FOREIGN KEY (talent_id, hub_id) REFERENCES talent (id, hub_id) ON DELETE CASCADE
);
CREATE INDEX talent_assessment_talent_idx ON talent_assessment (talent_id, assessed_on, id);

CREATE TABLE talent_assessment_score (
    hub_id        bigint      NOT NULL REFERENCES hub (id),
    assessment_id bigint      NOT NULL,
    area          varchar(20) NOT NULL CHECK (area IN ('DX_STRATEGY', 'DATA_AI', 'GENERATIVE_AI', 'SOFTWARE',
                                                       'DESIGN', 'SECURITY')),
    score         smallint    NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (assessment_id, area),
    FOREIGN KEY (assessment_id, hub_id) REFERENCES talent_assessment (id, hub_id) ON DELETE CASCADE
);

-- キャリアカウンセリング (seed 001 §2(2)②(c)): career and skills sorted out, career intentions, interview preparation,
-- the Japanese workplace explained; notes, next steps and readiness.
CREATE TABLE talent_counselling (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    talent_id       bigint        NOT NULL,
    held_on         date          NOT NULL,
    counsellor_name varchar(100)  NOT NULL,
    notes           varchar(4000) NOT NULL CHECK (btrim(notes) <> ''),
    next_steps      varchar(2000),
    readiness       varchar(10)   NOT NULL CHECK (readiness IN ('NOT_READY', 'PREPARING', 'READY')),
    recorded_by     bigint,
    recorded_at     timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (talent_id, hub_id) REFERENCES talent (id, hub_id) ON DELETE CASCADE
);
CREATE INDEX talent_counselling_talent_idx ON talent_counselling (talent_id, held_on, id);

-- A matching event (an events-module event of kind MATCHING) as the programme plans it: which programme it serves
-- (its 内定率 is counted per programme) and the length of an interview slot from the event's start.
CREATE TABLE matching_plan (
    event_id     bigint      PRIMARY KEY,
    hub_id       bigint      NOT NULL REFERENCES hub (id),
    programme    varchar(10) NOT NULL CHECK (programme IN ('DIGITAL', 'FOREIGN', 'YOUTH', 'WOMEN', 'SENIOR', 'GENERAL')),
    slot_minutes integer     NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 10 AND 120),
    UNIQUE (event_id, hub_id)
);

-- A participant company of a matching event (registered through the events module) with its need: the role and
-- skills it seeks, linked to the matching module's talent need where one exists.
CREATE TABLE matching_company (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint        NOT NULL REFERENCES hub (id),
    event_id     bigint        NOT NULL,
    company_id   bigint        NOT NULL,
    company_name varchar(200)  NOT NULL,
    role         varchar(200)  NOT NULL CHECK (btrim(role) <> ''),
    job_category varchar(30),
    skill_ids    bigint[]      NOT NULL DEFAULT '{}',
    need_id      bigint,
    UNIQUE (id, hub_id),
    UNIQUE (event_id, company_id),
    FOREIGN KEY (event_id, hub_id) REFERENCES matching_plan (event_id, hub_id)
);

CREATE TABLE matching_talent (
    hub_id    bigint      NOT NULL REFERENCES hub (id),
    event_id  bigint      NOT NULL,
    talent_id bigint      NOT NULL,
    added_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, talent_id),
    FOREIGN KEY (event_id, hub_id) REFERENCES matching_plan (event_id, hub_id),
    FOREIGN KEY (talent_id, hub_id) REFERENCES talent (id, hub_id)
);
CREATE INDEX matching_talent_talent_idx ON matching_talent (talent_id);

-- 面接セット: company × talent × slot. The unique indexes are the rule that nobody is double-booked: a talent in one
-- interview per slot of the event, a company in one interview per slot, a pair once per event — two requests at the
-- same moment cannot both win. result: 内定 OFFER / 不採用 REJECTED / 辞退 DECLINED / 選考継続 CONTINUING; an OFFER
-- names its row in event_offer (the one 内定件数, source INTERVIEW_SET), and only an OFFER can become a hire.
CREATE TABLE interview_set (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id              bigint      NOT NULL REFERENCES hub (id),
    event_id            bigint      NOT NULL,
    matching_company_id bigint      NOT NULL,
    talent_id           bigint      NOT NULL,
    slot                integer     NOT NULL CHECK (slot BETWEEN 0 AND 200),
    result              varchar(10) CHECK (result IN ('OFFER', 'REJECTED', 'DECLINED', 'CONTINUING')),
    result_on           date,
    offer_id            bigint,
    hired_on            date,
    from_suggestion     boolean     NOT NULL DEFAULT false,
    created_by          bigint,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id),
    FOREIGN KEY (matching_company_id, hub_id) REFERENCES matching_company (id, hub_id),
    FOREIGN KEY (event_id, talent_id) REFERENCES matching_talent (event_id, talent_id),
    CHECK ((result IS NULL) = (result_on IS NULL)),
    CHECK ((result = 'OFFER') = (offer_id IS NOT NULL)),
    CHECK (hired_on IS NULL OR result = 'OFFER')
);
CREATE UNIQUE INDEX interview_set_talent_slot_uq ON interview_set (event_id, talent_id, slot);
CREATE UNIQUE INDEX interview_set_company_slot_uq ON interview_set (matching_company_id, slot);
CREATE UNIQUE INDEX interview_set_pair_uq ON interview_set (matching_company_id, talent_id);
CREATE INDEX interview_set_talent_idx ON interview_set (talent_id);

-- A suggested pair that staff turned down: not offered again for the event.
CREATE TABLE matching_rejected_pair (
    hub_id              bigint      NOT NULL REFERENCES hub (id),
    matching_company_id bigint      NOT NULL,
    talent_id           bigint      NOT NULL,
    rejected_by         bigint,
    rejected_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (matching_company_id, talent_id),
    FOREIGN KEY (matching_company_id, hub_id) REFERENCES matching_company (id, hub_id)
);

ALTER TABLE talent_skill ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_skill FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_skill_hub ON talent_skill USING (hub_id IS NULL OR hub_id = kyoten_current_hub())
    WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_hub ON talent USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent_has_skill ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_has_skill FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_has_skill_hub ON talent_has_skill
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent_foreign_detail ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_foreign_detail FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_foreign_detail_hub ON talent_foreign_detail
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent_counsellor ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_counsellor FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_counsellor_hub ON talent_counsellor
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_assessment_hub ON talent_assessment
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent_assessment_score ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_assessment_score FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_assessment_score_hub ON talent_assessment_score
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE talent_counselling ENABLE ROW LEVEL SECURITY;
ALTER TABLE talent_counselling FORCE ROW LEVEL SECURITY;
CREATE POLICY talent_counselling_hub ON talent_counselling
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE matching_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE matching_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY matching_plan_hub ON matching_plan
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE matching_company ENABLE ROW LEVEL SECURITY;
ALTER TABLE matching_company FORCE ROW LEVEL SECURITY;
CREATE POLICY matching_company_hub ON matching_company
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE matching_talent ENABLE ROW LEVEL SECURITY;
ALTER TABLE matching_talent FORCE ROW LEVEL SECURITY;
CREATE POLICY matching_talent_hub ON matching_talent
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE interview_set ENABLE ROW LEVEL SECURITY;
ALTER TABLE interview_set FORCE ROW LEVEL SECURITY;
CREATE POLICY interview_set_hub ON interview_set
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
ALTER TABLE matching_rejected_pair ENABLE ROW LEVEL SECURITY;
ALTER TABLE matching_rejected_pair FORCE ROW LEVEL SECURITY;
CREATE POLICY matching_rejected_pair_hub ON matching_rejected_pair
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
