-- Moving in, event participants (issue 17 item 2, ADR 243): the participant lists of a hub's past events come in as
-- registrations of source IMPORTED (the hub's own records), with their attendance. Such a list often has no e-mail
-- address: an imported registration may go without one (it is never mailed: consent_announcements stays false and the
-- event is past); every other registration still needs one.
ALTER TABLE event_registration DROP CONSTRAINT event_registration_source_check;
ALTER TABLE event_registration ADD CONSTRAINT event_registration_source_check
    CHECK (source IN ('PUBLIC', 'STAFF', 'WALK_IN', 'IMPORTED'));
ALTER TABLE event_registration ALTER COLUMN email DROP NOT NULL;
ALTER TABLE event_registration ADD CONSTRAINT event_registration_email_unless_imported
    CHECK (email IS NOT NULL OR source = 'IMPORTED');
