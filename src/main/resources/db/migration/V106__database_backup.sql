-- Nightly online backups of the embedded database (docs/adr/090-embedded-database-backup.md). One row per Tokyo
-- date, claimed with INSERT … ON CONFLICT … RETURNING, so that however many app contexts share the database, each
-- night's backup is taken once; a failed or abandoned (two hours without finishing) claim may be taken again.
CREATE TABLE database_backup (
    backup_date date         PRIMARY KEY,
    status      varchar(10)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    started_at  timestamptz  NOT NULL DEFAULT now(),
    finished_at timestamptz,
    file_name   varchar(255),
    bytes       bigint,
    error       varchar(1000)
);
