-- Passkeys (WebAuthn, ADR 230): Spring Security's own tables, as JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository read and write them (its user-entities and user-credentials PostgreSQL schemas), tied
-- to the account they belong to: an account deleted takes its passkeys with it, so a new account under the same
-- address can never be signed into with an old passkey. Spring Security writes only id, name and display_name, so
-- the account is found by the address (name) when the row is written, and the name follows a changed address.
CREATE TABLE user_entities (
    id              varchar(1000) NOT NULL PRIMARY KEY,
    name            varchar(100)  NOT NULL,
    display_name    varchar(200),
    user_account_id bigint REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX user_entities_account_uq ON user_entities (user_account_id);

CREATE TABLE user_credentials (
    credential_id                varchar(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);

CREATE FUNCTION user_entities_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.user_account_id := (SELECT id FROM user_account WHERE lower(email) = lower(NEW.name));
    IF NEW.user_account_id IS NULL THEN
        RAISE EXCEPTION 'no account for passkey user %', NEW.name;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER user_entities_account BEFORE INSERT OR UPDATE OF name ON user_entities
    FOR EACH ROW EXECUTE FUNCTION user_entities_account();

CREATE FUNCTION user_account_passkey_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE user_entities SET name = NEW.email WHERE user_account_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER user_account_passkey_name AFTER UPDATE OF email ON user_account
    FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION user_account_passkey_name();
