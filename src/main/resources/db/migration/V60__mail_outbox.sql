-- Outgoing mail (送信メール): every mail any module sends is queued here inside the caller's transaction and sent by
-- a job that claims one row at a time with FOR UPDATE SKIP LOCKED, so several app nodes never send the same row and a
-- node that dies mid-send leaves its row queued (its transaction rolls back). Hub-owned: row-level security.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id          bigint        NOT NULL REFERENCES hub (id),
    message_key     uuid          NOT NULL UNIQUE,
    to_address      varchar(254)  NOT NULL CHECK (to_address !~ '[\s,;<>]'),
    to_name         varchar(200),
    subject         varchar(300)  NOT NULL,
    body            text          NOT NULL,
    unsubscribe_url varchar(1000) CHECK (unsubscribe_url ~ '^https?://[^\s<>]+$'),
    -- QUEUED → SENT | KEPT (demo mode: caught, not sent) | FAILED (gave up after the last attempt)
    status          varchar(10)   NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'KEPT', 'FAILED')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    last_error      varchar(500),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((status IN ('SENT', 'KEPT')) = (sent_at IS NOT NULL))
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (hub_id, next_attempt_at, id) WHERE status = 'QUEUED';
CREATE INDEX mail_outbox_hub_created_idx ON mail_outbox (hub_id, created_at DESC);

ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_outbox_hub ON mail_outbox
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());
