package jp.kyoten.matching;

import jp.kyoten.platform.Roles;

/** Who may do what in the matching core. */
final class MatchingRoles {

	/** Hub staff who read needs, sheets and hand-offs. */
	static final String STAFF = Roles.STAFF;

	/**
	 * Hub staff who register needs, make sheets, record choices and confirm placements
	 * (not the front desk).
	 */
	static final String CASE_STAFF = Roles.CASE_STAFF;

	/** Agency users of the portal. */
	static final String AGENCY = "hasRole('AGENCY_USER')";

	/**
	 * Those who read hand-offs and report on them: case staff, or the agency they were
	 * handed to.
	 */
	static final String CASE_STAFF_OR_AGENCY = Roles.CASE_STAFF_AND_AGENCY;

	static final String STAFF_OR_AGENCY = Roles.STAFF_AND_AGENCY;

	private MatchingRoles() {
	}

}
