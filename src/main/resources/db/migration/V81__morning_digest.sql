-- The optional morning e-mail digest of "my work", per user. last_sent_on is claimed atomically by the sending job
-- (UPDATE … RETURNING), so that several app nodes never send one person two digests on the same day.
CREATE TABLE user_digest (
    user_id      bigint      PRIMARY KEY REFERENCES user_account (id),
    hub_id       bigint      NOT NULL REFERENCES hub (id),
    enabled      boolean     NOT NULL DEFAULT true,
    last_sent_on date,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_digest_hub_idx ON user_digest (hub_id) WHERE enabled;

ALTER TABLE user_digest ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_digest FORCE ROW LEVEL SECURITY;
CREATE POLICY user_digest_hub ON user_digest
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);

-- Consultation-form submissions and self-diagnosis results are staff-only, like the rest of the case data.
ALTER POLICY portal_inquiry_hub ON portal_inquiry
    USING (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL)
    WITH CHECK (hub_id = kyoten_current_hub() AND kyoten_current_agency() IS NULL);
