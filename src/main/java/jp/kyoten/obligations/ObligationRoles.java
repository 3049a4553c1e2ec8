package jp.kyoten.obligations;

import jp.kyoten.platform.Roles;

/**
 * Who sees and who changes obligations: the hub's staff and the prefecture's officer read
 * them; managers and sub-managers edit them and hand in the documents; the officer
 * approves (event plans, plan documents).
 */
final class ObligationRoles {

	static final String READERS = Roles.STAFF_AND_OFFICER;

	static final String EDITORS = Roles.MANAGERS;

	static final String APPROVERS = "hasRole('PREFECTURE_OFFICER')";

	private ObligationRoles() {
	}

}
