package jp.kyoten.portal;

import jp.kyoten.platform.Roles;

/**
 * Who may do what with the portal: staff write content and triage; managers edit the
 * sheet and see trends.
 */
final class PortalRoles {

	static final String STAFF = Roles.STAFF;

	static final String EDITORS = Roles.CASE_STAFF;

	static final String MANAGERS = Roles.MANAGERS;

	private PortalRoles() {
	}

}
