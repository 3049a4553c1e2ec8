-- 参加人材 once per person (seed 002 §2(2)⑥ イベントごとの参加人材数; seed 001 §3(4) 各イベント等の参加者数; ADR 246): a
-- person who registered for a matching event on the public form (an event registration of type TALENT) and was also
-- added from the talent pool is one participant. registration_id names the events module's registration that is the
-- same person as this participant talent (by id, without a foreign key across modules); linked_by says how it was
-- known: the same e-mail address or telephone number (found by the system, exactly one candidate), or a member of
-- staff who confirmed it (the name alone, or several candidates).
ALTER TABLE matching_talent
    ADD COLUMN registration_id bigint,
    ADD COLUMN linked_by       varchar(5) CHECK (linked_by IN ('EMAIL', 'PHONE', 'STAFF')),
    ADD CONSTRAINT matching_talent_link_ck CHECK ((registration_id IS NULL) = (linked_by IS NULL));
-- a registration is one person: it is linked to at most one participant talent of its event
CREATE UNIQUE INDEX matching_talent_registration_uq ON matching_talent (event_id, registration_id)
    WHERE registration_id IS NOT NULL;

-- The events module's published view gains the registration's id (at the end: readers that name their columns are
-- unchanged), so that the talent module counts a linked person once without reading event_registration itself.
CREATE OR REPLACE VIEW event_participant WITH (security_invoker = true) AS
SELECT r.hub_id, r.event_id, r.company_id, r.participant_type, e.kind AS event_kind,
       (e.starts_at AT TIME ZONE 'Asia/Tokyo')::date AS event_day, r.id AS registration_id
  FROM event_registration r
  JOIN event e ON e.id = r.event_id
 WHERE EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id);
