-- A file's rows are applied by several writers at once, one lane each (rows of one corporate number always in the
-- same lane, in file order). Each lane commits its own progress with its batches, so that after a crash every lane
-- resumes where it stopped and nothing is applied or counted twice.
ALTER TABLE registry_import_hub ADD COLUMN lane smallint NOT NULL DEFAULT 0 CHECK (lane >= 0);
ALTER TABLE registry_import_hub DROP CONSTRAINT registry_import_hub_pkey;
ALTER TABLE registry_import_hub ADD PRIMARY KEY (import_id, hub_id, lane);
