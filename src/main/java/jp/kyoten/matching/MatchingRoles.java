package jp.kyoten.matching;

/** Who may do what in the matching core. */
final class MatchingRoles {

	/** Hub staff who read needs, sheets and hand-offs. */
	static final String STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')";

	/** Hub staff who register needs, make sheets, record choices and confirm placements (not the front desk). */
	static final String CASE_STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR')";

	/** Agency users of the portal. */
	static final String AGENCY = "hasRole('AGENCY_USER')";

	/** Those who read hand-offs and report on them: case staff, or the agency they were handed to. */
	static final String CASE_STAFF_OR_AGENCY = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','AGENCY_USER')";

	static final String STAFF_OR_AGENCY = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK','AGENCY_USER')";

	private MatchingRoles() {
	}

}
