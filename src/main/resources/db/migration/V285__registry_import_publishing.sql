-- When a hub's first load began to publish its staged rows in kana order (V283, docs/adr/252): the import page
-- says so while the bar stands at 99 %, instead of a bar that seems to hang.
ALTER TABLE registry_import ADD COLUMN publishing_since timestamptz;
