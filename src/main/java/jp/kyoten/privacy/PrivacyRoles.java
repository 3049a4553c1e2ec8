package jp.kyoten.privacy;

/** Who may do what: the hub's managers keep the register, incidents and retention; the admin hands back and erases. */
final class PrivacyRoles {

	static final String KEEPERS = "hasAnyRole('HUB_MANAGER','SUB_MANAGER')";

	static final String HAND_BACK = "hasAnyRole('HUB_MANAGER','SYSTEM_ADMIN')";

	static final String ADMIN = "hasRole('SYSTEM_ADMIN')";

	private PrivacyRoles() {
	}

}
