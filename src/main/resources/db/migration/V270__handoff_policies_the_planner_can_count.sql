-- The hand-off list regressed from 8.2 to 141.5 ms p95 (bench/matching/README.md). Its plan (EXPLAIN in that README)
-- came from the policies below: `agency_id = coalesce(kyoten_current_agency(), agency_id)` compares a column with
-- an expression of itself, which the planner estimates at 0.5 % of the rows whatever the caller is. For staff (no
-- agency) it is true for every row, so the planner expected 63 of a hub's 12,642 hand-offs, chose to join all of
-- them to agency and placement and sort, instead of reading the (hub, changed) index and stopping at 50.
-- The same rule written as the other hub tables write it: "no agency in scope" is one InitPlan, evaluated once per
-- statement and estimated as such; an agency user still sees only its own agency's rows (the OR's second arm).
-- Equivalent for every caller: agency_id is NOT NULL, so coalesce(NULL, agency_id) = agency_id was always true.

DROP POLICY handoff_hub ON handoff;
CREATE POLICY handoff_hub ON handoff
    USING (hub_id = kyoten_current_hub()
           AND ((SELECT kyoten_current_agency() IS NULL) OR agency_id = kyoten_current_agency()))
    WITH CHECK (hub_id = kyoten_current_hub()
                AND (kyoten_current_agency() IS NULL OR agency_id = kyoten_current_agency()));

DROP POLICY handoff_progress_hub ON handoff_progress;
CREATE POLICY handoff_progress_hub ON handoff_progress
    USING (hub_id = kyoten_current_hub()
           AND ((SELECT kyoten_current_agency() IS NULL) OR agency_id = kyoten_current_agency()))
    WITH CHECK (hub_id = kyoten_current_hub()
                AND (kyoten_current_agency() IS NULL OR agency_id = kyoten_current_agency()));

DROP POLICY placement_hub ON placement;
CREATE POLICY placement_hub ON placement
    USING (hub_id = kyoten_current_hub()
           AND ((SELECT kyoten_current_agency() IS NULL) OR agency_id = kyoten_current_agency()))
    WITH CHECK (hub_id = kyoten_current_hub()
                AND (kyoten_current_agency() IS NULL OR agency_id = kyoten_current_agency()));

-- The job seekers' referrals to agencies (activity) carry the same rule, written the same way.
DROP POLICY job_seeker_referral_hub ON job_seeker_referral;
CREATE POLICY job_seeker_referral_hub ON job_seeker_referral
    USING (hub_id = kyoten_current_hub()
           AND ((SELECT kyoten_current_agency() IS NULL) OR agency_id = kyoten_current_agency()))
    WITH CHECK (hub_id = kyoten_current_hub()
                AND (kyoten_current_agency() IS NULL OR agency_id = kyoten_current_agency()));

-- The pager's count of a hub's hand-offs reads this index alone (index-only: the policy's agency and the list's
-- status filters are in it) instead of visiting a heap page per hand-off: 1,574 ms → 2.5 ms on the bench data.
CREATE INDEX handoff_hub_agency_status_idx ON handoff (hub_id, agency_id, status);
