-- The corporate-number prefix index leads with the hub (issue 21). Led by the number alone, a hub's search for a
-- prefix that other hubs' companies share (「1000000」: 690,572 companies in the benchmark's 6,002,821, none of them
-- the searching hub's) was planned as a scan of the whole table, 1,467 ms, because the planner expected to meet the
-- hub's matches early. Led by the hub, the same search reads only the hub's range: 0.1 ms. The system
-- administrator's search across hubs names every hub (hub_id = ANY), which this index serves as one range per hub
-- (1.3 ms for 98 hubs).
CREATE INDEX company_hub_corporate_number_prefix_idx ON company (hub_id, corporate_number text_pattern_ops);
DROP INDEX company_corporate_number_prefix_idx;
