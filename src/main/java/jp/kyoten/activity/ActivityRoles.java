package jp.kyoten.activity;

import jp.kyoten.platform.Roles;

/**
 * Who may work with consultations: the hub's staff. Officers, agencies and national
 * viewers see no case content.
 */
final class ActivityRoles {

	static final String STAFF = Roles.STAFF;

	private ActivityRoles() {
	}

}
