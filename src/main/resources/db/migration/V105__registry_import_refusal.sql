-- A registry file refused as a whole (a zip bomb, an endless line, a nested archive, mostly junk): the reason as a
-- message key with its arguments ('key|arg|arg'), shown in the reader's language. Such a job is never resumed.
-- registry_import.rejected now counts every rejected line; only the first ones (kyoten.registry-import
-- .max-rejections-kept) are stored in registry_import_rejection.
ALTER TABLE registry_import ADD COLUMN refusal varchar(300);
