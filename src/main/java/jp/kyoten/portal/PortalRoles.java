package jp.kyoten.portal;

/** Who may do what with the portal: staff write content and triage; managers edit the sheet and see trends. */
final class PortalRoles {

	static final String STAFF = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')";

	static final String EDITORS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR')";

	static final String MANAGERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER')";

	private PortalRoles() {
	}

}
