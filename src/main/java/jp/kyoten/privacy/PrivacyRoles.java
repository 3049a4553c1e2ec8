package jp.kyoten.privacy;

import jp.kyoten.platform.Roles;

/**
 * Who may do what: the hub's managers keep the register, incidents and retention; the
 * admin hands back and erases.
 */
final class PrivacyRoles {

	static final String KEEPERS = Roles.MANAGERS;

	static final String HAND_BACK = Roles.MANAGER_AND_ADMIN;

	static final String ADMIN = "hasRole('SYSTEM_ADMIN')";

	private PrivacyRoles() {
	}

}
