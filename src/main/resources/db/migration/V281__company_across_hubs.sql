-- The system administrator's search of the directory across every hub (issue 21): the registry's public columns of
-- every hub's companies, for finding which hubs hold a company. A system administrator belongs to no hub, so
-- row-level security shows them no company; this view, owned by the schema owner (who bypasses row-level security,
-- README), shows every hub's rows, but only on a connection that the application put in the across-hubs scope
-- (kyoten.across_hubs, set in one place: HubScopedDataSource) and that has no hub in scope. Elsewhere it is empty:
-- the condition holds no column, so PostgreSQL checks it once per statement, before reading a row.
-- Only the registry's columns (法人番号公表サイト) and the search keys: no employees, main bank or other case data.
CREATE VIEW company_across_hubs AS
SELECT id, hub_id, corporate_number, name, name_kana, prefecture_code, municipality_code, closed, merged_into_id,
       search_text, search_grams
  FROM company
 WHERE current_setting('kyoten.across_hubs', true) = 'directory'
   AND kyoten_current_hub() IS NULL;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON company_across_hubs FROM ${appRole};
GRANT SELECT ON company_across_hubs TO ${appRole};

