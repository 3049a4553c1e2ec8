-- The hub's public portal: its pages (draft and published), news, success stories with the company's consent and
-- photos, the consultation form (人材課題相談窓口) with its triage and spam counters, and the self-diagnosis sheet
-- (企業規模別自己診断シート) whose bands, areas, questions, weights and advice are data each hub edits.
-- Every table holding a hub's rows is hub-owned: row-level security keeps every hub to its own rows. The default
-- diagnosis sheet is shared reference data (no hub): it is copied into a hub's own tables when the hub first uses it.

-- One row per hub: what staff are writing (draft_*) and what the public sees (published_*), in Markdown.
CREATE TABLE portal_site (
    hub_id            bigint       PRIMARY KEY REFERENCES hub (id),
    draft_intro       text         NOT NULL DEFAULT '',
    draft_access      text         NOT NULL DEFAULT '',
    draft_staff       text         NOT NULL DEFAULT '',
    draft_links       text         NOT NULL DEFAULT '',
    draft_privacy     text         NOT NULL DEFAULT '',
    published_intro   text,
    published_access  text,
    published_staff   text,
    published_links   text,
    published_privacy text,
    -- raised whenever a changed privacy notice is published; consent records the version the sender saw
    privacy_version   integer      NOT NULL DEFAULT 0,
    published_at      timestamptz,
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    updated_by        varchar(254),
    version           integer      NOT NULL DEFAULT 0
);

CREATE TABLE portal_news (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    title        varchar(200) NOT NULL CHECK (btrim(title) <> ''),
    body         text         NOT NULL DEFAULT '',
    published    boolean      NOT NULL DEFAULT false,
    published_on date,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    updated_by   varchar(254),
    UNIQUE (id, hub_id),
    CHECK (NOT published OR published_on IS NOT NULL)
);
CREATE INDEX portal_news_hub_idx ON portal_news (hub_id, published, published_on DESC);

-- 成功事例: written from a placement or a support case; public only with the company's recorded consent.
CREATE TABLE success_story (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id              bigint        NOT NULL REFERENCES hub (id),
    title               varchar(200)  NOT NULL CHECK (btrim(title) <> ''),
    source_kind         varchar(20)   NOT NULL CHECK (source_kind IN ('PLACEMENT', 'SUPPORT_CASE')),
    company_id          bigint        NOT NULL,
    consultation_id     bigint,
    placement_id        bigint,
    -- what the public sees in place of the company (its name, or 「県内の製造業 A社」 when the name may not be shown)
    public_company_name varchar(200)  NOT NULL CHECK (btrim(public_company_name) <> ''),
    industry            char(1)       CHECK (industry ~ '^[A-T]$'),
    job_category        varchar(30)   CHECK (job_category IN ('SALES', 'PRODUCTION', 'ENGINEERING', 'FINANCE',
                                                              'MARKETING', 'PRODUCT_PLANNING', 'CORPORATE_PLANNING',
                                                              'R_AND_D', 'GENERAL_AFFAIRS', 'IT_ENGINEER',
                                                              'LOGISTICS', 'HR', 'CREATIVE', 'LEGAL', 'OTHER')),
    employment_form     varchar(20)   CHECK (employment_form IN ('FULL_TIME', 'SIDE_JOB', 'ADVISOR', 'CONTRACT',
                                                                 'SECONDMENT')),
    summary             varchar(500)  NOT NULL CHECK (btrim(summary) <> ''),
    body                text          NOT NULL DEFAULT '',
    -- the company's consent to publication: who gave it, when, and what may be shown
    consent_given_by    varchar(200),
    consent_given_on    date,
    consent_scope       varchar(1000),
    consent_photos      boolean       NOT NULL DEFAULT false,
    consent_recorded_by varchar(254),
    consent_recorded_at timestamptz,
    published           boolean       NOT NULL DEFAULT false,
    published_at        timestamptz,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    version             integer       NOT NULL DEFAULT 0,
    UNIQUE (id, hub_id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    FOREIGN KEY (consultation_id, hub_id) REFERENCES consultation (id, hub_id),
    FOREIGN KEY (placement_id, hub_id) REFERENCES placement (id, hub_id),
    CONSTRAINT success_story_consent_complete CHECK ((consent_recorded_at IS NULL) = (consent_given_by IS NULL)
        AND (consent_recorded_at IS NULL) = (consent_given_on IS NULL)),
    CONSTRAINT success_story_published_with_consent CHECK (NOT published OR consent_recorded_at IS NOT NULL)
);
CREATE INDEX success_story_hub_idx ON success_story (hub_id, published, published_at DESC);

CREATE TABLE success_story_photo (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    story_id     bigint       NOT NULL,
    content_type varchar(20)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    data         bytea        NOT NULL,
    byte_size    integer      NOT NULL CHECK (byte_size > 0),
    alt_text     varchar(300) NOT NULL CHECK (btrim(alt_text) <> ''),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (story_id, hub_id) REFERENCES success_story (id, hub_id) ON DELETE CASCADE
);
CREATE INDEX success_story_photo_story_idx ON success_story_photo (story_id);

-- Shared default self-diagnosis sheet, copied into a hub's own tables when the hub first uses the sheet.
CREATE TABLE diagnosis_default_band (
    code          varchar(20)  PRIMARY KEY,
    label         varchar(100) NOT NULL,
    min_employees integer      NOT NULL,
    max_employees integer,
    sort_order    integer      NOT NULL
);
CREATE TABLE diagnosis_default_area (
    code        varchar(30)  PRIMARY KEY,
    label       varchar(100) NOT NULL,
    sort_order  integer      NOT NULL,
    advice_low  text         NOT NULL,
    advice_mid  text         NOT NULL,
    advice_high text         NOT NULL
);
CREATE TABLE diagnosis_default_question (
    id         integer      PRIMARY KEY,
    area_code  varchar(30)  NOT NULL REFERENCES diagnosis_default_area (code),
    text       varchar(500) NOT NULL,
    weight     numeric(4,2) NOT NULL CHECK (weight > 0),
    bands      text[]       NOT NULL,
    sort_order integer      NOT NULL
);
GRANT SELECT ON diagnosis_default_band, diagnosis_default_area, diagnosis_default_question TO ${appRole};

CREATE TABLE diagnosis_band (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id        bigint       NOT NULL REFERENCES hub (id),
    code          varchar(20)  NOT NULL CHECK (code ~ '^[A-Z_]+$'),
    label         varchar(100) NOT NULL CHECK (btrim(label) <> ''),
    min_employees integer      NOT NULL CHECK (min_employees >= 0),
    max_employees integer      CHECK (max_employees IS NULL OR max_employees >= min_employees),
    sort_order    integer      NOT NULL DEFAULT 0,
    UNIQUE (hub_id, code),
    UNIQUE (id, hub_id)
);
CREATE TABLE diagnosis_area (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint       NOT NULL REFERENCES hub (id),
    code        varchar(30)  NOT NULL CHECK (code ~ '^[A-Z_]+$'),
    label       varchar(100) NOT NULL CHECK (btrim(label) <> ''),
    sort_order  integer      NOT NULL DEFAULT 0,
    advice_low  text         NOT NULL,
    advice_mid  text         NOT NULL,
    advice_high text         NOT NULL,
    UNIQUE (hub_id, code),
    UNIQUE (id, hub_id)
);
CREATE TABLE diagnosis_question (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id     bigint       NOT NULL REFERENCES hub (id),
    area_id    bigint       NOT NULL,
    text       varchar(500) NOT NULL CHECK (btrim(text) <> ''),
    weight     numeric(4,2) NOT NULL CHECK (weight > 0 AND weight <= 10),
    -- the size bands (codes) whose sheet asks this question
    bands      text[]       NOT NULL CHECK (cardinality(bands) > 0),
    sort_order integer      NOT NULL DEFAULT 0,
    active     boolean      NOT NULL DEFAULT true,
    FOREIGN KEY (area_id, hub_id) REFERENCES diagnosis_area (id, hub_id)
);
CREATE INDEX diagnosis_question_hub_idx ON diagnosis_question (hub_id, sort_order);

-- A completed sheet: anonymous unless the company sends it with a consultation request. The token lets the visitor
-- (and only someone holding it) see the result again.
CREATE TABLE diagnosis (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    public_token varchar(64)  NOT NULL UNIQUE,
    band_code    varchar(20)  NOT NULL,
    band_label   varchar(100) NOT NULL,
    employees    integer      NOT NULL CHECK (employees >= 0),
    industry     char(1)      CHECK (industry ~ '^[A-T]$'),
    total_score  integer      NOT NULL CHECK (total_score BETWEEN 0 AND 100),
    taken_at     timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id)
);
-- The result per area as it was shown (labels and advice are kept, so a later edit of the sheet changes no result).
CREATE TABLE diagnosis_area_score (
    hub_id       bigint       NOT NULL REFERENCES hub (id),
    diagnosis_id bigint       NOT NULL,
    area_code    varchar(30)  NOT NULL,
    area_label   varchar(100) NOT NULL,
    sort_order   integer      NOT NULL,
    score        integer      NOT NULL CHECK (score BETWEEN 0 AND 100),
    advice       text         NOT NULL,
    PRIMARY KEY (diagnosis_id, area_code),
    FOREIGN KEY (diagnosis_id, hub_id) REFERENCES diagnosis (id, hub_id) ON DELETE CASCADE
);
CREATE TABLE diagnosis_answer (
    hub_id        bigint       NOT NULL REFERENCES hub (id),
    diagnosis_id  bigint       NOT NULL,
    question_id   bigint       NOT NULL,
    question_text varchar(500) NOT NULL,
    area_code     varchar(30)  NOT NULL,
    weight        numeric(4,2) NOT NULL,
    answer        smallint     NOT NULL CHECK (answer BETWEEN 1 AND 5),
    PRIMARY KEY (diagnosis_id, question_id),
    FOREIGN KEY (diagnosis_id, hub_id) REFERENCES diagnosis (id, hub_id) ON DELETE CASCADE
);
CREATE INDEX diagnosis_hub_idx ON diagnosis (hub_id, taken_at DESC);

-- 人材課題相談窓口: a form submission waiting in the hub's triage queue.
CREATE TABLE portal_inquiry (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id             bigint       NOT NULL REFERENCES hub (id),
    sender_kind        varchar(20)  NOT NULL CHECK (sender_kind IN ('COMPANY', 'INSTITUTION')),
    sender_name        varchar(100) NOT NULL CHECK (btrim(sender_name) <> ''),
    email              varchar(254) NOT NULL,
    phone              varchar(30),
    organisation_name  varchar(200) NOT NULL CHECK (btrim(organisation_name) <> ''),
    corporate_number   char(13)     CHECK (corporate_number ~ '^[0-9]{13}$'),
    -- the directory's company this submission matched by 法人番号 or name when it arrived
    matched_company_id bigint,
    issues             text[]       NOT NULL DEFAULT '{}'
                                    CHECK (issues <@ ARRAY['SALES_CHANNEL', 'PRODUCTIVITY', 'NEW_PRODUCT', 'DX',
                                                           'SUCCESSION', 'RECRUITMENT', 'ORGANISATION', 'OVERSEAS',
                                                           'FINANCE', 'PRICE_PASS_THROUGH', 'LABOUR_SAVING',
                                                           'CARBON_NEUTRAL', 'INTELLECTUAL_PROPERTY', 'INVOICE',
                                                           'OTHER']::text[]),
    message            text         NOT NULL CHECK (btrim(message) <> ''),
    preferred_contact  varchar(10)  NOT NULL CHECK (preferred_contact IN ('EMAIL', 'PHONE', 'EITHER')),
    privacy_version    integer      NOT NULL,
    consented_at       timestamptz  NOT NULL,
    diagnosis_id       bigint,
    status             varchar(10)  NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'ACCEPTED', 'MERGED', 'SPAM')),
    company_id         bigint,
    consultation_id    bigint,
    handled_by         varchar(254),
    handled_at         timestamptz,
    received_at        timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (id, hub_id),
    FOREIGN KEY (matched_company_id, hub_id) REFERENCES company (id, hub_id),
    FOREIGN KEY (company_id, hub_id) REFERENCES company (id, hub_id),
    FOREIGN KEY (consultation_id, hub_id) REFERENCES consultation (id, hub_id),
    FOREIGN KEY (diagnosis_id, hub_id) REFERENCES diagnosis (id, hub_id),
    CHECK ((status IN ('ACCEPTED', 'MERGED')) = (consultation_id IS NOT NULL))
);
CREATE INDEX portal_inquiry_hub_status_idx ON portal_inquiry (hub_id, status, received_at DESC);

-- Submissions per sender address (a keyed hash, never the address) and hour: the flood limit, shared by every
-- app node because it lives here.
CREATE TABLE portal_submission_window (
    hub_id       bigint      NOT NULL REFERENCES hub (id),
    address_hash varchar(64) NOT NULL,
    window_start timestamptz NOT NULL,
    submissions  integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (hub_id, address_hash, window_start)
);
CREATE INDEX portal_submission_window_start_idx ON portal_submission_window (window_start);

ALTER TABLE portal_site ENABLE ROW LEVEL SECURITY;
ALTER TABLE portal_site FORCE ROW LEVEL SECURITY;
CREATE POLICY portal_site_hub ON portal_site
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE portal_news ENABLE ROW LEVEL SECURITY;
ALTER TABLE portal_news FORCE ROW LEVEL SECURITY;
CREATE POLICY portal_news_hub ON portal_news
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE success_story ENABLE ROW LEVEL SECURITY;
ALTER TABLE success_story FORCE ROW LEVEL SECURITY;
CREATE POLICY success_story_hub ON success_story
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE success_story_photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE success_story_photo FORCE ROW LEVEL SECURITY;
CREATE POLICY success_story_photo_hub ON success_story_photo
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE diagnosis_band ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnosis_band FORCE ROW LEVEL SECURITY;
CREATE POLICY diagnosis_band_hub ON diagnosis_band
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE diagnosis_area ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnosis_area FORCE ROW LEVEL SECURITY;
CREATE POLICY diagnosis_area_hub ON diagnosis_area
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE diagnosis_question ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnosis_question FORCE ROW LEVEL SECURITY;
CREATE POLICY diagnosis_question_hub ON diagnosis_question
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE diagnosis ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnosis FORCE ROW LEVEL SECURITY;
CREATE POLICY diagnosis_hub ON diagnosis
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE diagnosis_area_score ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnosis_area_score FORCE ROW LEVEL SECURITY;
CREATE POLICY diagnosis_area_score_hub ON diagnosis_area_score
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE diagnosis_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnosis_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY diagnosis_answer_hub ON diagnosis_answer
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE portal_inquiry ENABLE ROW LEVEL SECURITY;
ALTER TABLE portal_inquiry FORCE ROW LEVEL SECURITY;
CREATE POLICY portal_inquiry_hub ON portal_inquiry
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

ALTER TABLE portal_submission_window ENABLE ROW LEVEL SECURITY;
ALTER TABLE portal_submission_window FORCE ROW LEVEL SECURITY;
CREATE POLICY portal_submission_window_hub ON portal_submission_window
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- The default sheet: three bands after 中小企業基本法 (小規模企業者 ≤ 20, 中小企業 ≤ 300), five areas, and questions
-- that differ by band where the expectation differs.
INSERT INTO diagnosis_default_band (code, label, min_employees, max_employees, sort_order) VALUES
    ('SMALL', '小規模（20人以下）', 0, 20, 1),
    ('MEDIUM', '中規模（21〜300人）', 21, 300, 2),
    ('LARGE', '大規模（301人以上）', 301, NULL, 3);

INSERT INTO diagnosis_default_area (code, label, sort_order, advice_low, advice_mid, advice_high) VALUES
    ('COMMITMENT', '経営者のコミットメント', 1,
     'まず経営者ご自身が「3年後にどうなっていたいか」と、そのために足りない人材を言葉にすることから始めましょう。拠点のマネージャーが整理をお手伝いします。',
     '経営課題と人材の結び付きは見えています。目指す姿と人材像を社内で共有し、採用や育成の計画に落とし込みましょう。',
     '経営者の意思がはっきりしています。外部人材の力も使って、計画を実行に移す段階です。'),
    ('ORGANISATION', '組織・人事機能', 2,
     '役割分担や評価の仕組みがまだ整っていません。担当者を決め、仕事の棚卸しから始めると、必要な人材が見えてきます。',
     '基本的な人事の仕組みはあります。評価や処遇を、新しく迎える人材にも合う形に見直しましょう。',
     '人事の仕組みが整っています。専門人材や副業人材の受入れにも応用できる状態です。'),
    ('STRATEGY', '経営戦略・人材戦略', 3,
     '事業の方向性と必要な人材の関係を整理しましょう。経営計画の見直しから一緒に考えることができます。',
     '戦略はありますが、人材の計画との結び付きが弱いところがあります。必要なスキルを具体的にしましょう。',
     '戦略と人材の計画がつながっています。成果指標を決めて定期的に振り返りましょう。'),
    ('EXTERNAL_TALENT', '外部人材の活用（副業・兼業、デジタル、外国人材）', 4,
     '副業・兼業人材やデジタル人材、外国人材の活用はまだこれからです。短期間・小さな業務から試す方法があります。',
     '外部人材の活用を検討し始めています。業務の切り出しと期待する成果を明確にすると、マッチングが進みます。',
     '外部人材を活用できています。成功した進め方を社内の標準にしましょう。'),
    ('READINESS', '受入れ体制', 5,
     '受入れの準備（担当者、業務の説明、働く環境）がまだ整っていません。受入れ前に最低限決めておくことを一緒に確認しましょう。',
     '受入れの土台はあります。オンラインでの働き方や情報共有のルールを決めておくと安心です。',
     '受入れ体制が整っています。早い段階で成果が出るよう、最初の3か月の計画を作りましょう。');

INSERT INTO diagnosis_default_question (id, area_code, text, weight, bands, sort_order) VALUES
    (1,  'COMMITMENT', '経営者が3〜5年後の目指す姿を言葉にし、社員に伝えている', 1.5, '{SMALL,MEDIUM,LARGE}', 10),
    (2,  'COMMITMENT', '経営課題の解決に必要な人材像を経営者自身が説明できる', 1.0, '{SMALL,MEDIUM,LARGE}', 20),
    (3,  'COMMITMENT', '人材への投資（採用・育成・外部人材）の予算を確保している', 1.0, '{MEDIUM,LARGE}', 30),
    (4,  'COMMITMENT', '経営者が自ら採用や人材確保の場に関わっている', 1.0, '{SMALL}', 31),
    (5,  'ORGANISATION', '社員の役割分担と責任の範囲がはっきりしている', 1.0, '{SMALL,MEDIUM,LARGE}', 40),
    (6,  'ORGANISATION', '人事評価や処遇の仕組みがあり、社員に説明されている', 1.0, '{MEDIUM,LARGE}', 50),
    (7,  'ORGANISATION', '人事・労務を担当する人や部署が決まっている', 1.0, '{SMALL,MEDIUM}', 60),
    (8,  'ORGANISATION', '人事部門が事業部門と人材の計画を話し合う場がある', 1.0, '{LARGE}', 61),
    (9,  'STRATEGY', '中期の経営計画があり、必要な人材の計画と結び付いている', 1.5, '{MEDIUM,LARGE}', 70),
    (10, 'STRATEGY', '自社の強みと、伸ばすべき事業がはっきりしている', 1.0, '{SMALL,MEDIUM,LARGE}', 80),
    (11, 'STRATEGY', '足りないスキル（営業、生産管理、デジタル等）を具体的に挙げられる', 1.0, '{SMALL,MEDIUM,LARGE}', 90),
    (12, 'EXTERNAL_TALENT', '副業・兼業人材の活用を検討したこと、または活用したことがある', 1.0, '{SMALL,MEDIUM,LARGE}', 100),
    (13, 'EXTERNAL_TALENT', 'デジタル化・DXを進める人材（社内外）がいる', 1.0, '{SMALL,MEDIUM,LARGE}', 110),
    (14, 'EXTERNAL_TALENT', '外国人材の採用や受入れについて情報を集めている', 0.5, '{MEDIUM,LARGE}', 120),
    (15, 'EXTERNAL_TALENT', '民間の人材紹介会社や支援機関を活用したことがある', 1.0, '{SMALL,MEDIUM,LARGE}', 130),
    (16, 'READINESS', '新しく迎える人材に任せる業務と期待する成果を文書にできる', 1.5, '{SMALL,MEDIUM,LARGE}', 140),
    (17, 'READINESS', '受入れ後の相談役（担当者）を決められる', 1.0, '{SMALL,MEDIUM,LARGE}', 150),
    (18, 'READINESS', 'オンライン会議や情報共有の道具を日常的に使っている', 1.0, '{SMALL,MEDIUM,LARGE}', 160),
    (19, 'READINESS', '社員が新しい人材を受け入れることに前向きである', 1.0, '{SMALL,MEDIUM}', 170),
    (20, 'READINESS', '複数の部署で外部人材の受入れ手順が共有されている', 1.0, '{LARGE}', 171);
