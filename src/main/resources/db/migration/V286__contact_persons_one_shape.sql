-- ADR 251: the contact persons of companies (contact), agencies (agency_contact) and institutions
-- (institution_contact) are kept by one capability (platform/contact, ContactPersonTable) in one shape. contact
-- had notes, who added and last changed a person, and a version that refuses a stale edit; the agencies' and
-- institutions' tables gain them. Existing rows start at version 0, with no author known.
ALTER TABLE agency_contact
    ADD COLUMN notes      text,
    ADD COLUMN created_by varchar(254),
    ADD COLUMN updated_by varchar(254),
    ADD COLUMN version    integer NOT NULL DEFAULT 0;

ALTER TABLE institution_contact
    ADD COLUMN notes      text,
    ADD COLUMN created_by varchar(254),
    ADD COLUMN updated_by varchar(254),
    ADD COLUMN version    integer NOT NULL DEFAULT 0;
