-- The authenticator app's secret encrypted at rest (AES-GCM, ADR 230): a row written before is plain until
-- TotpSecretCipher encrypts it at the next start (and is readable meanwhile).
ALTER TABLE user_totp ADD COLUMN encrypted boolean NOT NULL DEFAULT false;

-- The key when kyoten.two-factor.secret-key is not set (demo mode): drawn once, kept here. Production sets the key,
-- so that a copy of the database alone does not give the secrets.
CREATE TABLE totp_secret_key (
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret bytea    NOT NULL
);
