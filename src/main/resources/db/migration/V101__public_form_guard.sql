-- One guard for every public form (consultation form, event registration, survey, self-diagnosis, unsubscribe):
-- submissions per client address and per hub in fixed windows, counted here so that every app node sees one count
-- and a restart forgets nothing. Client addresses are stored only as a keyed hash.
CREATE TABLE public_form_window (
    hub_id       bigint      NOT NULL REFERENCES hub (id),
    form         varchar(40) NOT NULL,
    client_hash  varchar(64) NOT NULL,  -- '' counts the whole hub
    window_start timestamptz NOT NULL,
    submissions  integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (hub_id, form, client_hash, window_start)
);
CREATE INDEX public_form_window_start_idx ON public_form_window (window_start);

ALTER TABLE public_form_window ENABLE ROW LEVEL SECURITY;
ALTER TABLE public_form_window FORCE ROW LEVEL SECURITY;
CREATE POLICY public_form_window_hub ON public_form_window
    USING (hub_id = kyoten_current_hub()) WITH CHECK (hub_id = kyoten_current_hub());

-- The key that signs the forms' fill time and hashes client addresses, when KYOTEN_FORM_SECRET is not set: drawn
-- once by the first node that starts, then read by every node at every start.
CREATE TABLE public_form_key (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- replaced by public_form_window
DROP TABLE portal_submission_window;
