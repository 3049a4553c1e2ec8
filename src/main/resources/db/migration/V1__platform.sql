-- Platform schema: hubs, identity, audit, sessions, module events.
-- The application connects as ${appRole}; this script runs as the schema owner.
-- Hub isolation is enforced here by row-level security on every hub-owned table:
-- the application sets kyoten.hub_id on each connection it borrows (HubScopedDataSource).

CREATE FUNCTION kyoten_current_hub() RETURNS bigint
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('kyoten.hub_id', true), '')::bigint $$;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT EXECUTE ON FUNCTION kyoten_current_hub() TO ${appRole};

CREATE TABLE hub (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            varchar(60)  NOT NULL UNIQUE,
    name            varchar(200) NOT NULL,
    kind            varchar(30)  NOT NULL CHECK (kind IN ('PRO_TALENT', 'YOROZU', 'TALENT_PROGRAMME')),
    prefecture_code char(2)      NOT NULL CHECK (prefecture_code ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
    active          boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE hub_kpi_target (
    hub_id      bigint      NOT NULL REFERENCES hub (id),
    fiscal_year integer     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    kpi         varchar(40) NOT NULL,
    target      integer     NOT NULL CHECK (target >= 0),
    PRIMARY KEY (hub_id, fiscal_year, kpi)
);

CREATE TABLE user_account (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id              bigint       REFERENCES hub (id),
    email               varchar(254) NOT NULL,
    display_name        varchar(100) NOT NULL,
    password_hash       varchar(200) NOT NULL,
    role                varchar(30)  NOT NULL CHECK (role IN ('HUB_MANAGER', 'SUB_MANAGER', 'COORDINATOR', 'CLERK',
                                                              'PREFECTURE_OFFICER', 'AGENCY_USER', 'NATIONAL_VIEWER',
                                                              'SYSTEM_ADMIN')),
    enabled             boolean      NOT NULL DEFAULT true,
    failed_attempts     integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    last_sign_in_at     timestamptz,
    password_changed_at timestamptz  NOT NULL DEFAULT now(),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             integer      NOT NULL DEFAULT 0,
    CONSTRAINT hub_roles_have_a_hub CHECK (role IN ('SYSTEM_ADMIN', 'NATIONAL_VIEWER') OR hub_id IS NOT NULL)
);
CREATE UNIQUE INDEX user_account_email_uq ON user_account (lower(email));
CREATE INDEX user_account_hub_idx ON user_account (hub_id);

CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint       NOT NULL REFERENCES user_account (id),
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    token_prefix varchar(12)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- The audit log is append-only: the application role may insert and read, never change or delete.
CREATE TABLE audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    hub_id         bigint       REFERENCES hub (id),
    actor_user_id  bigint,
    actor_email    varchar(254),
    action         varchar(40)  NOT NULL,
    entity_type    varchar(60),
    entity_id      varchar(60),
    summary        varchar(500),
    remote_address varchar(64)
);
CREATE INDEX audit_log_hub_time_idx ON audit_log (hub_id, occurred_at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at DESC);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${appRole};

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Spring Session JDBC (sessions live in PostgreSQL so that app nodes stay stateless)
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

-- Spring Modulith event publication registry
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
