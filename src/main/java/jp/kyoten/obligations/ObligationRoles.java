package jp.kyoten.obligations;

/**
 * Who sees and who changes obligations: the hub's staff and the prefecture's officer read them; managers and
 * sub-managers edit them and hand in the documents; the officer approves (event plans, plan documents).
 */
final class ObligationRoles {

	static final String READERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK','PREFECTURE_OFFICER')";

	static final String EDITORS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER')";

	static final String APPROVERS = "hasRole('PREFECTURE_OFFICER')";

	private ObligationRoles() {
	}

}
