-- A file that is no registry file at all (an Excel workbook, a zip without a CSV, another CSV) ends as UNREADABLE:
-- it cannot be resumed, and the page says why in Japanese (the reason's message key is kept in error).
ALTER TABLE registry_import DROP CONSTRAINT registry_import_status_check;
ALTER TABLE registry_import ADD CONSTRAINT registry_import_status_check
    CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'UNREADABLE'));
