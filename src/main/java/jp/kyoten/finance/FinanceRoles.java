package jp.kyoten.finance;

import jp.kyoten.platform.Roles;

/** Who may do what with the hub's money. */
final class FinanceRoles {

	/**
	 * Those who read the books: the hub's management and the prefecture's officer (確定検査).
	 */
	static final String READERS = Roles.MANAGERS_AND_OFFICER;

	/** The hub manager keeps the books. */
	static final String BOOKKEEPER = "hasRole('HUB_MANAGER')";

	private FinanceRoles() {
	}

}
