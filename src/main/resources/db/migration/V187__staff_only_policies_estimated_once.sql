-- Staff-only policies asked "is no agency in scope?" as `kyoten_current_agency() IS NULL`. PostgreSQL cannot estimate
-- such a test on an expression and gives it a selectivity of 0.005, so every staff list over a large table was planned
-- for 200 times fewer rows than it holds: with 250,000 visits the list read them all and sorted them (6 s) instead of
-- walking the index it has and stopping at the page (bench/lists). Written as an uncorrelated sub-select the test
-- becomes an InitPlan, evaluated once per query and estimated at one half, and the planner walks the index again
-- (< 30 ms). Only the USING side changes: WITH CHECK is evaluated per written row and never planned.
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN
        SELECT schemaname, tablename, policyname, qual
        FROM pg_policies
        WHERE qual LIKE '%kyoten_current_agency() IS NULL%'
          AND qual NOT LIKE '%SELECT (kyoten_current_agency() IS NULL)%'
    LOOP
        EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename,
            replace(p.qual, 'kyoten_current_agency() IS NULL', '(SELECT kyoten_current_agency() IS NULL)'));
    END LOOP;
END
$$;
