-- Two-factor sign-in (ASVS 6.3.2 / 2.8): a hub manager requires it of everyone in the hub who handles personal data.
-- Hubs that exist keep signing in as before until their manager turns it on; the system admin's form creates new
-- hubs with it on (Hubs.create's callers say which).
ALTER TABLE hub ADD COLUMN two_factor_required boolean NOT NULL DEFAULT false;

-- An authenticator app's secret (RFC 6238). The app must be able to compute codes from it, so it cannot be hashed;
-- the step of the last code accepted stops the same code being used twice.
CREATE TABLE user_totp (
    user_id        bigint      PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    secret         bytea       NOT NULL,
    enrolled_at    timestamptz NOT NULL DEFAULT now(),
    last_used_step bigint      NOT NULL DEFAULT 0
);

-- One-time recovery codes for a lost phone: random, so a SHA-256 of each suffices (like the API tokens).
CREATE TABLE user_recovery_code (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    code_hash  char(64)    NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    used_at    timestamptz,
    UNIQUE (user_id, code_hash)
);
